import ArgumentParser

/// The registry of subcommands; each module's commands are added here with one line.
enum GevinstCommands {
    static let all: [any ParsableCommand.Type] = [
        ComputeCommand.self,
        ServeCommand.self,
        UsersCommand.self,
    ]
}
