import GevinstCore

/// Reads section "Hvem er hørt?": one row per body with its answer (Ja / Nej / Ikke relevant) and date.
///
/// A row is the body's name, perhaps wrapped ("Center for Økonomi," / "Økonomiforvaltningen"), followed by the
/// answer on its last line or on a line of its own, then the date. Column headings ("Ja/Nej Dato for
/// godkendelse") start a new group. OCR may set an answer on a line of its own before the body it belongs to
/// (001: "Ja" above "MED-udvalg 20. februar 2026"); such an answer goes to the next body without one.
enum ConsultationReader {
    static func read(_ lines: [PdfLine]) -> [Consultation] {
        var result: [Consultation] = []
        var body: [String] = []
        var pendingAnswer: (ConsultationAnswer, String?)? = nil
        var underEconomyApproval = false
        for line in lines where line.isContent {
            let text = line.trimmed.collapsingSpaces()
            let folded = TextFold.letters(text)
            if isHeading(text, folded: folded) {
                body = []
                if folded.containsBytes("godkendelseafcenterfor") { underEconomyApproval = true }
                continue
            }
            if let (answer, before, date) = answer(in: text) {
                var name = (body + (before.isEmpty ? [] : [before])).joined(separator: " ")
                name = cleanBody(name)
                if name.isEmpty {
                    pendingAnswer = (answer, date)
                    continue
                }
                if underEconomyApproval { name = economyApprovalBody }
                underEconomyApproval = false
                result.append(Consultation(body: name, answer: answer, date: date))
                body = []
                continue
            }
            if let pending = pendingAnswer, !text.isEmpty {
                // The answer printed above: this line is the body and its date.
                let (name, date) = splitDate(text)
                result.append(Consultation(body: cleanBody(name), answer: pending.0, date: date ?? pending.1))
                pendingAnswer = nil
                continue
            }
            body.append(text)
            if body.count > 4 { body.removeFirst() }
        }
        return result
    }

    static func isHeading(_ text: String, folded: String) -> Bool {
        folded.containsBytes("janej") || folded.hasPrefix("datoforgodkendelse") || text.hasPrefix("(") || TableVocabulary.tableNumber(text) != nil
            || folded.hasPrefix("relevantesamarbejdspartnere") || folded.hasPrefix("alleforslagskal") || folded.hasPrefix("afcenterfor")
            || folded.hasPrefix("indenudvalgsgodkendelse") || folded.hasPrefix("forslagetudspringer") || folded.hasPrefix("administrativebilag")
    }

    /// The answer on a line, with the text before it and the date after it.
    static func answer(in text: String) -> (ConsultationAnswer, String, String?)? {
        let words = text.splitAtSpaces().map(String.init)
        for (index, word) in words.enumerated().reversed() {
            var answer: ConsultationAnswer? = nil
            var length = 1
            if word.lowercased() == "relevant", index > 0, words[index - 1].lowercased() == "ikke" {
                answer = .ikkeRelevant
                length = 2
            } else if word == "Ja" || word == "Ia" {
                answer = .ja
            } else if word == "Nej" {
                answer = .nej
            }
            guard let found = answer else { continue }
            let start = index - (length - 1)
            let after = words[(index + 1)...].joined(separator: " ")
            guard after.isEmpty || looksLikeDate(after) else { continue }
            return (found, words[..<start].joined(separator: " "), after.isEmpty ? nil : after)
        }
        return nil
    }

    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]

    static func looksLikeDate(_ text: String) -> Bool {
        let lower = text.lowercased()
        return months.contains { lower.containsBytes($0) } || (lower.contains(".") && lower.contains { $0.isNumber } && lower.count <= 20)
    }

    static func splitDate(_ text: String) -> (String, String?) {
        let words = text.splitAtSpaces().map(String.init)
        for start in words.indices where words[start].first?.isNumber ?? false {
            let tail = words[start...].joined(separator: " ")
            if looksLikeDate(tail) { return (words[..<start].joined(separator: " "), tail) }
        }
        return (text, nil)
    }

    static func cleanBody(_ text: String) -> String {
        let words = text.splitAtSpaces().map(String.init).filter { word in
            !(word.count == 1 && !(word.first?.isNumber ?? false)) && !TableLineParts.isRuleNoise(word)
        }
        var result = words.joined(separator: " ")
        while let last = result.last, last == "," || last == "-" || last == " " { result.removeLast() }
        return result
    }

    /// The row under "Tabel 4. Godkendelse af Center for Økonomi" names Center for Økonomi however OCR spelled it.
    static let economyApprovalBody = "Center for Økonomi, Økonomiforvaltningen"

    /// True for the Center for Økonomi row (its approval of the economics).
    static func isEconomyApproval(_ consultation: Consultation) -> Bool {
        let folded = TextFold.letters(consultation.body)
        return folded.containsBytes("centerforokonomi") || (folded.containsBytes("center") && folded.containsBytes("konomiforvaltningen"))
    }
}
