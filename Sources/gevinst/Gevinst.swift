import ArgumentParser

/// The `gevinst` command line. Each subcommand is a small type in its own file.
@main
struct Gevinst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gevinst",
        abstract: "Write, check and follow up municipal investment and efficiency proposals.",
        discussion: """
            Amounts in files are whole kroner; tables are printed in 1.000 kr. with Danish number format.
            Start with:  gevinst compute examples/familieindsats-2020pl.json
            """,
        subcommands: GevinstCommands.all
    )
}
