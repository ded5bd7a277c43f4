import Foundation

/// What the webhook verifiers share: reading required headers and checking a Unix
/// timestamp against the local clock.
enum WebhookHeaderReading {
    /// The header `name`, trimmed; `.missingHeader` when it is absent or blank.
    static func required(_ name: String, in request: CallbackRequest) throws(ViduError) -> String {
        guard let value = request.header(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw .invalidCallback(.missingHeader(name))
        }
        return value
    }

    /// The Unix time `text` (whole seconds, ASCII digits only), checked to be within
    /// `tolerance` of `now` either way (exactly `tolerance` away is still accepted).
    static func checkTimestamp(_ text: String, now: Date, tolerance: Duration) throws(ViduError) {
        guard text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let seconds = Int64(text) else {
            throw .invalidCallback(.malformedTimestamp(text))
        }
        let sent = Date(timeIntervalSince1970: TimeInterval(seconds))
        guard abs(sent.timeIntervalSince(now)) <= tolerance.secondsValue else {
            throw .invalidCallback(.timestampOutsideTolerance(text))
        }
    }
}
