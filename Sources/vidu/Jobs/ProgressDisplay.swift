import Foundation
import ViduKit
import ViduRuntime

/// Shows a job's progress on standard error: one redrawn line with a bar on a terminal,
/// plain lines (one per change) when piped.
final class ProgressDisplay: Sendable {
    private let console: Console
    private let lastLine = LockedState<String?>(nil)
    private let key: APIKey?

    /// Every line drawn goes through `TerminalText.safe` with `key`: statuses carry the
    /// provider's messages and URLs.
    init(console: Console, key: APIKey? = nil) {
        self.console = console
        self.key = key
    }

    /// Shows a job status.
    func show(_ status: JobStatus) {
        switch status {
        case .queued: draw("queued", fraction: 0)
        case .running(let progress): draw(status.description, fraction: progress.map { $0 / 100 })
        case .succeeded: draw("succeeded", fraction: 1)
        case .failed: draw(status.description, fraction: nil)
        }
    }

    /// Shows download progress.
    func show(_ download: DownloadProgress) {
        let size = ByteCountFormatter.string(fromByteCount: download.bytesReceived, countStyle: .file)
        draw("downloading \(size)", fraction: download.fractionCompleted)
    }

    /// Ends the redrawn line.
    func finish() {
        let drewSomething = lastLine.withLock { $0 != nil }
        if console.errorIsTerminal && drewSomething { console.writeError("\n") }
        lastLine.withLock { $0 = nil }
    }

    private func draw(_ unsafeText: String, fraction: Double?) {
        let text = TerminalText.safe(unsafeText, redacting: key, limit: 400)
        let changed = lastLine.withLock { last -> Bool in
            defer { last = text }
            return last != text
        }
        if console.errorIsTerminal {
            console.writeError("\r\u{1B}[2K" + Self.bar(fraction) + " " + text)
        } else if changed {
            console.error(text)
        }
    }

    /// `[##########----------]`, or a blank bar when the fraction is unknown.
    static func bar(_ fraction: Double?, width: Int = 24) -> String {
        guard let fraction, fraction.isFinite else { return "[" + String(repeating: " ", count: width) + "]" }
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}
