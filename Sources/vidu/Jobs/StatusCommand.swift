import ViduKit
import ViduRuntime

/// `vidu status`: prints a task's status once.
enum StatusCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let start = JobCommandStart.start(
            "status", usage: JobUsage.status, console: console, environment: environment,
            parse: { () throws(ArgumentReader.UsageError) in try TaskCommandOptions(arguments, acceptsOutput: false) },
            check: { options throws(ArgumentReader.UsageError) in try options.requiredTaskID() })
        guard case .ready(_, let taskID, let provider) = start else { return start.exitCode }
        defer { DriftReportText.print(for: provider, console: console) }
        do {
            let status = try await provider.status(of: taskID)
            console.output(TerminalText.safe(status.description, redacting: provider.configuration.apiKey))
            return ViduCommand.ExitCode.success
        } catch {
            return JobRunner(provider: provider, console: console).fail(error)
        }
    }
}
