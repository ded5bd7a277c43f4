import SpecKit
import ViduRuntime

/// Reads the JSON text `vidu validate` checks with SpecKit's `JSONParser` (the parser the
/// generator reads specs with), so a bad body is reported with its line and column.
enum JSONInput {
    /// Why and where the text is not JSON. Lines and columns count from 1; columns count
    /// Unicode scalars.
    struct SyntaxError: Error, CustomStringConvertible {
        let line: Int
        let column: Int
        let reason: String

        var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// Parses one JSON document; only whitespace may surround it. A member name repeated in one
    /// object is an error, as in the specs: JSON leaves its meaning open.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        do {
            return value(of: try JSONParser.parse(bytes: bytes, file: ""))
        } catch {
            let location = error.location ?? SourceLocation(line: 1, column: 1)
            let reason = error.message.hasPrefix(Self.messagePrefix) ? String(error.message.dropFirst(Self.messagePrefix.count)) : error.message
            throw SyntaxError(line: location.line, column: location.column, reason: reason)
        }
    }

    /// `JSONParser` starts every message with this.
    private static let messagePrefix = "invalid JSON: "

    /// The node as the runtime's `JSONValue`, without source locations.
    static func value(of node: JSONNode) -> JSONValue {
        switch node.value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .number(let number, _): return .number(number)
        case .string(let string): return .string(string)
        case .array(let elements): return .array(elements.map(value(of:)))
        case .object(let members):
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(members.count)
            for member in members { object[member.key] = value(of: member.value) }
            return .object(object)
        }
    }
}
