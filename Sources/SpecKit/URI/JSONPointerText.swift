import Foundation

/// JSON pointer text (RFC 6901) and its form inside a URI fragment.
///
/// Registry keys use one canonical fragment form: pointer tokens escaped with `~0`/`~1`, then
/// percent-encoded where RFC 3986 does not allow the character in a fragment. A `$ref`
/// fragment is percent-decoded and re-encoded the same way, so `#/a%20b` and `#/a b` meet.
enum JSONPointerText {
    /// `pointer` with one more reference token appended (escaping `~` and `/`).
    static func appending(_ token: String, to pointer: String) -> String {
        pointer + "/" + escape(token)
    }

    /// `pointer` with one more array index appended.
    static func appending(_ index: Int, to pointer: String) -> String {
        pointer + "/" + String(index)
    }

    /// A reference token escaped for a pointer.
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The tokens of `pointer`, unescaped; nil when it is not a pointer or has a bad `~` escape.
    static func tokens(of pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var result: [String] = []
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var iterator = raw.makeIterator()
            while let character = iterator.next() {
                guard character == "~" else {
                    token.append(character)
                    continue
                }
                switch iterator.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            }
            result.append(token)
        }
        return result
    }

    /// The pointer `pointer` as a canonical URI fragment (without the `#`).
    static func fragment(for pointer: String) -> String {
        percentEncode(pointer)
    }

    /// Characters RFC 3986 allows unencoded in a fragment.
    private static let fragmentAllowed: Set<UInt8> = {
        var allowed = Set<UInt8>()
        for scalar in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?".utf8 {
            allowed.insert(scalar)
        }
        return allowed
    }()

    /// Percent-encodes every byte a fragment may not hold as is.
    static func percentEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if fragmentAllowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// Decodes `%XX` sequences; nil when one is malformed or the bytes are not UTF-8.
    static func percentDecode(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return UTF8Text.decode(bytes)
    }
}
