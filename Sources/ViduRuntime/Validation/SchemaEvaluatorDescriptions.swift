/// How violation messages show instance values and schema numbers: compact JSON, with object
/// keys sorted and long values shortened, so messages are stable and readable.
enum SchemaEvaluatorDescriptions {
    /// Longest description before it is cut short with `…`.
    static let maximumLength = 80

    /// `value` as compact JSON, such as `"360p"`, `17`, `[1, 2]` or `{"a": true}`.
    static func describe(_ value: JSONValue) -> String {
        var text = ""
        write(value, into: &text)
        if text.unicodeScalars.count > maximumLength {
            return String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximumLength - 1))) + "…"
        }
        return text
    }

    /// A number as JSON writes it: whole numbers without a fraction (`17`, not `17.0`).
    static func describe(_ number: Double) -> String {
        if number.isFinite, number.rounded(.towardZero) == number, Swift.abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    /// Values joined for a list: `"a", "b", "c"`, shortened after ten.
    static func describe(list values: [JSONValue]) -> String {
        let shown = values.prefix(10).map(describe).joined(separator: ", ")
        return values.count > 10 ? shown + ", … (\(values.count) values)" : shown
    }

    /// The JSON type name of `value` and the value: `string "abc"`, `number 1.5`.
    static func describeWithType(_ value: JSONValue) -> String {
        let name: String
        switch value {
        case .null: return "null"
        case .bool: name = "boolean"
        case .number(let number): name = number.rounded(.towardZero) == number && number.isFinite ? "integer" : "number"
        case .string: name = "string"
        case .array: name = "array"
        case .object: name = "object"
        }
        return name + " " + describe(value)
    }

    /// `count` followed by `noun`, pluralised: `1 item`, `2 items`, `2 properties`.
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    private static func write(_ value: JSONValue, into text: inout String) {
        guard text.unicodeScalars.count <= maximumLength else { return }
        switch value {
        case .null: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .number(let number): text += describe(number)
        case .string(let string): writeString(string, into: &text)
        case .array(let elements):
            text += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { text += ", " }
                write(element, into: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (offset, key) in members.keys.sorted().enumerated() {
                if offset > 0 { text += ", " }
                writeString(key, into: &text)
                text += ": "
                write(members[key] ?? .null, into: &text)
            }
            text += "}"
        }
    }

    private static func writeString(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
