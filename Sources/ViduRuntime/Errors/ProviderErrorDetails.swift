import Foundation

/// A provider's error body, normalised by its shape rather than by the provider's name.
///
/// Recognised shapes:
/// - nested, OpenAI style: `{"error": {"code", "message", "type"}}` (`param` read as the reason)
/// - a string error: `{"error": "message", "code"}`
/// - flat: `{"code", "message" (or "msg"), "reason", "type", "data"}`
/// - a trace id anywhere it is commonly put: `metadata.trace_id`, `trace_id`, `request_id`
public struct ProviderErrorDetails: Sendable, Hashable, CustomStringConvertible {
    /// The provider's code as text (`"429"`, `"CreditInsufficient"`, `"rate_limit_error"`).
    public var code: String?
    /// The provider's message.
    public var message: String?
    /// The error type (OpenAI style), such as `rate_limit_error`.
    public var type: String?
    /// The reason, where the provider gives one (`reason`, or a nested `param`).
    public var reason: String?
    /// A trace or request id found in the body (`metadata.trace_id`, `trace_id`, `request_id`).
    public var traceID: String?

    /// Creates details from their parts.
    public init(code: String? = nil, message: String? = nil, type: String? = nil, reason: String? = nil, traceID: String? = nil) {
        self.code = code
        self.message = message
        self.type = type
        self.reason = reason
        self.traceID = traceID
    }

    /// Reads a provider error body. Nil when the body is not JSON or has none of the
    /// recognised members.
    public init?(body: Data) {
        guard !body.isEmpty, let json = try? JSONValue(parsing: body) else { return nil }
        self.init(json: json)
    }

    /// Reads a provider error document. Nil when it has none of the recognised members.
    public init?(json: JSONValue) {
        guard case .object(let root) = json else { return nil }
        var details = ProviderErrorDetails()
        if case .object(let nested)? = root["error"] {
            details.code = Self.text(nested["code"])
            details.message = Self.text(nested["message"])
            details.type = Self.text(nested["type"])
            details.reason = Self.text(nested["reason"] ?? nested["param"])
        } else if let message = Self.text(root["error"]) {
            details.message = message
            details.code = Self.text(root["code"])
        } else {
            details.code = Self.text(root["code"])
            details.message = Self.text(root["message"] ?? root["msg"])
            details.reason = Self.text(root["reason"])
            details.type = Self.text(root["type"])
        }
        details.traceID = Self.text(root["metadata"]?["trace_id"]) ?? Self.text(root["trace_id"]) ?? Self.text(root["request_id"])
        guard details.code != nil || details.message != nil || details.reason != nil || details.type != nil else { return nil }
        self = details
    }

    /// A copy with every occurrence of `key` removed from its texts.
    public func redacting(_ key: APIKey) -> ProviderErrorDetails {
        ProviderErrorDetails(
            code: code.map(key.redact), message: message.map(key.redact), type: type.map(key.redact),
            reason: reason.map(key.redact), traceID: traceID.map(key.redact))
    }

    /// `code (type/reason): message`, leaving out missing parts.
    public var description: String {
        var parts: [String] = []
        if let code { parts.append(code) }
        let qualifiers = [type, reason].compactMap { $0 }.filter { $0 != code }
        if !qualifiers.isEmpty { parts.append("(" + qualifiers.joined(separator: "/") + ")") }
        var text = parts.joined(separator: " ")
        if let message { text += text.isEmpty ? message : ": " + message }
        return text
    }

    /// A string or a number as text; whole numbers print without a fraction.
    static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text.isEmpty ? nil : text
        case .number(let number)?:
            if number.rounded(.towardZero) == number, abs(number) < 9.0e15 { return String(Int64(number)) }
            return String(number)
        case .bool(let flag)?: return String(flag)
        default: return nil
        }
    }
}
