import Foundation
import Testing
@testable import vidu
import ViduKit

/// `--` ends the options; piped progress is throttled; a refused URL is said once.
@Suite struct ArgumentAndProgressTests {
    @Test func doubleDashEndsTheOptions() throws {
        let options = try GenerateOptions(["--provider", "apixo", "--", "--a prompt that starts with dashes"])
        #expect(options.prompt == "--a prompt that starts with dashes")
        #expect(options.connection.provider == .apixo)
        let task = try TaskCommandOptions(["--provider", "vidu", "--", "-123"], acceptsOutput: true)
        #expect(task.taskID == "-123")
        #expect(throws: ArgumentReader.UsageError.self) { try GenerateOptions(["--prompt", "a", "--", "b"]) }
        var reader = ArgumentReader(["--output", "--", "x"])
        _ = reader.next()
        #expect(throws: ArgumentReader.UsageError.self) { try reader.value(for: "--output") }
        // Before `--`, an option-looking argument is still an option.
        #expect(throws: ArgumentReader.UsageError.self) { try GenerateOptions(["--provider", "apixo", "--bogus"]) }
    }

    @Test func pipedProgressPrintsAtMostTwoLinesASecond() {
        let lines = LineRecorder()
        let clock = ManualInstant()
        let console = Console(writeOutput: { _ in }, writeError: { lines.append($0) }, errorIsTerminal: false)
        let display = ProgressDisplay(console: console, minimumInterval: .milliseconds(500), now: { clock.now })
        display.show(.queued)
        // 1,000 download reports over one simulated second, 1 ms apart.
        for step in 1...1_000 {
            clock.advance(by: .milliseconds(1))
            display.show(DownloadProgress(bytesReceived: Int64(step) * 1_000, bytesExpected: 1_000_000))
        }
        display.show(.succeeded(videoURLs: [], cover: nil))
        // queued, the first download line (at 1 ms), one 0.5 s later, and the final line.
        #expect(lines.values.count == 4, "\(lines.values)")
        #expect(lines.values.first == "queued\n")
        #expect(lines.values.last == "succeeded\n")
    }

    @Test func pipedProgressStillShowsEachSlowChange() {
        let lines = LineRecorder()
        let clock = ManualInstant()
        let console = Console(writeOutput: { _ in }, writeError: { lines.append($0) }, errorIsTerminal: false)
        let display = ProgressDisplay(console: console, now: { clock.now })
        for status in [JobStatus.queued, .running(progress: 40), .running(progress: 40), .running(progress: 80)] {
            display.show(status)
            clock.advance(by: .seconds(1))
        }
        #expect(lines.values.count == 3)
    }

    @Test func aRefusedPlainHTTPHostIsOneSentenceSayingHttpsOnce() async throws {
        let environment = ViduBinary.environment(["APIXO_API_KEY": "sk-test"])
        let run = try await ViduBinary.run(["generate", "--provider", "apixo", "--base-url", "http://example.com", "--prompt", "x"], environment: environment)
        #expect(run.status == 1)
        #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
        #expect(run.error.components(separatedBy: "use https").count == 2, "\(run.error)")
    }
}

final class LineRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

/// A manual time source for the progress throttle.
final class ManualInstant: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = ContinuousClock.now
    var now: ContinuousClock.Instant { lock.lock(); defer { lock.unlock() }; return instant }
    func advance(by duration: Duration) { lock.lock(); instant += duration; lock.unlock() }
}
