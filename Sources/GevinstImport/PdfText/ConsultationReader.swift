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
                if folded.contains("godkendelseafcenterfor") { underEconomyApproval = true }
                continue
            }
            if let (answer, before, date) = answer(in: text) {
                var name = (body + (before.isEmpty ? [] : [before])).joined(separator: " ")
                name = cleanBody(name)
                if name.isEmpty {
                    pendingAnswer = (answer, date)
                    continue
                }
                if underEconomyApproval { name = economyApprovalBody(name) }
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
        folded.contains("janej") || folded.hasPrefix("datoforgodkendelse") || text.hasPrefix("(") || TableVocabulary.tableNumber(text) != nil
            || folded.hasPrefix("relevantesamarbejdspartnere") || folded.hasPrefix("alleforslagskal") || folded.hasPrefix("afcenterfor")
            || folded.hasPrefix("indenudvalgsgodkendelse") || folded.hasPrefix("forslagetudspringer") || folded.hasPrefix("administrativebilag")
    }

    /// The answer on a line, with the text before it and the date after it.
    static func answer(in text: String) -> (ConsultationAnswer, String, String?)? {
        let words = text.split(separator: " ").map(String.init)
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
        return months.contains { lower.contains($0) } || (lower.contains(".") && lower.contains { $0.isNumber } && lower.count <= 20)
    }

    static func splitDate(_ text: String) -> (String, String?) {
        let words = text.split(separator: " ").map(String.init)
        for start in words.indices where words[start].first?.isNumber ?? false {
            let tail = words[start...].joined(separator: " ")
            if looksLikeDate(tail) { return (words[..<start].joined(separator: " "), tail) }
        }
        return (text, nil)
    }

    static func cleanBody(_ text: String) -> String {
        let words = text.split(separator: " ").map(String.init).filter { word in
            !(word.count == 1 && !(word.first?.isNumber ?? false)) && !TableLineParts.isRuleNoise(word)
        }
        var result = words.joined(separator: " ")
        while let last = result.last, last == "," || last == "-" || last == " " { result.removeLast() }
        return result
    }

    /// The row under "Tabel 4. Godkendelse af Center for Økonomi" names Center for Økonomi however OCR spelled it.
    static func economyApprovalBody(_ name: String) -> String {
        "Center for Økonomi, Økonomiforvaltningen"
    }

    /// True for the Center for Økonomi row (its approval of the economics).
    static func isEconomyApproval(_ consultation: Consultation) -> Bool {
        let folded = TextFold.letters(consultation.body)
        return folded.contains("centerforokonomi") || (folded.contains("center") && folded.contains("konomiforvaltningen"))
    }
}

/// Reads section "Risikovurdering": the level the first sentence about risk names, and the text.
enum RiskReader {
    /// "lav til mellem" / "lav-mellem" before "mellem", "middel", "høj" and "lav", in the first sentence that
    /// speaks of risk ("Risikoen ved forslaget vurderes som lav", "har en lav-mellem risiko", "lave risici"); no
    /// level when that sentence names none (000 TV01).
    static func read(_ text: String) -> Risk? {
        let cleaned = text.trimmingSpaces()
        guard !cleaned.isEmpty else { return nil }
        let sentences = cleaned.split(whereSeparator: { $0 == "." || $0 == "\n" }).map { $0.lowercased() }
        let sentence = sentences.first { $0.contains("risik") || $0.contains("risic") } ?? ""
        let level: RiskLevel?
        if sentence.contains("lav til mellem") || sentence.contains("lav-mellem") || sentence.contains("lav til middel") {
            level = .lavTilMellem
        } else if sentence.containsWord("middel") {
            level = .middel
        } else if sentence.containsWord("mellem") {
            level = .mellem
        } else if sentence.containsWord("høj") || sentence.containsWord("hgj") || sentence.containsWord("høje") {
            level = .hoej
        } else if sentence.containsWord("lav") || sentence.containsWord("lave") {
            level = .lav
        } else {
            level = nil
        }
        return Risk(level: level, text: cleaned)
    }
}

extension String {
    /// True when `word` occurs in the text as a whole word.
    func containsWord(_ word: String) -> Bool {
        let words = split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { String($0) }
        return words.contains(word)
    }
}
