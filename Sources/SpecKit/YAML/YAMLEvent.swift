/// One step of a YAML stream as the parser reports it; the composer builds JSON from them.
enum YAMLEvent: Sendable {
    case documentStart
    case documentEnd
    case streamEnd
    case alias(String, at: SourceLocation)
    case scalar(String, YAMLScalarStyle, YAMLProperties, at: SourceLocation)
    case sequenceStart(YAMLProperties, at: SourceLocation)
    case mappingStart(YAMLProperties, at: SourceLocation)
    case collectionEnd
}

/// A node's anchor and tag. The tag is the full name (`tag:yaml.org,2002:str`, `!local`),
/// or `!` for the non-specific tag.
struct YAMLProperties: Sendable {
    var anchor: String?
    var tag: String?

    static let none = YAMLProperties(anchor: nil, tag: nil)
}
