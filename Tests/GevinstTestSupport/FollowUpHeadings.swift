/// The follow-up table's twelve column headings as seed 002 prints them (its line 33), for tests that write a
/// table of their own in the seed's layout: as tab-separated text, CSV or a sheet.
public enum FollowUpHeadings {
    public static let seed = [
        "Vedtaget budgetår", "Titel på forslag inkl. nr.", "Forslagstype", "Status december 2024", "Bemærkning december 2024",
        "Samlet investering (Investeringsforslag) 1000. kr.",
        "Samlet effektivisering ved fuld indfasning (Investeringsforslag/ Effektiviseringsforslag), 1000. kr. 2025 p/l",
        "Aktuel år for fuld implementering (Investeringsforslag)", "Håndtering",
        "Er der tidligere foretaget kompenserende handling", "Skal kompenserende handling godkendes af ØU og BR? **",
        "Konsekvens efter håndtering",
    ]
}
