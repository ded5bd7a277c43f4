import ViduKit

/// `vidu wait`: waits for a task and downloads its video.
enum WaitCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let options: TaskCommandOptions
        let id: VideoProviderID
        let taskID: String
        do {
            options = try TaskCommandOptions(arguments, acceptsOutput: true)
            if options.help {
                console.output(JobUsage.wait)
                return ViduCommand.ExitCode.success
            }
            id = try options.connection.requiredProvider()
            taskID = try options.requiredTaskID()
        } catch {
            console.error("vidu wait: \(error)\n\n" + JobUsage.wait)
            return ViduCommand.ExitCode.usage
        }
        let provider: VideoProvider
        do {
            provider = try ProviderSetup.provider(id, options: options.connection, environment: environment)
        } catch {
            console.error("vidu: \(error.sentence)")
            return ViduCommand.ExitCode.failure
        }
        return await JobRunner(provider: provider, console: console).waitAndDownload(taskID, output: options.output)
    }
}
