import GevinstCore

/// The words by which the municipal template names the parts of Tabel 1 and the detail tables, recognised in
/// every edition of the seeds and through OCR damage ("Samlet varig 2endring", "::rrnlede
/// implementeringsomkostnin-", "Samlet gkonomisk pavirkning").
enum TableVocabulary {
    /// What a Tabel 1 row is.
    enum Role: Sendable, Hashable {
        case line
        case permanentTotal
        case permanentServiceTotal
        case permanentOverfoerslerTotal
        case netEfficiency
        case implementationTotal
        case implementationServiceTotal
        case net

        var printedRole: PrintedRow.Role {
            switch self {
            case .line: .line
            case .permanentTotal: .permanentTotal
            case .permanentServiceTotal: .permanentServiceTotal
            case .permanentOverfoerslerTotal: .permanentOverfoerslerTotal
            case .netEfficiency: .netEfficiency
            case .implementationTotal: .implementationTotal
            case .implementationServiceTotal: .implementationServiceTotal
            case .net: .net
            }
        }

        var isTotal: Bool { self != .line }
    }

    /// The role a Tabel 1 label names: "Samlet varig ændring" (and its edition variants "…, service",
    /// "…, Overførsler"), "Heraf nettoeffektivisering", "Samlede implementeringsomkostninger" ("…, service"),
    /// "Samlet økonomisk påvirkning"; any other label is a line.
    static func role(of label: String) -> Role {
        let folded = TextFold.letters(label)
        if folded.containsBytes("konomiskpavirkning") || folded.containsBytes("konomiskpaavirkning") { return .net }
        if folded.hasPrefix("heraf") && folded.containsBytes("nettoeffektivisering") { return .netEfficiency }
        // Gevinst's own documents split the permanent total as "Heraf service og anlæg" and "Heraf overførsler".
        if folded.hasPrefix("heraf") && folded.containsBytes("overforsler") { return .permanentOverfoerslerTotal }
        if folded.hasPrefix("heraf") && folded.containsBytes("service") { return .permanentServiceTotal }
        if TextFold.hasPrefix(folded, "samletvarig", tolerance: 1), let range = folded.byteRange(of: "ndring") {
            let rest = String(folded[range.upperBound...])
            if rest.isEmpty { return .permanentTotal }
            if rest.hasPrefix("service") { return .permanentServiceTotal }
            if TextFold.distance(rest, "overforsler", limit: 2) <= 2 { return .permanentOverfoerslerTotal }
            return .permanentTotal
        }
        if let range = folded.byteRange(of: "implementeringsomkost") {
            let before = folded[..<range.lowerBound]
            if before.count >= 3 {
                let rest = folded[range.upperBound...]
                return rest.containsBytes("service") ? .implementationServiceTotal : .implementationTotal
            }
        }
        return .line
    }

    /// The block a heading line opens: "Varige ændringer" (OCR "Varige eendringer (effektiviseringer og drift)")
    /// or "Implementeringsomkostninger (midler fra investeringspuljen)".
    static func blockHeading(_ text: String) -> Block? {
        let folded = TextFold.letters(text)
        if folded.hasPrefix("varige"), folded.dropFirst(6).hasPrefix("aendringer") || folded.dropFirst(6).hasPrefix("eendringer")
            || folded.dropFirst(6).hasPrefix("andringer") || folded.dropFirst(6).hasPrefix("endringer") {
            return .permanent
        }
        if folded.hasPrefix("implementeringsomkostninger") { return .implementation }
        return nil
    }

    /// "Tilbagebetalingstid baseret på …".
    static func isPaybackLabel(_ text: String) -> Bool {
        TextFold.letters(text).hasPrefix("tilbagebetalingstid")
    }

    /// Lines that end a table: notes, the next table, a section heading, the next proposal.
    static func endsTable(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        // Asked of every table row: every ending but a table title starts with one of these folded letters, so
        // a row starting with another letter (or with none, as an amount) is not folded.
        guard Self.endingInitials.contains(where: { TextFold.mayStart(trimmed, with: $0) }) else { return tableNumber(trimmed) != nil }
        let folded = TextFold.letters(trimmed)
        if folded.hasPrefix("notertilalletabeller") || folded.hasPrefix("notetilalletabeller") || folded.hasPrefix("note") && trimmed.hasPrefix("Note") { return true }
        if folded.hasPrefix("forslagetstitel") || folded.hasPrefix("kortresume") || folded.hasPrefix("resume") { return true }
        if folded == "investeringsforslag" && trimmed.uppercased() == trimmed { return true }
        if tableNumber(trimmed) != nil { return true }
        if folded.hasPrefix("allebesparelsererangivet") || folded.hasPrefix("alleeffektiviseringererangivet") { return true }
        return false
    }

    /// The first folded letters of the endings `endsTable` looks for, other than a table title.
    private static let endingInitials: [UInt8] = Array("nfkria".utf8)

    /// The number of a table title line: "Tabel 2. Varige ændringer, service" → 2; "TABEL 2." too, as a template
    /// with its captions in capitals prints it.
    static func tableNumber(_ text: String) -> Int? {
        tableNumber(bytes: text.utf8)
    }

    /// `tableNumber` on a line's UTF-8 bytes (a reader scanning bytes, as the plan's confidence does).
    static func tableNumber<Bytes: Collection<UInt8>>(bytes: Bytes) -> Int? {
        var index = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.endIndex
        for expected in "tabel ".utf8 {
            guard index < bytes.endIndex, bytes[index] | 0x20 == expected else { return nil }
            index = bytes.index(after: index)
        }
        var number = 0
        var digits = 0
        while index < bytes.endIndex, bytes[index].isASCIIDigit {
            number = number * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits >= 1, digits <= 2 else { return nil }
        // Then the end, or ".", ":" or white space.
        guard index == bytes.endIndex || [0x2E, 0x3A, 0x20, 0x09, 0x0D].contains(bytes[index]) else { return nil }
        return number
    }

    /// True for the title of Tabel 1, "Forslagets samlede økonomiske konsekvenser".
    static func isTableOneTitle(_ text: String) -> Bool {
        tableNumber(text) == 1
    }

    /// True for a Tabel 1 header line: the unit ("1.000 kr. 2023 p/l", "(1.000 kr./2023-P/L)") or the
    /// *Styringsområde* heading.
    static func isTableOneHeader(_ text: String) -> Bool {
        let folded = TextFold.letters(text)
        return text.containsBytes("1.000 kr") || folded.hasPrefix("styring")
    }

    /// A table's unit line again after a page break ("1.000 kr. 2023 p/l  2022  2023 …"): a table continued on
    /// the next page repeats its header, which Tabel 1 and the detail tables skip.
    static func isRepeatedUnitLine(_ text: String) -> Bool {
        text.containsBytes("1.000 kr") && (YearHeader.isYearsOnly(text) || TextFold.letters(text).containsBytes("pl"))
    }
}
