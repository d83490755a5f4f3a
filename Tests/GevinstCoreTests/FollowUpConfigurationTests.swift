import Testing
import GevinstCore

@Suite struct FollowUpConfigurationTests {
    @Test func theDefaultHasTheFiveStatusTextsOfTheSeed() {
        let configuration = FollowUpConfiguration.default
        #expect(configuration.categories.map(\.text) == [
            "Forløber som planlagt", "Initiativet er implementeret", "Tidsplanen er skredet mere end 6 mdr.",
            "Tidsplanen er skredet mere end 6 mdr. og økonomien er skredet med mere end 1 mio. kr.",
            "Initiativet implementeres ikke som tiltænkt",
        ])
        #expect(configuration.categories.map(\.colour) == [.green, .green, .yellow, .red, .red])
        #expect(configuration.scheduleThresholdMonths == 6)
        #expect(configuration.economyThreshold == 1_000_000)
        #expect(configuration.categories.filter(\.endsFollowUp).map(\.role) == [.implemented])
    }

    @Test func statusTextsAreMatchedForgivingly() {
        let configuration = FollowUpConfiguration.default
        #expect(configuration.matchStatus("Forløber som planlagt.") == .exact(configuration.categories[0]))
        #expect(configuration.matchStatus("  forløber  SOM planlagt ")?.category.role == .onTrack)
        #expect(configuration.matchStatus("Initiativet implementeres ikke som tiltænk")
                == .approximate(configuration.categories[4], distance: 1))
        #expect(configuration.matchStatus("Tidsplanen er skredet mere end 6 mdr.")?.category.colour == .yellow)
        #expect(configuration.matchStatus("Forløber ikke som planlagt") == nil)
        #expect(configuration.matchStatus("") == nil)
    }

    @Test func areasAreFoundIgnoringCase() {
        #expect(FollowUpConfiguration.default.area(named: "Borgere med Handicap")?.name == "Borgere med handicap")
        #expect(FollowUpConfiguration.default.area(named: "Ældre") == nil)
    }

    @Test func theDefaultRoundTripsThroughJSON() throws {
        let text = FollowUpConfigurationFormat.encode(.default)
        #expect(try FollowUpConfigurationFormat.decode(text: text) == .default)
    }

    @Test func aFileMayChangeOnlyWhatItNeeds() throws {
        let text = """
        {
          "format": "gevinst-follow-up-configuration/1",
          "effectiveFrom": "2026-01-01",
          "thresholds": {"scheduleMonths": 3, "economyKroner": 500000}
        }
        """
        let configuration = try FollowUpConfigurationFormat.decode(text: text)
        #expect(configuration.scheduleThresholdMonths == 3)
        #expect(configuration.economyThreshold == 500_000)
        #expect(configuration.categories == FollowUpConfiguration.defaultCategories)
        #expect(configuration.effectiveFrom == CalendarDay(year: 2026, month: 1, day: 1))
    }

    @Test func errorsNameLineColumnAndField() {
        let text = """
        {
          "format": "gevinst-follow-up-configuration/1",
          "effectiveFrom": "2026-01-01",
          "categories": [
            {"id": "on-track", "text": "Forløber som planlagt", "colour": "blue", "role": "on-track"}
          ]
        }
        """
        do {
            _ = try FollowUpConfigurationFormat.decode(text: text, file: "opfølgning.json")
            Issue.record("a colour that does not exist must be refused")
        } catch {
            #expect(error.position == TextPosition(line: 5, column: 67))
            #expect(error.path == "categories[0].colour")
            #expect(error.description.hasPrefix("opfølgning.json:5:67: error: categories[0].colour: \"blue\" is not one of"))
        }
    }

    @Test func everyRoleNeedsACategory() {
        let text = """
        {"format": "gevinst-follow-up-configuration/1", "effectiveFrom": "2026-01-01",
         "categories": [{"id": "ok", "text": "OK", "colour": "green", "role": "on-track"}]}
        """
        #expect(throws: NativeFormatError.self) { try FollowUpConfigurationFormat.decode(text: text) }
    }

    @Test func malformedJSONAndUnknownFieldsAreRefusedWithPositions() {
        do {
            _ = try FollowUpConfigurationFormat.decode(text: "{\n  \"format\": \"gevinst-follow-up-configuration/1\",\n  \"effectivFrom\": \"2026-01-01\"\n}")
            Issue.record("an unknown field must be refused")
        } catch {
            #expect(error.position.line == 3)
            #expect(error.message.contains("did you mean \"effectiveFrom\""))
        }
        do {
            _ = try FollowUpConfigurationFormat.decode(text: "{\"format\": }")
            Issue.record("malformed JSON must be refused")
        } catch {
            #expect(error.position == TextPosition(line: 1, column: 12))
        }
    }

    @Test func theConfigurationInForceIsTheLatestEffectiveOne() throws {
        let text = """
        [
          {"format": "gevinst-follow-up-configuration/1", "effectiveFrom": "2019-01-01"},
          {"format": "gevinst-follow-up-configuration/1", "effectiveFrom": "2025-07-01", "thresholds": {"scheduleMonths": 3}}
        ]
        """
        let set = try FollowUpConfigurationFormat.decodeSet(text: text)
        let december2024 = try #require(CalendarDay.endOfMonth(named: "December 2024"))
        let december2025 = try #require(CalendarDay.endOfMonth(named: "december 2025"))
        #expect(set.effective(on: december2024).scheduleThresholdMonths == 6)
        #expect(set.effective(on: december2025).scheduleThresholdMonths == 3)
    }

    @Test func periodNamesGiveTheLastDayOfTheMonth() {
        #expect(CalendarDay.endOfMonth(named: "December 2024")?.description == "2024-12-31")
        #expect(CalendarDay.endOfMonth(named: "Status februar 2028")?.description == "2028-02-29")
        #expect(CalendarDay.endOfMonth(named: "Budgetseminar") == nil)
        #expect(CalendarDay.parse("2024-02-30") == nil)
    }

    @Test func approvalIsNeededUnlessAFrameCutWithinTheCommitteesAreas() {
        let configuration = FollowUpConfiguration.default
        let own = CompensatingAction(kind: .frameCut(area: "Udsatte voksne"))
        let foreign = CompensatingAction(kind: .frameCut(area: "Børne- og Ungdomsudvalgets område"))
        let other = CompensatingAction(kind: .other("Ny indtægt"))
        #expect(!configuration.requiresApproval([]))
        #expect(!configuration.requiresApproval([own]))
        #expect(configuration.requiresApproval([own, foreign]))
        #expect(configuration.requiresApproval([other]))
        #expect(ApprovalRule.always.requiresApproval([own], committeeAreas: []))
        #expect(!ApprovalRule.never.requiresApproval([other], committeeAreas: []))
    }
}
