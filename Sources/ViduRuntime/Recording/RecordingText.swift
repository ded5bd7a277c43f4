import Foundation

/// Writes and redacts the JSON of recording lines.
enum RecordingText {
    /// Compact JSON with sorted keys; numbers exactly as their literal text; strings escaped
    /// as `JSONValueWriter` escapes them.
    static func write(_ node: JSONText.Node) -> String {
        var out: [UInt8] = []
        write(node, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ node: JSONText.Node, into out: inout [UInt8]) {
        switch node {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let literal): out.append(contentsOf: literal.utf8)
        case .string(let value): JSONValueWriter.appendString(value, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValueWriter.appendString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(members[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
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
