import ViduKit

/// `vidu status`: prints a task's status once.
enum StatusCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let options: TaskCommandOptions
        let id: VideoProviderID
        let taskID: String
        do {
            options = try TaskCommandOptions(arguments, acceptsOutput: false)
            if options.help {
                console.output(JobUsage.status)
                return ViduCommand.ExitCode.success
            }
            id = try options.connection.requiredProvider()
            taskID = try options.requiredTaskID()
        } catch {
            console.error("vidu status: \(error)\n\n" + JobUsage.status)
            return ViduCommand.ExitCode.usage
        }
        let provider: VideoProvider
        do {
            provider = try ProviderSetup.provider(id, options: options.connection, environment: environment)
        } catch {
            console.error("vidu: \(error.sentence)")
            return ViduCommand.ExitCode.failure
        }
        do {
            console.output(try await provider.status(of: taskID).description)
            return ViduCommand.ExitCode.success
        } catch {
            return JobRunner(provider: provider, console: console).fail(error)
        }
    }
}
