/// The words of the pages in Danish and English, one entry per `Localisation.Key`; a test checks that every
/// key has both and that no text is empty.
enum LocalisationTable {
    static let entries: [Localisation.Key: (da: String, en: String)] = [
        .absent: ("(findes ikke)", "(absent)"),
        .action: ("Handling", "Action"),
        .activity: ("Aktivitet", "Activity"),
        .activityNumber: ("Aktivitet {1}", "Activity {1}"),
        .add: ("Tilføj", "Add"),
        .addAdministration: ("Ny forvaltning", "New administration"),
        .addArea: ("Nyt målgruppeområde", "New area"),
        .addCommittee: ("Nyt udvalg", "New committee"),
        .addConsultationBody: ("Ny høringspart", "New consulted body"),
        .areaCode: ("Områdekode (fx BU)", "Area code (e.g. BU)"),
        .areaName: ("Områdets navn", "Area name"),
        .committees: ("Udvalg", "Committees"),
        .consultationBodies: ("Høringsparter", "Consulted bodies"),
        .addLine: ("Tilføj linje", "Add line"),
        .addOrChangeRound: ("Opret eller ret budgetrunde", "Create or change a budget round"),
        .addRows: ("Tilføj rækker", "Add rows"),
        .addUser: ("Opret bruger", "Add user"),
        .added: ("tilføjet", "added"),
        .administration: ("Forvaltning", "Administration"),
        .administrationLabel: ("Forvaltning", "Administration"),
        .administrationTitle: ("Administration", "Administration"),
        .administrations: ("Forvaltninger", "Administrations"),
        .affectedAdministrations: ("Berørte forvaltninger", "Affected administrations"),
        .after: ("Efter", "After"),
        .all: ("Alle", "All"),
        .allAdministrations: ("alle forvaltninger", "all administrations"),
        .allRounds: ("Alle budgetrunder", "All budget rounds"),
        .amountsNote: ("Beløb i 1.000 kr.; besparelser har negativt fortegn.", "Amounts in 1.000 kr. (thousand DKK); savings are negative."),
        .andMore: ("… og {1} flere.", "… and {1} more."),
        .answer: ("Svar", "Answer"),
        .applyFilter: ("Filtrér", "Apply filter"),
        .appropriation: ("Bevilling", "Appropriation"),
        .appropriationHint: ("Fx \"3000 – Børnefamilier med særlige behov\" (Tabel 2 grupperer efter den).", "E.g. \"3000 – Børnefamilier med særlige behov\" (Tabel 2 groups by it)."),
        .area: ("Målgruppeområde", "Area"),
        .areas: ("Målgruppeområder", "Target-group areas"),
        .auditCaption: ("Revisionsspor: hvem gjorde hvad og hvornår", "Audit trail: who did what, when"),
        .auditTrail: ("Revisionsspor", "Audit trail"),
        .authors: ("Forfattere", "Authors"),
        .backToDashboard: ("Til overblikket", "Back to the dashboard"),
        .backToProposal: ("Tilbage til forslaget", "Back to the proposal"),
        .before: ("Før", "Before"),
        .block: ("Blok", "Block"),
        .blocked: ("Ikke muligt", "Not possible"),
        .budgetRound: ("Budgetrunde", "Budget round"),
        .budgetRounds: ("Budgetrunder", "Budget rounds"),
        .bulkUpload: ("Indlæs mange rækker på én gang", "Bulk upload"),
        .cancel: ("Annullér", "Cancel"),
        .cannotRender: ("Forslaget kan ikke vises som dokument: {1}", "The proposal cannot be shown as a document: {1}"),
        .catalogueContains: ("Kataloget indeholder {1} forslag.", "The catalogue holds {1} proposals."),
        .catalogueTitle: ("Katalog og øjebliksbilleder", "Catalogue and snapshots"),
        .changedFields: ("Ændrede felter", "Changed fields"),
        .changedFigures: ("Ændrede tal", "Changed figures"),
        .changedOnBothSides: ("(ændret af begge)", "(changed by both)"),
        .changesFromTo: ("Ændringer fra version {1} til version {2}", "Changes from version {1} to version {2}"),
        .changesMeasuredFrom: ("Ændringer siden {1}.", "Changes since {1}."),
        .changesSince: ("Ændringer siden", "Changes since"),
        .changesSinceSnapshot: ("Hvad er ændret siden sidste behandling", "What changed since the last reading"),
        .chartAsTable: ("Vis tallene bag diagrammet", "Show the figures behind the chart"),
        .checked: ("valgt", "checked"),
        .chooseVersionsToCompare: ("Vælg to versioner at sammenligne", "Choose two versions to compare"),
        .clearFilter: ("Nulstil", "Clear"),
        .code: ("Nr.", "Code"),
        .codeHint: ("Fx BU01 eller SI/UD03.", "E.g. BU01 or SI/UD03."),
        .colourChartCaption: ("Trafiklys pr. målgruppeområde, {1}", "Traffic lights by area, {1}"),
        .colourOf: ("Farve for \"{1}\"", "Colour for \"{1}\""),
        .colourRules: ("Farveregler for opfølgning", "Follow-up colour rules"),
        .colourRulesEffective: ("Gælder fra {1}.", "In force from {1}."),
        .committee: ("Udvalg", "Committee"),
        .committeeReport: ("Statusnotat til udvalget", "Status report for the committee"),
        .compareFrom: ("Fra", "From"),
        .compareFromVersion: ("Sammenlign fra version {1}", "Compare from version {1}"),
        .compareTo: ("Til", "To"),
        .compareToVersion: ("Sammenlign til version {1}", "Compare to version {1}"),
        .computeNow: ("Beregn nu", "Compute now"),
        .conclusion: ("Konklusion", "Conclusion"),
        .confirmedStatus: ("Bekræftet status", "Confirmed status"),
        .conflictCaption: ("Din version og den gemte version felt for felt", "Your version and the saved version, field by field"),
        .conflictChoose: ("Vælg for hvert felt, hvilken version der skal gemmes. Resultatet gemmes som en ny version oven på den nyeste.", "Choose for each field which version to keep. The result is saved as a new version on top of the newest."),
        .conflictExplanation: ("{1} har gemt version {2}, mens du redigerede, kl.", "{1} saved version {2} while you were editing, at"),
        .conflictNoDifferences: ("De to versioner er ens; du kan gemme uden at vælge.", "The two versions are the same; you can save without choosing."),
        .conflictTitle: ("Konflikt: forslaget er ændret imens", "Conflict: the proposal changed meanwhile"),
        .consultationBody: ("Hørt part", "Consulted body"),
        .consultationNumber: ("Høring {1}", "Consultation {1}"),
        .consultations: ("Hvem er hørt?", "Consultations"),
        .consultationsCaption: ("Høringer (afsnit 1.11)", "Consultations (section 1.11)"),
        .count: ("Antal", "Count"),
        .coveredEfficiency: ("Dækket af kompenserende handling", "Covered by compensating action"),
        .coveredShort: ("Dækket:", "Covered:"),
        .cumulativeNet: ("Akkumuleret", "Cumulative"),
        .dashboardTitle: ("Overblik", "Dashboard"),
        .dashboardTitleRound: ("Overblik: {1}", "Dashboard: {1}"),
        .date: ("Dato", "Date"),
        .details: ("Detaljer", "Details"),
        .discardMine: ("Kassér mine ændringer", "Discard my changes"),
        .documentFindings: ("Fund i dokumentet", "Findings in the document"),
        .documentToImport: ("Dokument", "Document"),
        .downloads: ("Hent som fil", "Downloads"),
        .driverEffect: ("Virkning", "Effect"),
        .driverHint: ("En linje kan beregnes ud fra en formel (årsværk, sager, målgruppe eller fast beløb) i stedet for indtastede beløb. Angiv andelen af fuld effekt pr. år (fx 0,5 i et halvt første år, 1 derefter).", "A line can be computed from a formula (FTE, cases, target group or a fixed amount) instead of typed amounts. Give the share of the full effect per year (e.g. 0,5 for a half first year, 1 after)."),
        .driverKind: ("Beregning", "Calculation"),
        .driverResults: ("Beregnede linjer", "Computed lines"),
        .economicLines: ("Økonomi: linjer × år", "Economy: lines × years"),
        .economyThreshold: ("Økonomisk tærskel (1.000 kr.)", "Economic threshold (1.000 kr.)"),
        .economyThresholdHint: ("Tabt effektivisering ud over dette beløb giver rød (standard 1.000 = 1 mio. kr.).", "Lost efficiency beyond this amount turns red (default 1.000 = 1 million kr.)."),
        .edit: ("Redigér", "Edit"),
        .editTitle: ("Redigér: {1}", "Edit: {1}"),
        .efficiencyFullPhaseIn: ("Effektivisering ved fuld indfasning", "Efficiency at full phase-in"),
        .endsFollowUp: ("Udgår af næste status", "Drops out at the next status"),
        .errorAmbiguousDot: ("Skriv decimaler med komma (0,5) og tusinder med punktum (1.500).", "Write decimals with a comma (0,5) and thousands with a dot (1.500)."),
        .errorAmount: ("Skriv et beløb i 1.000 kr., fx -1.300 eller 12,5.", "Write an amount in 1.000 kr., e.g. -1.300 or 12,5."),
        .errorBadRequest: ("Forespørgslen kan ikke udføres", "The request cannot be carried out"),
        .errorBeyondLimit: ("Tallet er større end noget kommunalt beløb kan være.", "The number is larger than any municipal amount can be."),
        .errorChoose: ("Vælg en af mulighederne på listen.", "Choose one of the options in the list."),
        .errorConflict: ("Konflikt", "Conflict"),
        .errorFactorRequired: ("Udfyld feltet; formlen kan ikke beregnes uden.", "Fill in the field; the formula cannot be computed without it."),
        .errorForbidden: ("Du har ikke adgang", "You do not have access"),
        .errorHeadingRequired: ("Afsnittet skal have en overskrift.", "The section needs a heading."),
        .errorLabelRequired: ("Linjen skal have en tekst.", "The line needs a label."),
        .errorNotFound: ("Siden findes ikke", "Page not found"),
        .errorNotSignedIn: ("Du er ikke logget ind", "You are not signed in"),
        .errorNumber: ("Skriv et tal, fx 2,5 eller 75.000.", "Write a number, e.g. 2,5 or 75.000."),
        .errorOverrideReason: ("Skriv hvorfor du vælger en anden status end den foreslåede.", "Say why you choose another status than the one proposed."),
        .errorProfileRequired: ("Angiv andelen af fuld effekt for mindst ét år (fx 1).", "Give the share of the full effect for at least one year (e.g. 1)."),
        .errorServer: ("Der skete en fejl i Gevinst", "Something went wrong in Gevinst"),
        .errorSummaryTitle: ("Ret disse felter, før forslaget kan gemmes", "Correct these fields before the proposal can be saved"),
        .errorTitleRequired: ("Forslaget skal have en titel.", "The proposal needs a title."),
        .errorTooLarge: ("Filen er for stor", "The file is too large"),
        .errorTooLong: ("Teksten er for lang.", "The text is too long."),
        .errorTooManyDecimals: ("Højst {1} decimaler.", "At most {1} decimals."),
        .errorTooManyLines: ("Højst {1} linjer.", "At most {1} lines."),
        .errorTooManyYears: ("Højst {1} år.", "At most {1} years."),
        .errorYear: ("Skriv et årstal med fire cifre, fx 2026.", "Write a four-digit year, e.g. 2026."),
        .errorYearOrder: ("Sidste år kan ikke ligge før første år.", "The last year cannot come before the first."),
        .exportList: ("Eksportér listen", "Export the list"),
        .field: ("Felt", "Field"),
        .filter: ("Filtrér forslagene", "Filter the proposals"),
        .findings: ("Fund", "Findings"),
        .findingsHere: ("Fund ved denne del ({1})", "Findings here ({1})"),
        .firstYear: ("Første år", "First year"),
        .followUpFile: ("Fil med opfølgningsrækker", "File with follow-up rows"),
        .followUpFileHint: ("Samme layout som statusnotatets tabeller: et regneark (Excel eller OpenDocument), tabulator- eller semikolonsepareret tekst, eller statusnotatet som PDF udskrevet fra Word eller LibreOffice.", "The layout of the status report's tables: a spreadsheet (Excel or OpenDocument), tab- or semicolon-separated text, or the status report as a PDF printed from Word or LibreOffice."),
        .followUpGroup: ("Gruppe", "Group"),
        .followUpPlan: ("Opfølgning", "Follow-up plan"),
        .followUpPlanCaption: ("Opfølgningsplan (afsnit 1.9)", "Follow-up plan (section 1.9)"),
        .followUpRecords: ("Forslag og områder", "Proposals and areas"),
        .followUpRowNumber: ("Opfølgningsrække {1}", "Follow-up row {1}"),
        .followUpTitle: ("Opfølgning", "Follow-up"),
        .followUpTitlePeriod: ("Opfølgning: {1}", "Follow-up: {1}"),
        .footerText: ("Gevinst – investeringsforslag og gevinstrealisering. Alle tal beregnes af Gevinst ud fra forslagenes linjer.", "Gevinst – investment proposals and benefits realisation. Every figure is computed by Gevinst from the proposals' lines."),
        .formula: ("Formel", "Formula"),
        .fundingSource: ("Der søges om midler fra", "Funding source"),
        .fundingSourceHint: ("Fx Investeringspuljen.", "E.g. Investeringspuljen."),
        .goal: ("Mål", "Goal"),
        .gridCaption: ("Beløb pr. år i {1}", "Amounts per year in {1}"),
        .gridHint: ("Skriv beløb i 1.000 kr. med dansk talformat (-1.300; 12,5). Besparelser skrives med minus. Linjer med beregning udfyldes af formlen.", "Write amounts in 1.000 kr. in Danish format (-1.300; 12,5). Savings are negative. Lines with a calculation are filled in by the formula."),
        .handling: ("Håndtering", "Handling"),
        .handlingOf: ("Håndtering for {1}", "Handling for {1}"),
        .headerFields: ("Forslaget", "The proposal"),
        .illustrative: ("illustrativ, ikke officielle tal", "illustrative, not official figures"),
        .implementationCaption: ("Implementeringsplan: aktiviteter og år (afsnit 1.6)", "Implementation plan: activities and years (section 1.6)"),
        .implementationPlan: ("Implementeringsplan", "Implementation plan"),
        .implementationTotal: ("Samlede implementeringsomkostninger", "Total implementation costs"),
        .importHint: ("En PDF eller tekst fra en PDF, investeringskataloget i markdown, et Word-dokument (læses gennem LibreOffice, hvor det er installeret), en Gevinst-fil (JSON) eller et opfølgningsskema i Excel, som kontrolleres.", "A PDF or text from a PDF, the investment catalogue in markdown, a Word document (read through LibreOffice where it is installed), a Gevinst file (JSON) or a follow-up table in Excel, which is checked."),
        .importResult: ("Resultat af indlæsning: {1}", "Import result: {1}"),
        .importTitle: ("Importér dokument", "Import a document"),
        .indexSeries: ("Prisindeks", "Price index series"),
        .indexSeriesFile: ("Fil med prisindeks (CSV)", "Price index file (CSV)"),
        .indexSeriesHint: ("Kolonnerne år og indeks; se examples/price-index-ILLUSTRATIVE.csv.", "Columns year and index; see examples/price-index-ILLUSTRATIVE.csv."),
        .indexValue: ("Indeks", "Index"),
        .innovationPool: ("Innovationspulje (sæt X)", "Innovation pool (mark X)"),
        .investment: ("Investering", "Investment"),
        .investmentAndEfficiencyPerYear: ("Investering og effektivisering pr. år", "Investment and efficiency per year"),
        .investmentAnlaeg: ("Investering, anlæg", "Investment, anlæg"),
        .investmentService: ("Investering, service", "Investment, service"),
        .investmentSplit: ("service {1}, anlæg {2} (1.000 kr.)", "service {1}, anlæg {2} (1.000 kr.)"),
        .keep: ("Gem", "Keep"),
        .keepMine: ("Min version", "Mine"),
        .keepTheirs: ("Den gemte version", "The saved version"),
        .languageChoice: ("Sprog", "Language"),
        .lastYear: ("Sidste år", "Last year"),
        .lineDetailsAndDrivers: ("Linjernes detaljer og beregninger", "Line details and calculations"),
        .lineLabel: ("Tekst", "Label"),
        .lineNumber: ("Linje {1}", "Line {1}"),
        .lockedPrefix: ("Låst:", "Locked:"),
        .logIn: ("Log ind", "Log in"),
        .logInTitle: ("Log ind i Gevinst", "Log in to Gevinst"),
        .logOut: ("Log ud", "Log out"),
        .lostAndCovered: ("Tabt og dækket (1.000 kr.)", "Lost and covered (1.000 kr.)"),
        .lostEfficiency: ("Tabt effektivisering", "Lost efficiency"),
        .lostShort: ("Tabt:", "Lost:"),
        .mainNavigation: ("Hovedmenu", "Main menu"),
        .manyErrors: ("{1} fejl", "{1} errors"),
        .manyWarnings: ("{1} advarsler", "{1} warnings"),
        .maxPayback: ("Maksimal tilbagebetalingstid (år)", "Maximum payback (years)"),
        .measurement: ("Hvordan måles det", "How measured"),
        .mergeLine: ("Linje \"{1}\" ({2})", "Line \"{1}\" ({2})"),
        .navAdministration: ("Administration", "Administration"),
        .navCatalogue: ("Katalog", "Catalogue"),
        .navDashboard: ("Overblik", "Dashboard"),
        .navFollowUp: ("Opfølgning", "Follow-up"),
        .navImport: ("Import", "Import"),
        .navNewProposal: ("Nyt forslag", "New proposal"),
        .navProposals: ("Forslag", "Proposals"),
        .needsAttention: ("Kræver opmærksomhed", "Needs attention"),
        .netEffect: ("Samlet økonomisk påvirkning", "Net effect"),
        .newProposal: ("Nyt forslag", "New proposal"),
        .newProposalTitle: ("Nyt forslag", "New proposal"),
        .newSection: ("nyt afsnit", "new section"),
        .no: ("Nej", "No"),
        .noAuditEntries: ("Ingen hændelser endnu.", "No entries yet."),
        .noChanges: ("Ingen ændringer mellem de to versioner.", "No changes between the two versions."),
        .noChangesSinceSnapshot: ("Ingen forslag er ændret siden øjebliksbilledet.", "No proposal changed since the snapshot."),
        .noConsultations: ("Ingen høringer er registreret.", "No consultations are recorded."),
        .noDriver: ("Ingen – beløb indtastes", "None – amounts are typed"),
        .noFindings: ("Ingen fund", "No findings"),
        .alreadyStored: ("Findes allerede i Gevinst:", "Already in Gevinst:"),
        .savingMakesAnotherDraft: ("Gemmes det, bliver det en kladde mere.", "Saving it makes another draft."),
        .noFollowUpPeriod: ("Der er ingen opfølgningsperiode endnu.", "There is no follow-up period yet."),
        .noIndexSeries: ("Ingen prisindeks er indlæst.", "No price index series is loaded."),
        .noProposalsFound: ("Dokumentet indeholder ingen forslag, Gevinst kan læse.", "The document holds no proposal Gevinst can read."),
        .noProposalsInRound: ("Ingen forslag i budgetrunden.", "No proposals in the budget round."),
        .noProposalsMatch: ("Ingen forslag passer til filtret.", "No proposals match the filter."),
        .noRecords: ("Ingen rækker passer til filtret.", "No rows match the filter."),
        .noRounds: ("Ingen budgetrunder er oprettet.", "No budget rounds yet."),
        .noSnapshotChosen: ("Intet valgt", "None chosen"),
        .noSnapshots: ("Der er ikke taget øjebliksbilleder endnu.", "No snapshots yet."),
        .noStepsOpen: ("Ingen skridt er mulige fra forslagets status.", "No step is open from the proposal's status."),
        .noVersions: ("Ingen gemte versioner.", "No saved versions."),
        .notAnswered: ("Ikke besvaret", "Not answered"),
        .notChecked: ("ikke valgt", "not checked"),
        .notChosen: ("Ikke valgt", "Not chosen"),
        .note: ("Bemærk", "Note"),
        .nothingNeedsAttention: ("Ingen forslag har fejl eller manglende høringer.", "No proposal has errors or missing consultations."),
        .nothingProposed: ("For få tal til et forslag", "Too few figures to propose"),
        .onThisPage: ("På denne side", "On this page"),
        .oneError: ("1 fejl", "1 error"),
        .oneWarning: ("1 advarsel", "1 warning"),
        .openFollowUpBoard: ("Åbn opfølgningen", "Open the follow-up board"),
        .optionalComment: ("Kommentar (valgfri)", "Comment (optional)"),
        .otherAreas: ("Andre områder (koder)", "Other areas (codes)"),
        .otherAreasHint: ("Kommasepareret, fx CE.", "Comma-separated, e.g. CE."),
        .overdueConsultations: ("Mangler høringssvar før udvalgsbehandling: {1}", "Consultations unanswered before committee: {1}"),
        .overrideReason: ("Begrundelse, hvis en anden status end den foreslåede", "Reason, when another status than the proposed one"),
        .overrideReasonOf: ("Begrundelse for status for {1}", "Reason for the status of {1}"),
        .password: ("Adgangskode", "Password"),
        .passwordHint: ("Mindst 8 tegn.", "At least 8 characters."),
        .payback: ("Tilbagebetalingstid", "Payback"),
        .paybackRule: ("Regel for tilbagebetalingstid", "Payback rule"),
        .paybackRuleHint: ("first-year-strict er katalog 2019's regel: år 1 er tabellens første år, tilbagebetalt når det akkumulerede netto er under nul.", "first-year-strict is the 2019 catalogue's rule: year 1 is the table's first year, paid back when the cumulative net is below zero."),
        .paybackService: ("Tilbagebetalingstid baseret på serviceeffektivisering", "Payback based on service efficiency"),
        .paybackTotal: ("Tilbagebetalingstid baseret på totaløkonomi", "Payback based on total economy"),
        .period: ("Periode", "Period"),
        .periodHint: ("Fx December 2024.", "E.g. December 2024."),
        .permanentTotal: ("Samlet varig ændring", "Total permanent change"),
        .phaseInCaption: ("Andel af fuld effekt pr. år (indfasning)", "Share of the full effect per year (phase-in)"),
        .previewCannotCompute: ("Tallene kan ikke beregnes, før disse felter er rettet:", "The figures cannot be computed until these fields are corrected:"),
        .previewHeading: ("Beregnet af Gevinst ud fra linjerne", "Computed by Gevinst from the lines"),
        .previewTitle: ("Tabel 1 og tilbagebetalingstid", "Tabel 1 and payback"),
        .previewTotalsCaption: ("Totaler pr. år", "Totals per year"),
        .priceLevelYear: ("Pris- og lønniveau (år)", "Price level (year)"),
        .proposal: ("Forslag", "Proposal"),
        .proposalDocument: ("Forslaget", "The proposal"),
        .proposalType: ("Forslagstype", "Proposal type"),
        .proposalsByStatus: ("Forslag efter status", "Proposals by status"),
        .proposalsCount: ("Forslag", "Proposals"),
        .proposalsCountCol: ("Forslag", "Proposals"),
        .proposalsFoundCount: ("{1} forslag fundet i dokumentet", "{1} proposals found in the document"),
        .proposalsTableCaption: ("Forslag med investering, effektivisering og tilbagebetalingstid", "Proposals with investment, efficiency and payback"),
        .proposalsTitle: ("Forslag", "Proposals"),
        .proposedStatus: ("Foreslået af Gevinst", "Proposed by Gevinst"),
        .readDocument: ("Læs dokumentet", "Read the document"),
        .readWith: ("Læst som: {1}", "Read as: {1}"),
        .reasonCoverage: ("tabt effektivisering {1}, dækket {2}, udækket {3} (1.000 kr.)", "lost efficiency {1}, covered {2}, uncovered {3} (1.000 kr.)"),
        .reasonEarly: ("Fuld implementering {1} mdr. tidligere end planlagt", "Full implementation {1} months earlier than planned"),
        .reasonLate: ("Fuld implementering {1} mdr. senere end planlagt", "Full implementation {1} months later than planned"),
        .reasonNoPlannedYear: ("Intet planlagt år for fuld implementering", "No planned year of full implementation"),
        .reasonOnTime: ("Fuld implementering som planlagt", "Full implementation as planned"),
        .recordsCaption: ("{1} rækker: et forslag pr. målgruppeområde", "{1} rows: one proposal per area"),
        .remark: ("Bemærkning", "Remark"),
        .remarkAndHandling: ("Bemærkning og håndtering", "Remark and handling"),
        .remarkOf: ("Bemærkning for {1}", "Remark for {1}"),
        .removeLine: ("Fjern", "Remove"),
        .removed: ("fjernet", "removed"),
        .renderCatalogue: ("Hent kataloget", "Download the catalogue"),
        .responsible: ("Ansvarlig", "Responsible"),
        .returnComment: ("Kommentar til forfatterne (hvad skal ændres?)", "Comment for the authors (what must change?)"),
        .reviewAndWorkflow: ("Behandling og status", "Review and workflow"),
        .reviewTitle: ("Behandling: {1}", "Review: {1}"),
        .risk: ("Risikovurdering", "Risk"),
        .riskLevel: ("Risiko", "Risk level"),
        .riskText: ("Begrundelse for risikovurderingen", "Reasons for the risk assessment"),
        .roleLabel: ("Rolle", "Role"),
        .roundNameHint: ("Fx Budget 2027 eller Overførselssag 2026.", "E.g. Budget 2027 or Overførselssag 2026."),
        .roundsCaption: ("Budgetrunder med prisniveau og regler", "Budget rounds with price level and rules"),
        .row: ("Række", "Row"),
        .save: ("Gem", "Save"),
        .saveAsDraft: ("Gem som kladde", "Save as draft"),
        .saveChosenAsDrafts: ("Gem de valgte som kladder", "Save the chosen as drafts"),
        .saveColourRules: ("Gem farveregler", "Save colour rules"),
        .saveMerge: ("Gem den sammenflettede version", "Save the merged version"),
        .saveProposalAsDraft: ("Gem {1} som kladde", "Save {1} as a draft"),
        .savedAt: ("Gemt", "Saved"),
        .savedBy: ("Gemt af", "Saved by"),
        .scheduleThreshold: ("Tidsplan skredet mere end (måneder)", "Schedule slipped more than (months)"),
        .searchText: ("Søg i nr. og titel", "Search code and title"),
        .sectionHeading: ("Overskrift", "Heading"),
        .sectionNumber: ("Afsnit {1}", "Section {1}"),
        .sectionNumberLabel: ("Nummer", "Number"),
        .sectionText: ("Tekst: {1}", "Text: {1}"),
        .shareForYear: ("Andel af fuld effekt {1}", "Share of full effect {1}"),
        .show: ("Vis", "Show"),
        .showChangedFields: ("Vis {1} ændringer", "Show {1} changes"),
        .showChanges: ("Vis ændringer", "Show changes"),
        .showingCount: ("Viser {1} af {2} forslag.", "Showing {1} of {2} proposals."),
        .signedInAs: ("Logget ind som", "Signed in as"),
        .skipToContent: ("Spring til indholdet", "Skip to content"),
        .snapshotName: ("Navn", "Name"),
        .snapshotNameHint: ("Fx \"SUD 1. behandling 22. februar\".", "E.g. \"SUD 1st reading 22 February\"."),
        .snapshots: ("Øjebliksbilleder", "Snapshots"),
        .snapshotsCaption: ("Taget øjebliksbilleder", "Snapshots taken"),
        .sortBy: ("sortér", "sort"),
        .sourceLine: ("(linje {1} i kilden)", "(line {1} of the source)"),
        .stage: ("Behandling", "Stage"),
        .status: ("Status", "Status"),
        .statusCategories: ("Statuskategorier og farver", "Status categories and colours"),
        .statusOf: ("Status for {1}", "Status of {1}"),
        .statusText: ("Statustekst", "Status text"),
        .steeringArea: ("Styringsområde", "Steering area"),
        .stillInProcess: ("Fortsat i proces:", "Still in process:"),
        .submittingAdministration: ("Fremstillende forvaltning", "Submitting administration"),
        .summary: ("Kort resumé", "Short summary"),
        .summaryByArea: ("Status pr. målgruppeområde", "Status by area"),
        .summaryCaption: ("Opfølgning {1}: antal efter farve og beløb (1.000 kr.)", "Follow-up {1}: counts by colour and amounts (1.000 kr.)"),
        .takeSnapshot: ("Tag øjebliksbillede", "Take a snapshot"),
        .takeSnapshotFirst: ("Vælg et øjebliksbillede for at se, hvad der er ændret siden.", "Choose a snapshot to see what changed since."),
        .textSections: ("Tekstafsnit", "Text sections"),
        .theirVersion: ("Gemt af {1} (version {2})", "Saved by {1} (version {2})"),
        .title: ("Titel", "Title"),
        .total: ("I alt", "Total"),
        .totalInvestment: ("Samlet investering", "Total investment"),
        .trafficLight: ("Trafiklys", "Traffic light"),
        .trafficLightsByArea: ("Trafiklys pr. område", "Traffic lights by area"),
        .unsavedWarning: ("Du har ændringer, der ikke er gemt. Vil du forlade siden?", "You have unsaved changes. Leave the page?"),
        .upload: ("Indlæs", "Upload"),
        .username: ("Brugernavn", "User name"),
        .users: ("Brugere", "Users"),
        .usersCaption: ("Brugere, roller og forvaltninger", "Users, roles and administrations"),
        .variant: ("Model", "Variant"),
        .variantHint: ("Fx \"Model 1\"; tom for alle modeller.", "E.g. \"Model 1\"; empty for every model."),
        .version: ("Version", "Version"),
        .versionHistory: ("Versioner", "Version history"),
        .versionNumber: ("Version {1}", "Version {1}"),
        .whatChanged: ("Hvad", "What"),
        .when: ("Hvornår", "When"),
        .who: ("Hvem", "Who"),
        .workflowHistory: ("Forløb", "History"),
        .workflowSteps: ("Næste skridt", "Next steps"),
        .year: ("År", "Year"),
        .years: ("År", "Years"),
        .yearsHint: ("Tabellens år, fx 2026–2031.", "The table's years, e.g. 2026–2031."),
        .yes: ("Ja", "Yes"),
        .yourVersion: ("Din version (ikke gemt)", "Your version (not saved)"),
    ]
}

