import Foundation
import ViduKit

/// `vidu generate`: check, submit, wait, download.
enum GenerateCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let start = JobCommandStart.start(
            "generate", usage: JobUsage.generate, console: console, environment: environment,
            parse: { () throws(ArgumentReader.UsageError) in try GenerateOptions(arguments) },
            check: { options throws(ArgumentReader.UsageError) in try options.job() })
        guard case .ready(let options, let job, let provider) = start else { return start.exitCode }
        let runner = JobRunner(provider: provider, console: console)
        let problems = provider.check(job)
        guard problems.isEmpty else { return runner.fail(.incompatible(problems)) }
        if options.wait, let code = runner.precheck(output: options.output) { return code }
        let task: VideoTask
        do {
            task = try await provider.submit(job)
        } catch {
            return runner.fail(error)
        }
        console.output(task.id)
        guard options.wait else { return ViduCommand.ExitCode.success }
        return await runner.waitAndDownload(task.id, output: options.output, connection: options.connection)
    }
}
