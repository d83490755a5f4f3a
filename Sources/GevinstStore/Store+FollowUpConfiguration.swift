import Foundation
import GevinstCore

/// The follow-up configuration (status categories and colours, thresholds, areas, the ØU/BR approval rule)
/// the administrator saved, kept as `gevinst-follow-up-configuration/1` JSON under
/// `SettingKey.followUpConfiguration`: one configuration, or a list of them with their effective dates. This is
/// the one place every reader of follow-up data (the web pages, the JSON API, `gevinst followup …` and
/// `gevinst report follow-up`) takes the configuration from: the one in force for a period is the latest whose
/// effective date is on or before the period's date (`FollowUpConfigurationSet.effective(on:)`).
extension GevinstStore {
    /// The saved configurations; the default alone when none is saved. A saved text that no longer reads is an
    /// error naming what is wrong (it was checked when saved), not a silent return to the default.
    public func followUpConfigurations() async throws -> FollowUpConfigurationSet {
        guard let text = try await setting(SettingKey.followUpConfiguration) else { return .default }
        do {
            return try FollowUpConfigurationFormat.decodeSet(text: text, file: "the stored follow-up configuration")
        } catch {
            throw StoreError.invalid("\(error.description); save the colour rules again on the administration page")
        }
    }

    /// The configuration in force on `day`: from `configurations` when the caller has its own (a command's
    /// `--colour-rules FILE`), else from the saved ones.
    public func followUpConfiguration(on day: CalendarDay, from configurations: FollowUpConfigurationSet? = nil) async throws -> FollowUpConfiguration {
        if let configurations { return configurations.effective(on: day) }
        return try await followUpConfigurations().effective(on: day)
    }

    /// The configuration in force for the stored period `id`'s date; nil when there is no such period.
    public func followUpConfiguration(
        forPeriod id: Int64, from configurations: FollowUpConfigurationSet? = nil
    ) async throws -> FollowUpConfiguration? {
        guard let period = try await followUpPeriod(id: id) else { return nil }
        return try await followUpConfiguration(on: period.date, from: configurations)
    }

    /// Saves `configuration` as in force from its effective date: it replaces a saved one of the same date or is
    /// added beside the others, so periods before its date keep the rules they were judged by. Saved rules that
    /// no longer read are replaced by this configuration alone (the audit keeps their text). Audited as
    /// `setting.save` with the old and the new text.
    public func saveFollowUpConfiguration(_ configuration: FollowUpConfiguration, by user: StoredUser, at date: Date = Date()) async throws {
        let saved: FollowUpConfigurationSet
        do {
            saved = try await followUpConfigurations()
        } catch StoreError.invalid {
            saved = FollowUpConfigurationSet([configuration])
        }
        let text = FollowUpConfigurationFormat.encodeSet(saved.replacing(configuration))
        do {
            _ = try FollowUpConfigurationFormat.decodeSet(text: text, file: "follow-up configuration")
        } catch {
            throw StoreError.invalid(error.description)
        }
        try await saveSetting(SettingKey.followUpConfiguration, value: text, by: user, at: date)
    }
}
