import Foundation

/// Makes text that came from a server (task ids, states, failure messages, URLs, error
/// bodies) safe to print on a terminal or in a log line.
///
/// `safe(_:redacting:)` is the one function every printed server-sourced string goes
/// through: it removes the API key (as sent and percent-encoded), and shows every control
/// character, escape sequence introducer and bidirectional override as a visible `\u{…}`
/// escape, so that a hostile value can neither move the cursor, recolour the terminal, nor
/// break one line (one id) into two. Long texts are cut at `limit` characters.
public enum TerminalText {
    /// The default length bound, in characters.
    public static let defaultLimit = 4_096

    /// `text` without the key and with every control character made visible, at most
    /// `limit` characters long (`…` marks a cut).
    public static func safe(_ text: String, redacting key: APIKey? = nil, limit: Int = defaultLimit) -> String {
        var redacted = text
        if let key { redacted = key.redactAllForms(redacted) }
        var result = ""
        var count = 0
        for scalar in redacted.unicodeScalars {
            if count >= max(limit, 1) {
                result += "…"
                break
            }
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }

    /// C0 controls (tab and newline included: one value, one line), DEL, C1 controls, the
    /// line and paragraph separators, and the bidirectional embedding, override and
    /// isolate characters.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension APIKey {
    /// Removes the secret as sent and percent-encoded (as it would appear in a URL).
    func redactAllForms(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        var result = redact(text)
        for allowed in [RequestBuilder.unreserved, CharacterSet.alphanumerics] {
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: allowed), encoded != secret {
                result = result.replacingOccurrences(of: encoded, with: "<redacted>", options: .caseInsensitive)
            }
        }
        return result
    }

    /// True when the secret is empty or only whitespace: such a key signs nothing.
    var isBlank: Bool {
        secret.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
