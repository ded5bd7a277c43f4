import ViduKit

/// `vidu wait`: waits for a task and downloads its video.
enum WaitCommand {
    static func run(_ arguments: [String], console: Console, environment: [String: String]) async -> Int32 {
        let start = JobCommandStart.start(
            "wait", usage: JobUsage.wait, console: console, environment: environment,
            parse: { () throws(ArgumentReader.UsageError) in try TaskCommandOptions(arguments, acceptsOutput: true) },
            check: { options throws(ArgumentReader.UsageError) in try options.requiredTaskID() })
        guard case .ready(let options, let taskID, let provider) = start else { return start.exitCode }
        defer { DriftReportText.print(for: provider, console: console) }
        let runner = JobRunner(provider: provider, console: console)
        if let code = runner.precheck(output: options.output) { return code }
        return await runner.waitAndDownload(taskID, output: options.output, connection: options.connection)
    }
}
