import Foundation

/// Where a job stands, the same on every provider.
public enum JobStatus: Sendable, Hashable, CustomStringConvertible {
    /// Accepted, not started: one of the adapter's `queuedStates`.
    case queued
    /// Being generated; `progress` in percent (0–100) when the provider reports it (its
    /// spec's `x-task.progress`).
    case running(progress: Double?)
    /// Done; the video URLs (presigned, they expire: download soon) and a cover image when
    /// the provider gives one (its spec's `x-task.coverUrl`).
    case succeeded(videoURLs: [URL], cover: URL?)
    /// Ended without a video; the provider's failure code and message.
    case failed(code: String?, message: String?)

    /// True when the status will not change any more.
    public var isFinal: Bool {
        switch self {
        case .succeeded, .failed: return true
        case .queued, .running: return false
        }
    }

    /// `queued`, `running 40%`, `succeeded <url>`, `failed CODE: message`. A progress outside
    /// 0–100 is clamped into it; a NaN or infinite one prints as plain `running`. The texts are
    /// the provider's, as sent: pass them through `TerminalText.safe` before printing them.
    public var description: String {
        switch self {
        case .queued:
            return "queued"
        case .running(let progress):
            guard let percent = Self.percent(progress) else { return "running" }
            return "running \(percent)%"
        case .succeeded(let urls, _):
            return (["succeeded"] + urls.map(\.absoluteString)).joined(separator: " ")
        case .failed(let code, let message):
            let detail = [code, message].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return detail.isEmpty ? "failed" : "failed \(detail)"
        }
    }

    /// `progress` as a whole percent in 0...100; nil when it is nil, NaN or infinite.
    public static func percent(_ progress: Double?) -> Int? {
        guard let progress, progress.isFinite else { return nil }
        return Int(min(max(progress, 0), 100).rounded())
    }
}
