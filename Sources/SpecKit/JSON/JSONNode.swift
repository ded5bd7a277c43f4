/// A line and column in a source file, both counted from 1. Columns count Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it was written and keeps object keys in source order.
public struct JSONNode: Sendable, Hashable {
    /// The value itself.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        /// A number, with its text exactly as written (for printing it back unchanged).
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        /// Where the key's opening quote is.
        public var keyLocation: SourceLocation
        public var value: JSONNode

        public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    /// Where the value starts.
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The members of an object in source order, or nil.
    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements of an array, or nil.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The string, or nil.
    public var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The number, or nil.
    public var number: Double? {
        if case .number(let number, _) = value { return number }
        return nil
    }

    /// The boolean, or nil.
    public var bool: Bool? {
        if case .bool(let bool) = value { return bool }
        return nil
    }

    /// The member value for `key` when this is an object that has it.
    public subscript(key: String) -> JSONNode? {
        members?.first(where: { $0.key == key })?.value
    }

    /// The member for `key`, with its key location.
    public func member(_ key: String) -> Member? {
        members?.first(where: { $0.key == key })
    }

    /// A short name of the value's JSON type, for messages.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
