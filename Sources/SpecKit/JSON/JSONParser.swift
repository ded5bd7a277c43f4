/// A strict RFC 8259 JSON parser that records the line and column of every value.
///
/// Errors are `Diagnostic`s that point at the offending character. Duplicate keys in one
/// object are an error too: JSON leaves their meaning open, and a spec must not be ambiguous.
public struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses `text`; `file` names the source in diagnostics.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8), file: file)
        return try parser.parseDocument()
    }

    /// Parses UTF-8 `bytes`; `file` names the source in diagnostics.
    public static func parse(bytes: [UInt8], file: String) throws(Diagnostic) -> JSONNode {
        guard UTF8Text.isValid(bytes) else {
            throw Diagnostic(file: file, location: SourceLocation(line: 1, column: 1), pointer: "", message: "the file is not valid UTF-8")
        }
        var parser = JSONParser(bytes: bytes, file: file)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private func fail(_ message: String, hint: String? = nil, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(file: file, location: location ?? here, pointer: "", message: "invalid JSON: " + message, hint: hint)
    }

    private mutating func parseDocument() throws(Diagnostic) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let node = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw fail("unexpected \(describe(bytes[index])) after the end of the document")
        }
        return node
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            default: return
            }
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16)
    }

    private mutating func parseValue() throws(Diagnostic) -> JSONNode {
        guard index < bytes.count else { throw fail("unexpected end of file, expected a value") }
        let start = here
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw fail("unexpected \(describe(bytes[index])), expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(Diagnostic) {
        let start = here
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else {
                throw fail("unknown literal, expected '\(word)'", at: start)
            }
            advance()
        }
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(Diagnostic) -> JSONNode {
        let start = here
        try enter()
        advance()
        var members: [JSONNode.Member] = []
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return JSONNode(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw fail("trailing comma before '}'", hint: "remove the comma after the last member")
                }
                throw fail(index < bytes.count ? "unexpected \(describe(bytes[index])), expected a quoted key" : "unexpected end of file inside an object")
            }
            let keyLocation = here
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw fail("duplicate key \"\(key)\" in one object", hint: "JSON leaves duplicate keys undefined; keep one", at: keyLocation)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the key \"\(key)\"")
            }
            advance()
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file inside an object", at: start) }
            if bytes[index] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                advance()
                depth -= 1
                return JSONNode(.object(members), at: start)
            }
            throw fail("unexpected \(describe(bytes[index])), expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(Diagnostic) -> JSONNode {
        let start = here
        try enter()
        advance()
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return JSONNode(.array(elements), at: start)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw fail("trailing comma before ']'", hint: "remove the comma after the last element")
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file inside an array", at: start) }
            if bytes[index] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                advance()
                depth -= 1
                return JSONNode(.array(elements), at: start)
            }
            throw fail("unexpected \(describe(bytes[index])), expected ',' or ']'")
        }
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        let start = here
        advance()
        // Fast path: a string without escapes is its bytes (already checked to be UTF-8).
        // Neither it nor the slow path crosses a line: a raw newline is a control character.
        let first = index
        var scalarCount = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte & 0xC0 != 0x80 { scalarCount += 1 }
            index += 1
        }
        column += scalarCount
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            let text = String(decoding: bytes[first..<index], as: UTF8.self)
            advance()
            return text
        }
        // Slow path: the text so far, then escapes and plain runs, all as UTF-8.
        var utf8 = Array(bytes[first..<index])
        func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        while true {
            guard index < bytes.count else { throw fail("unterminated string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                advance()
                return String(decoding: utf8, as: UTF8.self)
            }
            if byte < 0x20 {
                throw fail("control character \(describe(byte)) inside a string", hint: "escape it, for example as \\n or \\u00XX")
            }
            if byte != UInt8(ascii: "\\") {
                utf8.append(byte)
                advance()
                continue
            }
            advance()
            guard index < bytes.count else { throw fail("unterminated escape", at: start) }
            let escape = bytes[index]
            advance()
            switch escape {
            case UInt8(ascii: "\""): append("\"")
            case UInt8(ascii: "\\"): append("\\")
            case UInt8(ascii: "/"): append("/")
            case UInt8(ascii: "b"): append("\u{08}")
            case UInt8(ascii: "f"): append("\u{0C}")
            case UInt8(ascii: "n"): append("\n")
            case UInt8(ascii: "r"): append("\r")
            case UInt8(ascii: "t"): append("\t")
            case UInt8(ascii: "u"):
                let high = try parseHex4()
                if (0xD800...0xDBFF).contains(high) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw fail("lone high surrogate \\u\(String(high, radix: 16, uppercase: true)) in a string")
                    }
                    advance()
                    advance()
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid low surrogate in a string") }
                    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    append(Unicode.Scalar(value)!)
                } else if (0xDC00...0xDFFF).contains(high) {
                    throw fail("lone low surrogate in a string")
                } else {
                    append(Unicode.Scalar(high)!)
                }
            default:
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
            }
        }
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw fail("unterminated \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("invalid hex digit \(describe(byte)) in a \\u escape")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(Diagnostic) -> JSONNode {
        let start = here
        let first = index
        if bytes[index] == UInt8(ascii: "-") { advance() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number needs a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            advance()
            if index < bytes.count, isDigit(bytes[index]) { throw fail("a number must not have a leading zero", at: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            advance()
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number needs a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            advance()
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { advance() }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number needs a digit in its exponent") }
            while index < bytes.count, isDigit(bytes[index]) { advance() }
        }
        let text = String(decoding: bytes[first..<index], as: UTF8.self)
        guard let value = Double(text) else { throw fail("number \(text) is out of range", at: start) }
        return JSONNode(.number(value, text: text), at: start)
    }
}
