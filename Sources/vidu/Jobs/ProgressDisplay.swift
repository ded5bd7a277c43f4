import Foundation
import ViduKit
import ViduRuntime

/// Shows a job's progress on standard error: one redrawn line with a bar on a terminal;
/// when piped, plain lines: each new stage (queued, running, downloading, the final line)
/// shows at once, and changes within a stage (percentages, bytes) at most once per
/// `minimumInterval`.
final class ProgressDisplay: Sendable {
    private struct Printed {
        var text: String?
        var stage: String?
        var at: ContinuousClock.Instant?
    }

    private let console: Console
    private let minimumInterval: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let lastLine = LockedState<String?>(nil)
    private let printed = LockedState(Printed())
    private let key: APIKey?

    /// Every line drawn goes through `TerminalText.safe` with `key`: statuses carry the
    /// provider's messages and URLs. `now` is the time source of the throttle (tests pass a
    /// manual one).
    init(
        console: Console, key: APIKey? = nil, minimumInterval: Duration = .milliseconds(500),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.console = console
        self.key = key
        self.minimumInterval = minimumInterval
        self.now = now
    }

    /// Shows a job status.
    func show(_ status: JobStatus) {
        switch status {
        case .queued: draw("queued", fraction: 0, stage: "queued")
        case .running(let progress): draw(status.description, fraction: progress.map { $0 / 100 }, stage: "running")
        case .succeeded: draw("succeeded", fraction: 1, stage: "succeeded")
        case .failed: draw(status.description, fraction: nil, stage: "failed")
        }
    }

    /// Shows download progress.
    func show(_ download: DownloadProgress) {
        let size = ByteCountFormatter.string(fromByteCount: download.bytesReceived, countStyle: .file)
        draw("downloading \(size)", fraction: download.fractionCompleted, stage: "downloading")
    }

    /// Ends the redrawn line.
    func finish() {
        let drewSomething = lastLine.withLock { $0 != nil }
        if console.errorIsTerminal && drewSomething { console.writeError("\n") }
        lastLine.withLock { $0 = nil }
    }

    private func draw(_ unsafeText: String, fraction: Double?, stage: String) {
        let text = TerminalText.safe(unsafeText, redacting: key, limit: 400)
        let changed = lastLine.withLock { last -> Bool in
            defer { last = text }
            return last != text
        }
        if console.errorIsTerminal {
            console.writeError("\r\u{1B}[2K" + Self.bar(fraction) + " " + text)
        } else if changed, shouldPrint(text, stage: stage) {
            console.error(text)
        }
    }

    /// True when a piped line may print now: the first of its stage, or one at least
    /// `minimumInterval` after the last printed line.
    private func shouldPrint(_ text: String, stage: String) -> Bool {
        let moment = now()
        return printed.withLock { last -> Bool in
            guard last.text != text else { return false }
            if stage == last.stage, let at = last.at, moment - at < minimumInterval { return false }
            last = Printed(text: text, stage: stage, at: moment)
            return true
        }
    }

    /// `[##########----------]`, or a blank bar when the fraction is unknown.
    static func bar(_ fraction: Double?, width: Int = 24) -> String {
        guard let fraction, fraction.isFinite else { return "[" + String(repeating: " ", count: width) + "]" }
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}
