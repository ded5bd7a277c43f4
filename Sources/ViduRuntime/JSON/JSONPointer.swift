/// Builds and reads RFC 6901 JSON pointers, such as `/input/image_urls/0`.
public enum JSONPointer {
    /// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
    public static func escape(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Undoes `escape(_:)`.
    public static func unescape(_ token: String) -> String {
        guard token.contains("~") else { return token }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The pointer `base` extended by one token.
    public static func appending(_ base: String, _ token: String) -> String {
        base + "/" + escape(token)
    }

    /// The pointer `base` extended by one array index.
    public static func appending(_ base: String, _ index: Int) -> String {
        base + "/" + String(index)
    }

    /// The reference tokens of `pointer`, unescaped. The root pointer `""` has none.
    public static func tokens(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { unescape(String($0)) }
    }

    /// The value at `pointer` inside `value`, or nil when there is none.
    public static func resolve(_ pointer: String, in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens(pointer) {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
