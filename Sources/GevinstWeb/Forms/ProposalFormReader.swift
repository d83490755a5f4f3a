import GevinstCore

/// A value the editor refused: the input's name and a message in the user's language.
public struct FieldError: Error, Sendable, Hashable {
    /// The input's `name` ("title", "line.2.y.2024").
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The input's `id` in the editor (names with dots become ids with dashes).
    public var inputID: String { EditorIDs.id(field) }
}

/// The values a form refused, in the order of the form.
public struct FieldErrors: Error, Sendable, Hashable {
    public var all: [FieldError]

    public init(_ all: [FieldError]) { self.all = all }
}

/// Turns the editor's form into a `Proposal`: every number in Danish format, amounts typed in 1.000 kr. kept as
/// exact kroner, driver lines computed by Core's `DriverEvaluation` (so the tables show what the formula gives).
/// Anything that cannot be read is a `FieldError` naming the input, and nothing is returned then, so a half-read
/// proposal is never saved.
///
/// What the form does not edit is kept from `base` (the stored version): the status, what an imported document
/// printed, its source, and the periods of an implementation activity.
public struct ProposalFormReader {
    public let l: Localisation

    public init(_ localisation: Localisation) { l = localisation }

    /// The result of reading a form.
    public struct Reading: Sendable {
        public var proposal: Proposal
        /// Findings from the drivers (a profile year outside the proposal's years, a result beyond the limit).
        public var driverFindings: [Finding]
    }

    public func read(_ form: ProposalForm, base: Proposal?) -> Result<Reading, FieldErrors> {
        var errors: [FieldError] = []
        let title = form.title.trimmedSpaces
        if title.isEmpty { errors.append(FieldError(field: "title", message: l(.errorTitleRequired))) }
        if title.count > 500 { errors.append(FieldError(field: "title", message: l(.errorTooLong))) }

        let first = DanishInput.year(form.firstYear)
        let last = DanishInput.year(form.lastYear)
        if first == nil { errors.append(FieldError(field: "firstYear", message: l(.errorYear))) }
        if last == nil { errors.append(FieldError(field: "lastYear", message: l(.errorYear))) }
        var years = base?.years ?? 2025...2030
        if let first, let last {
            if first > last {
                errors.append(FieldError(field: "lastYear", message: l(.errorYearOrder)))
            } else if last - first >= AmountLimits.maxYears {
                errors.append(FieldError(field: "lastYear", message: l.format(.errorTooManyYears, String(AmountLimits.maxYears))))
            } else {
                years = first...last
            }
        }
        var priceLevel: Int?
        if !form.priceLevelYear.trimmedSpaces.isEmpty {
            priceLevel = DanishInput.year(form.priceLevelYear)
            if priceLevel == nil { errors.append(FieldError(field: "priceLevelYear", message: l(.errorYear))) }
        }
        var type: ProposalType?
        if !form.type.isEmpty {
            type = ProposalType(rawValue: form.type)
            if type == nil { errors.append(FieldError(field: "type", message: l(.errorChoose))) }
        }

        var lines: [EconomicLine] = []
        for (index, row) in form.lines.enumerated() where !row.isBlank && !row.remove {
            if let line = readLine(row, index: index, years: years, base: base, errors: &errors) { lines.append(line) }
        }
        if lines.count > AmountLimits.maxLines {
            errors.append(FieldError(field: "title", message: l.format(.errorTooManyLines, String(AmountLimits.maxLines))))
        }

        var sections: [TextSection] = []
        for (index, row) in form.sections.enumerated() where !row.isBlank {
            let heading = row.heading.trimmedSpaces
            if heading.isEmpty { errors.append(FieldError(field: "section.\(index).heading", message: l(.errorHeadingRequired))) }
            sections.append(TextSection(number: row.number.trimmedSpaces, heading: heading, text: row.text))
        }

        var activities: [ImplementationPlan.Activity] = []
        for row in form.activities where !row.isBlank {
            let name = row.name.trimmedSpaces
            let periods = base?.implementationPlan.activities.first { $0.name == name }?.periods ?? []
            activities.append(ImplementationPlan.Activity(name: name, years: row.years.filter { years.contains($0) }.sorted(), periods: periods))
        }

        var followUp: [FollowUpPlanRow] = []
        for (index, row) in form.followUpRows.enumerated() where !row.isBlank {
            guard let group = FollowUpPlanRow.Group(rawValue: row.group) else {
                errors.append(FieldError(field: "followUp.\(index).group", message: l(.errorChoose)))
                continue
            }
            followUp.append(FollowUpPlanRow(group: group, goal: row.goal.trimmedSpaces, measurement: row.measurement.trimmedSpaces,
                                            responsible: row.responsible.trimmedSpaces, when: row.when.trimmedSpaces))
        }

        var risk: Risk?
        if !form.riskLevel.isEmpty || !form.riskText.trimmedSpaces.isEmpty {
            var level: RiskLevel?
            if !form.riskLevel.isEmpty {
                level = RiskLevel(rawValue: form.riskLevel)
                if level == nil { errors.append(FieldError(field: "riskLevel", message: l(.errorChoose))) }
            }
            risk = Risk(level: level, text: form.riskText)
        }

        var consultations: [Consultation] = []
        for (index, row) in form.consultations.enumerated() where !row.isBlank {
            var answer: ConsultationAnswer?
            if !row.answer.isEmpty {
                answer = ConsultationAnswer(rawValue: row.answer)
                if answer == nil { errors.append(FieldError(field: "consultation.\(index).answer", message: l(.errorChoose))) }
            }
            consultations.append(Consultation(
                body: row.body.trimmedSpaces, answer: answer, date: row.date.trimmedSpaces.nilIfEmpty,
                conclusion: row.conclusion.trimmedSpaces.nilIfEmpty))
        }

        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }

