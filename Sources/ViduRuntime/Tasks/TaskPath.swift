import Foundation

/// Reads the extended JSON pointers of `TaskDescriptor`: RFC 6901 tokens plus `*` (every
/// element of an array; a lone string passes through) and `@json` (parse a string as JSON
/// and go on inside it).
public enum TaskPath {
    /// Every value `path` reaches in `document`, in document order. Missing members give
    /// no values rather than an error.
    public static func values(at path: String, in document: JSONValue) -> [JSONValue] {
        var current = [document]
        for token in JSONPointer.tokens(path) {
            var next: [JSONValue] = []
            for value in current {
                switch token {
                case "*":
                    switch value {
                    case .array(let elements): next.append(contentsOf: elements)
                    case .string: next.append(value)
                    default: break
                    }
                case "@json":
                    if case .string(let text) = value, let parsed = try? JSONText.parse(Data(text.utf8)) {
                        next.append(parsed)
                    } else if case .object = value {
                        next.append(value)
                    } else if case .array = value {
                        next.append(value)
                    }
                default:
                    switch value {
                    case .object(let members):
                        if let member = members[token] { next.append(member) }
                    case .array(let elements):
                        if let index = Int(token), elements.indices.contains(index) { next.append(elements[index]) }
                    default: break
                    }
                }
            }
            current = next
        }
        return current
    }

    /// The first value `path` reaches, if any.
    public static func first(at path: String, in document: JSONValue) -> JSONValue? {
        values(at: path, in: document).first
    }

    /// Every non-empty string (numbers as text) `path` reaches.
    public static func texts(at path: String, in document: JSONValue) -> [String] {
        values(at: path, in: document).compactMap { ProviderErrorDetails.text($0) }
    }

    /// The first text `path` reaches, if any.
    public static func text(at path: String, in document: JSONValue) -> String? {
        texts(at: path, in: document).first
    }

    /// The first finite number `path` reaches; numeric strings such as `"42"` or `"42%"`
    /// count. NaN, infinities and numbers too large for a `Double` (`"nan"`, `"inf"`, `1e400`)
    /// are skipped, so no caller ever does arithmetic on them.
    public static func number(at path: String, in document: JSONValue) -> Double? {
        for value in values(at: path, in: document) {
            switch value {
            case .number(let number) where number.isFinite: return number
            case .string(let text) where text.utf8.count <= 64:
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if let number = Double(trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed), number.isFinite { return number }
            default: continue
            }
        }
        return nil
    }
}