extension Localisation {
    /// A text of the pages, by name.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case absent
        case action
        case activity
        case activityNumber
        case add
        case addAdministration
        case addArea
        case addCommittee
        case addConsultationBody
        case areaCode
        case areaName
        case committees
        case consultationBodies
        case addLine
        case addOrChangeRound
        case addRows
        case addUser
        case added
        case administration
        case administrationLabel
        case administrationTitle
        case administrations
        case affectedAdministrations
        case after
        case all
        case allAdministrations
        case allRounds
        case amountsNote
        case andMore
        case answer
        case applyFilter
        case appropriation
        case appropriationHint
        case area
        case areas
        case auditCaption
        case auditTrail
        case authors
        case backToDashboard
        case backToProposal
        case before
        case block
        case blocked
        case budgetRound
        case budgetRounds
        case bulkUpload
        case cancel
        case cannotRender
        case catalogueContains
        case catalogueTitle
        case changedFields
        case changedFigures
        case changedOnBothSides
        case changesFromTo
        case changesMeasuredFrom
        case changesSince
        case changesSinceSnapshot
        case chartAsTable
        case checked
        case chooseVersionsToCompare
        case clearFilter
        case code
        case codeHint
        case colourChartCaption
        case colourOf
        case colourRules
        case colourRulesEffective
        case committee
        case committeeReport
        case compareFrom
        case compareFromVersion
        case compareTo
        case compareToVersion
        case computeNow
        case conclusion
        case confirmedStatus
        case conflictCaption
        case conflictChoose
        case conflictExplanation
        case conflictNoDifferences
        case conflictTitle
        case consultationBody
        case consultationNumber
        case consultations
        case consultationsCaption
        case count
        case coveredEfficiency
        case coveredShort
        case cumulativeNet
        case dashboardTitle
        case dashboardTitleRound
        case date
        case details
        case discardMine
        case documentFindings
        case documentToImport
        case downloads
        case driverEffect
        case driverHint
        case driverKind
        case driverResults
        case economicLines
        case economyThreshold
        case economyThresholdHint
        case edit
        case editTitle
        case efficiencyFullPhaseIn
        case endsFollowUp
        case errorAmbiguousDot
        case errorAmount
        case errorBadRequest
        case errorBeyondLimit
        case errorChoose
        case errorConflict
        case errorFactorRequired
        case errorForbidden
        case errorHeadingRequired
        case errorLabelRequired
        case errorNotFound
        case errorNotSignedIn
        case errorNumber
        case errorOverrideReason
        case errorProfileRequired
        case errorServer
        case errorSummaryTitle
        case errorTitleRequired
        case errorTooLarge
        case errorTooLong
        case errorTooManyDecimals
        case errorTooManyLines
        case errorTooManyYears
        case errorYear
        case errorYearOrder
        case exportList
        case field
        case filter
        case findings
        case findingsHere
        case firstYear
        case followUpFile
        case followUpFileHint
        case followUpGroup
        case followUpPlan
        case followUpPlanCaption
        case followUpRecords
        case followUpRowNumber
        case followUpTitle
        case followUpTitlePeriod
        case footerText
        case formula
        case fundingSource
        case fundingSourceHint
        case goal
        case gridCaption
        case gridHint
        case handling
        case handlingOf
        case headerFields
        case illustrative
        case implementationCaption
        case implementationPlan
        case implementationTotal
        case importHint
        case importResult
        case importTitle
        case indexSeries
        case indexSeriesFile
        case indexSeriesHint
        case indexValue
        case innovationPool
        case investment
        case investmentAndEfficiencyPerYear
        case investmentAnlaeg
        case investmentService
        case investmentSplit
        case keep
        case keepMine
        case keepTheirs
        case languageChoice
        case lastYear
        case lineDetailsAndDrivers
        case lineLabel
        case lineNumber
        case lockedPrefix
        case logIn
        case logInTitle
        case logOut
        case lostAndCovered
        case lostEfficiency
        case lostShort
        case mainNavigation
        case manyErrors
        case manyWarnings
        case maxPayback
        case measurement
        case mergeLine
        case navAdministration
        case navCatalogue
        case navDashboard
        case navFollowUp
        case navImport
        case navNewProposal
        case navProposals
        case needsAttention
        case netEffect
        case newProposal
        case newProposalTitle
        case newSection
        case no
        case noAuditEntries
        case noChanges
        case noChangesSinceSnapshot
        case noConsultations
        case noDriver
        case noFindings
        case alreadyStored
        case savingMakesAnotherDraft
        case noFollowUpPeriod
        case noIndexSeries
        case noProposalsFound
        case noProposalsInRound
        case noProposalsMatch
        case noRecords
        case noRounds
        case noSnapshotChosen
        case noSnapshots
        case noStepsOpen
        case noVersions
        case notAnswered
        case notChecked
        case notChosen
        case note
        case nothingNeedsAttention
        case nothingProposed
        case onThisPage
        case oneError
        case oneWarning
        case openFollowUpBoard
        case optionalComment
        case otherAreas
        case otherAreasHint
        case overdueConsultations
        case overrideReason
        case overrideReasonOf
        case password
        case passwordHint
        case payback
        case paybackRule
        case paybackRuleHint
        case paybackService
        case paybackTotal
        case period
        case periodHint
        case permanentTotal
        case phaseInCaption
        case previewCannotCompute
        case previewHeading
        case previewTitle
        case previewTotalsCaption
        case priceLevelYear
        case proposal
        case proposalDocument
        case proposalType
        case proposalsByStatus
        case proposalsCount
        case proposalsCountCol
        case proposalsFoundCount
        case proposalsTableCaption
        case proposalsTitle
        case proposedStatus
        case readDocument
        case readWith
        case reasonCoverage
        case reasonEarly
        case reasonLate
        case reasonNoPlannedYear
        case reasonOnTime
        case recordsCaption
        case remark
        case remarkAndHandling
        case remarkOf
        case removeLine
        case removed
        case renderCatalogue
        case responsible
        case returnComment
        case reviewAndWorkflow
        case reviewTitle
        case risk
        case riskLevel
        case riskText
        case roleLabel
        case roundNameHint
        case roundsCaption
        case row
        case save
        case saveAsDraft
        case saveChosenAsDrafts
        case saveColourRules
        case saveMerge
        case saveProposalAsDraft
        case savedAt
        case savedBy
        case scheduleThreshold
        case searchText
        case sectionHeading
        case sectionNumber
        case sectionNumberLabel
        case sectionText
        case shareForYear
        case show
        case showChangedFields
        case showChanges
        case showingCount
        case signedInAs
        case skipToContent
        case snapshotName
        case snapshotNameHint
        case snapshots
        case snapshotsCaption
        case sortBy
        case sourceLine
        case stage
        case status
        case statusCategories
        case statusOf
        case statusText
        case steeringArea
        case stillInProcess
        case submittingAdministration
        case summary
        case summaryByArea
        case summaryCaption
        case takeSnapshot
        case takeSnapshotFirst
        case textSections
        case theirVersion
        case title
        case total
        case totalInvestment
        case trafficLight
        case trafficLightsByArea
        case unsavedWarning
        case upload
        case username
        case users
        case usersCaption
        case variant
        case variantHint
        case version
        case versionHistory
        case versionNumber
        case whatChanged
        case when
        case who
        case workflowHistory
        case workflowSteps
        case year
        case years
        case yearsHint
        case yes
        case yourVersion
    }
}
