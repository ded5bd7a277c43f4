import Foundation

/// A strict JSON parser for bodies that come from a server, where `JSONDecoder` is too
/// fragile or too lossy:
///
/// - a number too large for a `Double` (`1e400`) does not make the whole document
///   unreadable: it reads as an infinite `.number`, which `TaskPath.number` and every other
///   reader skips (no arithmetic is ever done on it);
/// - every number's literal text is kept in `JSONText.Node`, so an 18-digit task id sent as a
///   JSON number is read digit for digit, without going through a `Double`;
/// - nesting is bounded (`maxDepth`), so a hostile `[[[[…` cannot exhaust the stack;
/// - a key repeated in one object keeps its first value, as the runtime always read them.
public enum JSONText {
    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 256

    /// Why a text is not JSON.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The byte offset where reading stopped.
        public var offset: Int
        /// What was expected there.
        public var reason: String

        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// A parsed value with each number kept as its literal text.
    public indirect enum Node: Sendable, Hashable {
        case null
        case bool(Bool)
        /// The number exactly as written, such as `851234567890123456` or `1e400`.
        case number(String)
        case string(String)
        case array([Node])
        /// Members; a repeated key keeps its first value.
        case object([String: Node])

        /// The `JSONValue` of this node. Numbers that overflow a `Double` become infinite.
        public var jsonValue: JSONValue {
            switch self {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .number(let text): return .number(JSONText.double(text))
            case .string(let value): return .string(value)
            case .array(let elements): return .array(elements.map(\.jsonValue))
            case .object(let members): return .object(members.mapValues(\.jsonValue))
            }
        }

        /// Every node `path` (a `TaskPath`: JSON pointer plus `*` and `@json`) reaches.
        public func values(at path: String) -> [Node] {
            var current = [self]
            for token in JSONPointer.tokens(path) {
                var next: [Node] = []
                for node in current {
                    switch (token, node) {
                    case ("*", .array(let elements)): next.append(contentsOf: elements)
                    case ("*", .string): next.append(node)
                    case ("@json", .string(let text)):
                        if let parsed = try? JSONText.parseNode(Data(text.utf8)) { next.append(parsed) }
                    case ("@json", .object), ("@json", .array): next.append(node)
                    case (_, .object(let members)):
                        if let member = members[token] { next.append(member) }
                    case (_, .array(let elements)):
                        if let index = Int(token), elements.indices.contains(index) { next.append(elements[index]) }
                    default: break
                    }
                }
                current = next
            }
            return current
        }

        /// A string, or a number's literal text; nil for other values and empty strings.
        public var text: String? {
            switch self {
            case .string(let value): return value.isEmpty ? nil : value
            case .number(let literal): return literal
            default: return nil
            }
        }
    }

    /// Parses `data` into a `JSONValue`.
    public static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        try parseNode(data).jsonValue
    }

    /// Parses `data`, keeping number literals.
    public static func parseNode(_ data: Data) throws(SyntaxError) -> Node {
        var reader = Reader(bytes: [UInt8](data))
        reader.skipBOM()
        let node = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return node
    }

    /// The `Double` of a literal that the parser accepted; ±infinity when it overflows.
    static func double(_ literal: String) -> Double {
        if let value = Double(literal) { return value }
        return literal.hasPrefix("-") ? -.infinity : .infinity
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        func error(_ reason: String) -> SyntaxError {
            SyntaxError(offset: index, reason: reason)
        }

        mutating func skipBOM() {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> Node {
            skipSpace()
            guard index < bytes.count else { throw error("expected a JSON value") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("expected \(word)")
            }
            index += expected.count
        }

        mutating func object(depth: Int) throws(SyntaxError) -> Node {
            guard depth <= JSONText.maxDepth else { throw error("nested deeper than \(JSONText.maxDepth) levels") }
            index += 1
            var members: [String: Node] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name") }
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
                index += 1
                let member = try value(depth: depth)
                if members[key] == nil { members[key] = member }
                skipSpace()
                guard index < bytes.count else { throw error("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(members)
                } else {
                    throw error("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> Node {
            guard depth <= JSONText.maxDepth else { throw error("nested deeper than \(JSONText.maxDepth) levels") }
            index += 1
            var elements: [Node] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                elements.append(try value(depth: depth))
                skipSpace()
                guard index < bytes.count else { throw error("unterminated array") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(elements)
                } else {
                    throw error("expected ',' or ']'")
                }
            }
        }

        mutating func number() throws(SyntaxError) -> String {
            let start = index
            func digits(_ reader: inout Reader) -> Int {
                let first = reader.index
                while reader.index < reader.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) {
                    reader.index += 1
                }
                return reader.index - first
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { throw error("expected a JSON value") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits(&self) == 0 {
                throw error("expected a JSON value")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw error("expected digits after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw error("expected digits in the exponent") }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var run = index
            func flush(_ reader: Reader, _ scalars: inout String.UnicodeScalarView, upTo end: Int) {
                if run < end { scalars.append(contentsOf: String(decoding: reader.bytes[run..<end], as: UTF8.self).unicodeScalars) }
            }
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flush(self, &scalars, upTo: index)
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw error("unescaped control character in a string") }
                if byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                flush(self, &scalars, upTo: index)
                index += 1
                guard index < bytes.count else { throw error("unterminated escape") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    let unit = try hex4()
                    if (0xD800..<0xDC00).contains(unit), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let save = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) {
                            scalars.append(scalar)
                        } else {
                            scalars.append("\u{FFFD}")
                            index = save
                        }
                    } else {
                        scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                    }
                default:
                    throw error("invalid escape")
                }
                run = index
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard index + 4 <= bytes.count else { throw error("short \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw error("invalid \\u escape")
                }
                value = value * 16 + digit
                index += 1
            }
            return value
        }
    }
}
