import Foundation

extension Duration {
    /// This duration in seconds, as a `Double`.
    var secondsValue: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// A duration of `seconds`, clamped to zero and to about a year.
    static func clampedSeconds(_ seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .milliseconds(Int64(min(seconds, 31_536_000) * 1000))
    }
}