        var proposal = base ?? Proposal(title: title, years: years)
        proposal.code = form.code.trimmedSpaces.nilIfEmpty
        proposal.title = title
        proposal.summary = form.summary.trimmedSpaces.nilIfEmpty
        proposal.type = type
        proposal.fundingSource = form.fundingSource.trimmedSpaces.nilIfEmpty
        proposal.submittingAdministration = form.submittingAdministration.trimmedSpaces.nilIfEmpty
        proposal.affectedAdministrations = form.affectedAdministrations
        proposal.areas = form.areas
        proposal.budgetRound = form.budgetRound.trimmedSpaces.nilIfEmpty
        proposal.priceLevelYear = priceLevel
        proposal.years = years
        proposal.lines = lines
        proposal.sections = sections
        proposal.implementationPlan = ImplementationPlan(activities: activities)
        proposal.followUpPlan = followUp
        proposal.risk = risk
        proposal.consultations = consultations
        let (evaluated, findings) = DriverEvaluation.apply(to: proposal)
        return .success(Reading(proposal: evaluated, driverFindings: findings))
    }

    func readLine(_ row: ProposalForm.LineForm, index: Int, years: ClosedRange<Int>, base: Proposal?, errors: inout [FieldError]) -> EconomicLine? {
        let prefix = "line.\(index)."
        let before = errors.count
        let label = row.label.trimmedSpaces
        if label.isEmpty { errors.append(FieldError(field: prefix + "label", message: l(.errorLabelRequired))) }
        let block = Block(rawValue: row.block)
        if block == nil { errors.append(FieldError(field: prefix + "block", message: l(.errorChoose))) }
        let area = SteeringArea(rawValue: row.steeringArea)
        if area == nil { errors.append(FieldError(field: prefix + "steeringArea", message: l(.errorChoose))) }

        var amounts = YearSeries(years: years)
        var driver: Driver?
        if row.driver.isEmpty {
            for year in years {
                let text = row.amounts[year]?.trimmedSpaces ?? ""
                guard !text.isEmpty else { continue }
                switch DanishInput.thousands(text) {
                case .success(let kroner): amounts[year] = kroner
                case .failure(let problem): errors.append(FieldError(field: prefix + "y.\(year)", message: message(problem, amount: true)))
                }
            }
        } else {
            driver = readDriver(row, prefix: prefix, years: years, errors: &errors)
        }
        guard errors.count == before, let block, let area else { return nil }
        return EconomicLine(
            label: label, block: block, steeringArea: area, appropriation: row.appropriation.trimmedSpaces.nilIfEmpty,
            committee: row.committee.trimmedSpaces.nilIfEmpty, innovationPool: row.innovationPool,
            variant: row.variant.trimmedSpaces.nilIfEmpty, amounts: amounts, driver: driver)
    }

    func readDriver(_ row: ProposalForm.LineForm, prefix: String, years: ClosedRange<Int>, errors: inout [FieldError]) -> Driver? {
        guard let names = ProposalForm.driverFactors.first(where: { $0.kind == row.driver })?.fields else {
            errors.append(FieldError(field: prefix + "driver", message: l(.errorChoose)))
            return nil
        }
        guard let effect = Driver.Effect(rawValue: row.effect) else {
            errors.append(FieldError(field: prefix + "effect", message: l(.errorChoose)))
            return nil
        }
        var factors: [Quantity] = []
        for name in names {
            let field = prefix + row.driver + "." + name
            let text = row.factors[name]?.trimmedSpaces ?? ""
            if text.isEmpty {
                errors.append(FieldError(field: field, message: l(.errorFactorRequired)))
                continue
            }
            switch DanishInput.quantity(text) {
            case .success(let quantity): factors.append(quantity)
            case .failure(let problem): errors.append(FieldError(field: field, message: message(problem, amount: false)))
            }
        }
        var profile: [Int: Quantity] = [:]
        for year in years {
            let text = row.shares[year]?.trimmedSpaces ?? ""
            guard !text.isEmpty else { continue }
            switch DanishInput.quantity(text) {
            case .success(let share): profile[year] = share
            case .failure(let problem): errors.append(FieldError(field: prefix + "share.\(year)", message: message(problem, amount: false)))
            }
        }
        guard factors.count == names.count else { return nil }
        let formula: DriverFormula
        switch row.driver {
        case "staff": formula = .staff(fte: factors[0], annualCost: factors[1])
        case "cases": formula = .cases(count: factors[0], duration: factors[1], unitPrice: factors[2])
        case "targetGroup":
            formula = .targetGroup(people: factors[0], successRate: factors[1], consequencePerSuccess: factors[2], unitPrice: factors[3])
        default: formula = .fixed(amount: factors[0])
        }
        if profile.isEmpty { errors.append(FieldError(field: prefix + "share.\(years.lowerBound)", message: l(.errorProfileRequired))) }
        return Driver(formula: formula, effect: effect, profile: profile)
    }

    func message(_ problem: DanishInput.Problem, amount: Bool) -> String {
        switch problem {
        case .notANumber: l(amount ? .errorAmount : .errorNumber)
        case .ambiguousDot: l(.errorAmbiguousDot)
        case .tooManyDecimals(let count): l.format(.errorTooManyDecimals, String(count))
        case .beyondLimit: l(.errorBeyondLimit)
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
