/// Rewrites a JSON Schema `pattern` (ECMA-262 syntax) into the ICU syntax `NSRegularExpression`
/// compiles, where the two differ in meaning:
///
/// - `\d`, `\w` and their negations are ASCII-only in ECMA-262 (`[0-9]`, `[A-Za-z0-9_]`) but
///   Unicode-aware in ICU; `\s`/`\S` use ECMA-262's white-space set, which includes U+FEFF.
/// - `[` inside a character class is a literal in ECMA-262 but opens a nested set in ICU.
/// - `$` (outside a class) is the end of the input in ECMA-262, but ICU's `$` also matches
///   before a final line terminator (`\n`, `\r\n`, U+2028, …), so `"16:9\r"` would pass
///   `^16:9$`. It becomes ICU's `\z`.
///
/// Everything else passes through unchanged.
enum SchemaEvaluatorRegexDialect {
    private static let digit = "0-9"
    private static let word = "A-Za-z0-9_"
    private static let space = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF"

    /// The ICU pattern that means what the ECMA-262 pattern `source` means.
    static func icuPattern(fromECMA source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inClass = false
        var offset = 0
        while offset < scalars.count {
            let scalar = scalars[offset]
            if scalar == "\\", offset + 1 < scalars.count {
                let next = scalars[offset + 1]
                if let (body, negated) = classEscape(next) {
                    let set = negated ? "[^\(body)]" : (inClass ? body : "[\(body)]")
                    out.append(contentsOf: set.unicodeScalars)
                } else {
                    out.append(scalar)
                    out.append(next)
                }
                offset += 2
                continue
            }
            if inClass {
                if scalar == "]" {
                    inClass = false
                } else if scalar == "[" {
                    out.append("\\")
                }
                out.append(scalar)
                offset += 1
                continue
            }
            if scalar == "$" {
                out.append(contentsOf: "\\z".unicodeScalars)
                offset += 1
                continue
            }
            out.append(scalar)
            offset += 1
            if scalar == "[" {
                inClass = true
                if offset < scalars.count, scalars[offset] == "^" {
                    out.append("^")
                    offset += 1
                }
            }
        }
        return String(out)
    }

    /// The set a class escape letter stands for, and whether it is negated; nil for others.
    private static func classEscape(_ letter: Unicode.Scalar) -> (String, Bool)? {
        switch letter {
        case "d": return (digit, false)
        case "D": return (digit, true)
        case "w": return (word, false)
        case "W": return (word, true)
        case "s": return (space, false)
        case "S": return (space, true)
        default: return nil
        }
    }
}
