/// What a scalar means under the YAML 1.2 core schema, as a JSON value.
///
/// An untagged plain scalar is null (`null`, `Null`, `NULL`, `~`, empty), a boolean
/// (`true`/`True`/`TRUE`, `false`/…), an integer (`[-+]?[0-9]+`, `0o` octal, `0x` hex)
/// or a float (`1.5`, `.5`, `1e3`, …), else a string; quoted and block scalars are
/// strings. The core tags (`!!str`, `!!null`, `!!bool`, `!!int`, `!!float`) are honoured
/// and their values checked. Any other tag (`!local`, `!!binary`, `!!set`…) names a type
/// JSON does not have, so the scalar is kept as its text. Infinity and NaN (`.inf`,
/// `.nan`) have no JSON form and are errors. Numbers carry JSON text (`0x1F` → `31`).
enum YAMLScalarResolution {
    static let prefix = "tag:yaml.org,2002:"

    /// The value of a scalar, or a message saying why it has none.
    static func resolve(_ text: String, style: YAMLScalarStyle, tag: String?) -> Result<JSONNode.Value, Message> {
        switch tag {
        case nil:
            return style == .plain ? checkedUntagged(text) : .success(.string(text))
        case prefix + "str", "!":
            return .success(.string(text))
        case prefix + "null":
            return isNull(text) ? .success(.null) : .failure(Message("'\(text)' is not a null; !!null takes null, ~ or nothing"))
        case prefix + "bool":
            if let bool = bool(text) { return .success(.bool(bool)) }
            return .failure(Message("'\(text)' is not a boolean; !!bool takes true or false"))
        case prefix + "int":
            if let number = integer(text) { return finite(number, text) }
            return .failure(Message("'\(text)' is not an integer"))
        case prefix + "float":
            if let number = integer(text) ?? float(text) { return finite(number, text) }
            if isSpecialFloat(text) { return .failure(infinityMessage(text)) }
            return .failure(Message("'\(text)' is not a float"))
        case prefix + "seq", prefix + "map":
            return .failure(Message("the tag \(tag!) cannot be put on a scalar"))
        default:
            return .success(.string(text))
        }
    }

    /// A message for a failed resolution.
    struct Message: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    private static func untagged(_ text: String) -> JSONNode.Value {
        if isNull(text) { return .null }
        if let bool = bool(text) { return .bool(bool) }
        if let number = integer(text) ?? float(text) { return number }
        return .string(text)
    }

    /// The untagged value, or a message when it has no JSON form (infinity, NaN).
    static func checkedUntagged(_ text: String) -> Result<JSONNode.Value, Message> {
        if isSpecialFloat(text) { return .failure(infinityMessage(text)) }
        return finite(untagged(text), text)
    }

    /// The value, unless it is a number too large for a double.
    private static func finite(_ value: JSONNode.Value, _ text: String) -> Result<JSONNode.Value, Message> {
        if case .number(let number, _) = value, !number.isFinite {
            return .failure(Message("the number \(text) is too large for JSON; quote it to make it a string"))
        }
        return .success(value)
    }

    private static func infinityMessage(_ text: String) -> Message {
        Message("'\(text)' is infinity or NaN, which JSON cannot hold; quote it to make it a string")
    }

    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    static func isSpecialFloat(_ text: String) -> Bool {
        let body = text.hasPrefix("+") || text.hasPrefix("-") ? String(text.dropFirst()) : text
        if [".inf", ".Inf", ".INF"].contains(body) { return true }
        return [".nan", ".NaN", ".NAN"].contains(text)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`, with decimal JSON text.
    static func integer(_ text: String) -> JSONNode.Value? {
        let scalars = Array(text.unicodeScalars)
        func digits(_ slice: ArraySlice<Unicode.Scalar>, radix: UInt32) -> JSONNode.Value? {
            guard !slice.isEmpty else { return nil }
            var value: Double = 0
            var exact: UInt64? = 0
            for c in slice {
                guard let digit = YAMLCharacters.hexValue(c), digit < radix else { return nil }
                value = value * Double(radix) + Double(digit)
                if let current = exact {
                    let (product, overflow1) = current.multipliedReportingOverflow(by: UInt64(radix))
                    let (sum, overflow2) = product.addingReportingOverflow(UInt64(digit))
                    exact = overflow1 || overflow2 ? nil : sum
                }
            }
            return .number(value, text: exact.map { String($0) } ?? String(value))
        }
        if text.hasPrefix("0o") { return digits(scalars[2...], radix: 8) }
        if text.hasPrefix("0x") { return digits(scalars[2...], radix: 16) }
        var body = scalars[...]
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        var digitsText = String(String.UnicodeScalarView(body.drop(while: { $0 == "0" })))
        if digitsText.isEmpty { digitsText = "0" }
        let value = Double(digitsText) ?? 0
        let jsonText = negative && digitsText != "0" ? "-" + digitsText : digitsText
        return .number(negative ? -value : value, text: jsonText)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, with JSON text.
    static func float(_ text: String) -> JSONNode.Value? {
        var scalars = Array(text.unicodeScalars)[...]
        var sign = ""
        if let first = scalars.first, first == "+" || first == "-" {
            if first == "-" { sign = "-" }
            scalars = scalars.dropFirst()
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        let integerPart = scalars.prefix(while: isDigit)
        scalars = scalars.dropFirst(integerPart.count)
        var fraction: ArraySlice<Unicode.Scalar> = []
        var hasPoint = false
        if scalars.first == "." {
            hasPoint = true
            scalars = scalars.dropFirst()
            fraction = scalars.prefix(while: isDigit)
            scalars = scalars.dropFirst(fraction.count)
        }
        if integerPart.isEmpty && fraction.isEmpty { return nil }
        if !hasPoint && integerPart.isEmpty { return nil }
        var exponent = ""
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            var expSign = ""
            if let s = scalars.first, s == "+" || s == "-" {
                expSign = String(s)
                scalars = scalars.dropFirst()
            }
            let expDigits = scalars.prefix(while: isDigit)
            guard !expDigits.isEmpty else { return nil }
            scalars = scalars.dropFirst(expDigits.count)
            exponent = "e" + expSign + String(String.UnicodeScalarView(expDigits))
        }
        guard scalars.isEmpty else { return nil }
        var whole = String(String.UnicodeScalarView(integerPart.drop(while: { $0 == "0" })))
        if whole.isEmpty { whole = "0" }
        let fractionText = fraction.isEmpty ? "" : "." + String(String.UnicodeScalarView(fraction))
        let json = sign + whole + fractionText + exponent
        guard let value = Double(json) else { return nil }
        return .number(value, text: json)
    }
}
