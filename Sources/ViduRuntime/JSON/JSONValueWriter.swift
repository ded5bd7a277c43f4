import Foundation

/// Writes a `JSONValue` as compact UTF-8 JSON text, as `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes it: object keys sorted, whole numbers as
/// integers (`5`, not `5.0`), strings with `"`, `\` and control characters escaped and
/// everything else (`/`, non-ASCII) as is.
///
/// The output depends only on the value, so the same value always gives the same bytes.
public enum JSONValueWriter {
    /// Thrown for a number JSON cannot carry (NaN or an infinity).
    public struct NonFiniteNumber: Error, Sendable, CustomStringConvertible {
        /// The JSON pointer of the number.
        public var pointer: String
        public var description: String { "the number at '\(pointer)' is not finite (NaN or infinity)" }
    }

    /// The JSON text of `value`.
    /// - Throws: `NonFiniteNumber` when the value holds NaN or an infinity.
    public static func data(_ value: JSONValue) throws(NonFiniteNumber) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        var path: [String] = []
        try write(value, into: &bytes, path: &path)
        return Data(bytes)
    }

    private static func write(_ value: JSONValue, into bytes: inout [UInt8], path: inout [String]) throws(NonFiniteNumber) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): try write(number, into: &bytes, path: path)
        case .string(let string): appendString(string, to: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                path.append(String(index))
                try write(element, into: &bytes, path: &path)
                path.removeLast()
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                path.append(key)
                try write(members[key]!, into: &bytes, path: &path)
                path.removeLast()
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Whole numbers below 2^53 in magnitude print as integers; others in Swift's shortest
    /// round-trip form, which is valid JSON for every finite `Double`.
    private static func write(_ number: Double, into bytes: inout [UInt8], path: [String]) throws(NonFiniteNumber) {
        guard number.isFinite else {
            throw NonFiniteNumber(pointer: path.map { "/" + $0.replacing("~", with: "~0").replacing("/", with: "~1") }.joined())
        }
        if number.rounded(.towardZero) == number, abs(number) < 9.0e15 {
            bytes.append(contentsOf: String(Int64(number)).utf8)
        } else {
            bytes.append(contentsOf: "\(number)".utf8)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `string` as a JSON string literal: `"`, `\` and control characters escaped, everything
    /// else as is. The one definition of JSON string text in the runtime (recordings use it too).
    static func appendString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
