import GevinstCore

/// The structured content of sections 1.5–1.11: the committee, the implementation plan, the follow-up plan, the
/// risk and the consultations (DOMAIN.md §3).
enum SectionContentReader {
    // MARK: 1.5 Fordeling på udvalg

    /// The committee section 1.5 names, when it names exactly one ("Forslaget vedrører alene Socialudvalget.").
    /// Words ending in "udvalget" are committees; an administration ("Socialforvaltningen", 003 HA01) is not.
    static func committee(_ section: ProposalSection) -> String? {
        var names: [String] = []
        for word in section.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let name = String(word)
            if name.fastLowercased().hasSuffix("udvalget"), name.first?.isUppercase == true, !names.contains(name) {
                names.append(name)
            }
        }
        return names.count == 1 ? names[0] : nil
    }

    // MARK: 1.6 Implementering

    /// The activity × year grid (003 BU01 lines 145–155): a table whose header names years; a cell marked "X"
    /// (any case) puts the activity in that year; a mark with more words ("X (Test)", 003 BU04) is also kept
    /// as a period "2020: X (Test)".
    static func implementationPlan(_ section: ProposalSection) -> ImplementationPlan {
        var activities: [ImplementationPlan.Activity] = []
        for table in section.tables {
            guard let (headerIndex, columns) = table.yearHeader(minimum: 1) else { continue }
            for row in table.rows.dropFirst(headerIndex + 1) {
                let name = row.text(0)
                guard !name.isEmpty else { continue }
                var years: [Int] = []
                var periods: [String] = []
                for column in columns {
                    let mark = row.text(column.index)
                    guard !mark.isEmpty else { continue }
                    years.append(column.year)
                    if mark.fastLowercased() != "x" { periods.append("\(column.year): \(mark)") }
                }
                activities.append(ImplementationPlan.Activity(name: name, years: years, periods: periods))
            }
        }
        return ImplementationPlan(activities: activities)
    }

    // MARK: 1.9 Opfølgning

    /// The follow-up rows: goal, how measured, who is responsible, when (columns in that order, as the template
    /// prints them). A row with an empty first cell continues the row above (003 HA08 line 2879); a row with only
    /// a first cell naming milestones or realisation opens that group.
    static func followUpPlan(_ section: ProposalSection) -> [FollowUpPlanRow] {
        var rows: [FollowUpPlanRow] = []
        var group: FollowUpPlanRow.Group? = nil
        for table in section.tables {
            for (index, row) in table.rows.enumerated() {
                let goal = row.text(0)
                if index == 0 && goal.fastLowercased().hasPrefix("succeskriteri") { continue }
                let others = (1...3).map { row.text($0) }
                if goal.isEmpty {
                    guard !rows.isEmpty else { continue }
                    let last = rows.count - 1
                    rows[last].measurement = joined(rows[last].measurement, others[0])
                    rows[last].responsible = joined(rows[last].responsible, others[1])
                    rows[last].when = joined(rows[last].when, others[2])
                    continue
                }
                if others.allSatisfy(\.isEmpty), let heading = FollowUpGroupRule.groupHeading(goal) {
                    group = heading
                    continue
                }
                rows.append(FollowUpPlanRow(
                    group: group ?? FollowUpGroupRule.group(goal: goal, measurement: others[0]),
                    goal: goal, measurement: others[0], responsible: others[1], when: others[2]))
            }
        }
        return rows
    }

    private static func joined(_ first: String, _ second: String) -> String {
        if second.isEmpty { return first }
        return first.isEmpty ? second : first + " " + second
    }

    // MARK: 1.10 Risikovurdering

    static func risk(_ section: ProposalSection) -> Risk {
        let text = section.text
        return Risk(level: RiskLevelRule.level(in: text), text: text)
    }

    // MARK: 1.11 Hvem er hørt?

    /// The consultation rows: body, answer (Ja / Nej / Ikke relevant; blank is unanswered), and the third
    /// column, a date where it reads as one ("12. februar 2019") and otherwise a conclusion. Header rows
    /// ("⇥Ja/Nej⇥Dato for godkendelse") are skipped.
    static func consultations(_ section: ProposalSection) -> [(Consultation, line: Int)] {
        var result: [(Consultation, line: Int)] = []
        for table in section.tables {
            for row in table.rows {
                let body = row.text(0)
                let answerText = row.text(1)
                if body.isEmpty || answerText.fastLowercased().hasPrefix("ja/nej") { continue }
                let answer = consultationAnswer(answerText)
                let third = (2..<max(3, row.cells.count)).map { row.text($0) }.filter { !$0.isEmpty }.joined(separator: " ")
                var consultation = Consultation(body: body, answer: answer)
                if !third.isEmpty {
                    if ConsultationDate.looksLikeDate(third) { consultation.date = third } else { consultation.conclusion = third }
                }
                result.append((consultation, row.line))
            }
        }
        return result
    }

    static func consultationAnswer(_ text: String) -> ConsultationAnswer? {
        switch MarkdownInline.key(text) {
        case "ja": .ja
        case "nej": .nej
        case "ikke relevant": .ikkeRelevant
        default: nil
        }
    }
}

