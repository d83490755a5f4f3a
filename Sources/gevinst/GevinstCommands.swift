import ArgumentParser

/// The registry of subcommands; each module's commands are added here with one line.
enum GevinstCommands {
    static let all: [any ParsableCommand.Type] = [
        ComputeCommand.self,
        CheckCommand.self,
        ConvertCommand.self,
        FollowUpCommand.self,
        ImportCommand.self,
        RenderCommand.self,
        ReportCommand.self,
        ServeCommand.self,
        UsersCommand.self,
    ]
}
