import Foundation
import ViduKit

/// `vidu generate`: check, submit, wait, download.
enum GenerateCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let options: GenerateOptions
        let job: VideoJob
        let id: VideoProviderID
        do {
            options = try GenerateOptions(arguments)
            if options.help {
                console.output(JobUsage.generate)
                return ViduCommand.ExitCode.success
            }
            id = try options.connection.requiredProvider()
            job = try options.job()
        } catch {
            console.error("vidu generate: \(error)\n\n" + JobUsage.generate)
            return ViduCommand.ExitCode.usage
        }
        let provider: VideoProvider
        do {
            provider = try ProviderSetup.provider(id, options: options.connection, environment: environment)
        } catch {
            console.error("vidu: \(error.sentence)")
            return ViduCommand.ExitCode.failure
        }
        let runner = JobRunner(provider: provider, console: console)
        let problems = provider.check(job)
        guard problems.isEmpty else { return runner.fail(.incompatible(problems)) }
        let task: VideoTask
        do {
            task = try await provider.submit(job)
        } catch {
            return runner.fail(error)
        }
        console.output(task.id)
        guard options.wait else { return ViduCommand.ExitCode.success }
        return await runner.waitAndDownload(task.id, output: options.output)
    }
}
