import Foundation
import ViduKit
import ViduRuntime

/// `vidu generate`: check, submit, wait, download.
enum GenerateCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let start = JobCommandStart.start(
            "generate", usage: JobUsage.generate, console: console, environment: environment,
            parse: { () throws(ArgumentReader.UsageError) in try GenerateOptions(arguments) },
            check: { options throws(ArgumentReader.UsageError) in try options.job() })
        guard case .ready(let options, let job, let provider) = start else { return start.exitCode }
        defer { DriftReportText.print(for: provider, console: console) }
        let runner = JobRunner(provider: provider, console: console)
        let problems = provider.check(job)
        guard problems.isEmpty else { return runner.fail(.incompatible(problems)) }
        if options.wait, let code = runner.precheck(output: options.output) { return code }
        let task: VideoTask
        do {
            task = try await provider.submit(job)
        } catch {
            // A task that exists although its answer was unreadable: its id is the one thing
            // the user needs (to follow it instead of paying twice), so it goes to stdout.
            if case .runtime(let runtime) = error, let id = provider.taskDescriptor.taskID(in: runtime) {
                console.output(TerminalText.safe(id, redacting: provider.configuration.apiKey))
            }
            return runner.fail(error)
        }
        console.output(TerminalText.safe(task.id, redacting: provider.configuration.apiKey))
        guard options.wait else { return ViduCommand.ExitCode.success }
        return await runner.waitAndDownload(task.id, output: options.output, connection: options.connection)
    }
}
