import Foundation

/// The job subcommands of `vidu`: `generate`, `status`, `wait` and `providers`.
enum JobCommands {
    /// Runs `command` with its `arguments`; answers the exit code.
    static func run(_ command: String, _ arguments: [String], console: Console) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        switch command {
        case "generate": return await GenerateCommand.run(arguments, console: console, environment: environment)
        case "status": return await StatusCommand.run(arguments, console: console, environment: environment)
        case "wait": return await WaitCommand.run(arguments, console: console, environment: environment)
        case "providers": return ProvidersCommand.run(arguments, console: console)
        default:
            console.error("vidu: unknown command '\(command)'\n\n" + ViduCommand.usage)
            return ViduCommand.ExitCode.usage
        }
    }
}
