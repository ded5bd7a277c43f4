import Foundation

/// Writes and redacts the JSON of recording lines.
enum RecordingText {
    /// Compact JSON with sorted keys; numbers exactly as their literal text.
    static func write(_ node: JSONText.Node) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func write(_ node: JSONText.Node, into out: inout String) {
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let literal): out += literal
        case .string(let value): writeString(value, into: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(members[key]!, into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `text` without any form of the key and without signed URL query values.
    static func redact(_ text: String, keys: [APIKey]) -> String {
        var result = SignedURLRedaction.redact(text)
        for key in keys { result = key.redactAllForms(result) }
        return result
    }

    /// `node` with every string and member name redacted.
    static func redact(_ node: JSONText.Node, keys: [APIKey]) -> JSONText.Node {
        switch node {
        case .string(let value): return .string(redact(value, keys: keys))
        case .array(let elements): return .array(elements.map { redact($0, keys: keys) })
        case .object(let members):
            var result: [String: JSONText.Node] = [:]
            for (name, value) in members { result[redact(name, keys: keys)] = redact(value, keys: keys) }
            return .object(result)
        default: return node
        }
    }

    /// A body as a redacted JSON node, or else as redacted text cut at 4,096 characters.
    static func body(_ data: Data?, keys: [APIKey]) -> (node: JSONText.Node?, text: String?) {
        guard let data, !data.isEmpty else { return (nil, nil) }
        if let node = try? JSONText.parseNode(data) { return (redact(node, keys: keys), nil) }
        // Redact the whole text before cutting it, so no cut can split a key.
        let text = String(decoding: data, as: UTF8.self)
        return (nil, String(redact(text, keys: keys).prefix(4_096)))
    }
}
