import Foundation

/// Removes the secret part of signed URLs from text: the values of query parameters that
/// carry a signature, a credential, a token or an expiry (`Signature=`, `X-Amz-*`,
/// `X-Goog-*`, `sig=`, `token=`, `Expires=`, `Policy=`, `Key-Pair-Id=`, Azure SAS `sv`/`se`/
/// `sp`/`sr`/`skoid`…, `OSSAccessKeyId=`, `access_token=`, `auth_key=`).
///
/// Each such value becomes `REDACTED`; the rest of the URL (scheme, host, path, other
/// parameters) stays, so the text still reads as a URL and still matches the specs' URL
/// patterns. Drift samples and recordings go through it.
public enum SignedURLRedaction {
    /// What a removed value is replaced with.
    public static let placeholder = "REDACTED"

    /// The parameter names (compared without regard to case) whose values are removed;
    /// names ending in `*` match as prefixes.
    public static let sensitiveNames: [String] = [
        "signature", "sig", "token", "expires", "policy", "key-pair-id", "x-amz-*", "x-goog-*",
        "x-oss-*", "ossaccesskeyid", "access_token", "auth_key", "auth", "sv", "se", "sp", "sr", "st", "spr", "skoid",
        "sktid", "skt", "ske", "sks", "skv", "credential", "x-tos-*", "q-sign-*", "sign", "e", "ttl",
    ]

    /// A `?name=value` or `&name=value` (also `&amp;` and `\u0026` as JSON writes `&`).
    private static let parameter = QueryParameterPattern()

    /// `text` with every sensitive query value replaced by `placeholder`.
    public static func redact(_ text: String) -> String {
        guard text.contains("="), let regex = Self.parameter.regex else { return text }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        var result = ""
        var cursor = text.startIndex
        for match in regex.matches(in: text, options: [], range: whole) {
            guard let name = Range(match.range(at: 2), in: text), let value = Range(match.range(at: 3), in: text),
                  isSensitive(String(text[name])), !text[value].isEmpty else { continue }
            result += text[cursor..<value.lowerBound]
            result += placeholder
            cursor = value.upperBound
        }
        result += text[cursor...]
        return result
    }

    /// True when `name` is one of `sensitiveNames`.
    public static func isSensitive(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return sensitiveNames.contains { candidate in
            candidate.hasSuffix("*") ? lowered.hasPrefix(candidate.dropLast()) : lowered == candidate
        }
    }
}

/// The compiled query-parameter pattern. `NSRegularExpression` is immutable after creation and
/// documented as thread-safe.
private final class QueryParameterPattern: @unchecked Sendable {
    let regex = try? NSRegularExpression(pattern: #"([?&]|&amp;|\\u0026)([A-Za-z0-9_.\-]+)=([^&\s"'<>\\]*)"#, options: [])
}
