import Foundation

/// Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP-date.
public enum RetryAfter {
    /// The delay `value` asks for, measured from `now`. A date in the past gives zero; text
    /// that is neither form gives nil.
    public static func delay(from value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 {
            return .clampedSeconds(seconds)
        }
        if let date = HTTPDate.parse(trimmed) {
            return .clampedSeconds(date.timeIntervalSince(now))
        }
        return nil
    }
}