/// The rule for follow-up rows that stand under no group heading (seed 003 has none): a row whose goal or
/// measurement speaks of money — savings, efficiency, economy, budget follow-up — is *realisation of
/// efficiencies*; every other row is a *milestone for implementation and use of the investment*.
enum FollowUpGroupRule {
    static let moneyWords = [
        "besparelse", "effektivisering", "gevinst", "økonomi", "budgetopfølgning", "provenu", "forbrug", "udgift",
    ]

    static func group(goal: String, measurement: String) -> FollowUpPlanRow.Group {
        let text = (goal + " " + measurement).fastLowercased()
        return moneyWords.contains { text.containsBytes($0) } ? .realisation : .milestone
    }

    /// The group a heading row names: "Milepæle for implementering …" → milestone, "Realisering af
    /// effektiviseringer" → realisation.
    static func groupHeading(_ text: String) -> FollowUpPlanRow.Group? {
        let lower = text.fastLowercased()
        if lower.hasPrefix("milepæl") { return .milestone }
        if lower.hasPrefix("realisering") || lower.hasPrefix("gevinstrealisering") { return .realisation }
        return nil
    }
}

/// The risk level section 1.10 states, read from the first phrase that ties a level word to "risiko": "har en
/// middel risiko" (003 BU01), "Risikoen vurderes at være lav" (HA05), "Den samlede risikovurdering er middel"
/// (SI02), "Lav risiko, idet …" (TV01). "lav til mellem" and "lav til middel" are one level.
enum RiskLevelRule {
    static func level(in text: String) -> RiskLevel? {
        let words = MarkdownInline.key(text).splitAtSpaces().map(String.init)
        for (index, word) in words.enumerated() where word.hasPrefix("risiko") {
            // "<level> risiko": the words just before.
            if let level = levelEnding(words, at: index) { return level }
            // "risikoen vurderes at være <level>", "risikovurdering er <level>".
            var next = index + 1
            while next < words.count && next <= index + 4 && ["vurderes", "at", "være", "er", "som", "til"].contains(words[next]) {
                next += 1
            }
            if next > index + 1, let level = levelStarting(words, at: next) { return level }
        }
        return nil
    }

    private static func levelEnding(_ words: [String], at index: Int) -> RiskLevel? {
        if index >= 3, words[index - 3] == "lav", words[index - 2] == "til",
           words[index - 1] == "mellem" || words[index - 1] == "middel" { return .lavTilMellem }
        guard index >= 1 else { return nil }
        return single(words[index - 1])
    }

    private static func levelStarting(_ words: [String], at index: Int) -> RiskLevel? {
        guard index < words.count else { return nil }
        if words[index] == "lav", index + 2 < words.count, words[index + 1] == "til",
           words[index + 2] == "mellem" || words[index + 2] == "middel" { return .lavTilMellem }
        return single(words[index])
    }

    private static func single(_ word: String) -> RiskLevel? {
        switch word {
        case "lav": .lav
        case "mellem": .mellem
        case "middel": .middel
        case "høj": .hoej
        default: nil
        }
    }
}

/// A consultation date as printed: "12. februar 2019", "27. februar 2019.".
enum ConsultationDate {
    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ]

    static func looksLikeDate(_ text: String) -> Bool {
        let words = MarkdownInline.key(text).splitAtSpaces()
        guard words.count >= 2, words.count <= 4 else { return false }
        return words.contains { months.contains(String($0)) } && words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            || (words.count == 3 && words.allSatisfy { $0.allSatisfy(\.isNumber) })
    }
}
