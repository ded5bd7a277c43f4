/// A node as the parser reads it, before aliases are expanded and scalars resolved.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(String, YAMLScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
        case alias(String)
    }

    var content: Content
    /// The full tag (`tag:yaml.org,2002:str`, `!local`), `!` for the non-specific tag, or nil.
    var tag: String?
    var anchor: String?
    var location: SourceLocation

    /// An empty plain scalar (null), as YAML gives a missing key or value.
    static func empty(at location: SourceLocation) -> YAMLNode {
        YAMLNode(content: .scalar("", .plain), tag: nil, anchor: nil, location: location)
    }
}

/// One key and value of a mapping.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}
