/// Swift's reserved words, and the names generated code may not take.
enum SwiftKeywords {
    /// Words that need backticks to be used as a property, parameter or case name.
    static let reserved: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "as", "false", "is", "nil", "super", "throws",
        "true", "try", "await", "async", "any", "some", "Any", "Self", "self", "Type", "Protocol",
    ]

    /// Words that cannot name a member even with backticks (`x.self`, `T.Type`, `init`).
    static let unusableAsMember: Set<String> = ["self", "Self", "Type", "Protocol", "init"]

    /// Words that cannot name a type, with or without backticks, without breaking the code
    /// that refers to it or to the standard library.
    static let unusableAsType: Set<String> = [
        "Type", "Self", "Protocol", "Any", "AnyObject", "String", "Int", "Double", "Bool", "Array", "Dictionary",
        "Optional", "Data", "Codable", "Hashable", "Sendable", "Decoder", "Encoder", "CodingKey", "CodingKeys",
        "JSONValue", "JSONDecoder", "JSONEncoder", "SchemaTable", "SchemaValidated", "SchemaEntry", "JSONValueRepresentable",
        "Client", "Webhooks", "Operations", "Tasks", "Void", "Never", "Error",
        // Types the generated code names unqualified, and the modules it qualifies with.
        "URL", "Date", "Float", "Set", "Character", "Equatable", "Comparable", "DecodingError",
        "EncodingError", "Hasher", "Foundation", "Swift", "ViduRuntime", "Indirect", "ExtraFieldsInclusion",
    ]

    /// Whether `name` cannot name a generated type as is.
    static func isUnusableType(_ name: String) -> Bool {
        unusableAsType.contains(name) || reserved.contains(name)
    }
}
