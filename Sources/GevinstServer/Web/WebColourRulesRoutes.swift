import Foundation
import GevinstCore
import GevinstStore
import GevinstWeb
import Hummingbird

/// The administration page's follow-up colour rules (`POST /admin/colour-rules`, registered with the other
/// administration routes): the thresholds, the colour of each status category, the ØU/BR approval rule and the
/// date they apply from, saved with `GevinstStore.saveFollowUpConfiguration` as the configuration in force from
/// that date. The web pages, the JSON API and the command line all read it from there.
extension GevinstAPI {
    func adminRulesPost(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        let form = try await form(request, visitor)
        // The form edits the configuration in force on its date (today's when the date is not sent), and the
        // result applies from that date: another date adds a configuration and leaves earlier periods' rules.
        var configuration = try await storedColourRules()
        if let text = form.trimmed("effectiveFrom") {
            guard let day = CalendarDay.parse(text) else {
                throw APIError.badRequest("the date the rules apply from is a day as YYYY-MM-DD, e.g. 2025-01-01; found \"\(text)\"")
            }
            configuration = try await store.followUpConfiguration(on: day)
            configuration.effectiveFrom = day
        }
        if let text = form.trimmed("scheduleThresholdMonths") {
            guard let months = Int(text), (0...120).contains(months) else { throw APIError.badRequest("the schedule threshold is 0 to 120 months") }
            configuration.scheduleThresholdMonths = months
        }
        if let text = form.trimmed("economyThreshold") {
            guard case .success(let kroner) = DanishInput.thousands(text), kroner >= 0 else {
                throw APIError.badRequest("the economic threshold is an amount in 1.000 kr. such as 1.000")
            }
            configuration.economyThreshold = kroner
        }
        if let text = form.trimmed("approvalRule") {
            guard let rule = ApprovalRule(rawValue: text) else {
                throw APIError.badRequest("the ØU/BR approval rule is one of: \(ApprovalRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            configuration.approvalRule = rule
        }
        for index in configuration.categories.indices {
            let id = configuration.categories[index].id
            if let colour = form["colour.\(id)"].flatMap(StatusColour.init(rawValue:)) { configuration.categories[index].colour = colour }
        }
        do {
            try await store.saveFollowUpConfiguration(configuration, by: visitor.user)
        } catch StoreError.invalid(let message) {
            throw APIError(.unprocessableContent, message)
        }
        return WebResponse.redirect(WebNotice.rulesSaved.on(WebPath.administration + "#colour-rules"))
    }
}
