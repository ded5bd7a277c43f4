/// How a scalar was written.
enum YAMLScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One token of a YAML stream, as the scanner hands them to the parser.
struct YAMLToken: Sendable {
    enum Kind: Sendable, Hashable {
        case streamStart, streamEnd
        case versionDirective(major: Int, minor: Int)
        case tagDirective(handle: String, prefix: String)
        case reservedDirective(String)
        case documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
        case blockEntry, flowEntry, key, value
        case alias(String), anchor(String)
        /// `handle` is `!`, `!!`, `!name!`, or empty for a verbatim `!<…>` tag.
        case tag(handle: String, suffix: String)
        case scalar(String, YAMLScalarStyle)
    }

    var kind: Kind
    var start: YAMLMark
    var end: YAMLMark

    /// The token as messages name it.
    var name: String {
        switch kind {
        case .streamStart: return "the start of the stream"
        case .streamEnd: return "the end of the file"
        case .versionDirective, .tagDirective, .reservedDirective: return "a directive"
        case .documentStart: return "'---'"
        case .documentEnd: return "'...'"
        case .blockSequenceStart: return "a block sequence"
        case .blockMappingStart: return "a block mapping"
        case .blockEnd: return "the end of a block collection"
        case .flowSequenceStart: return "'['"
        case .flowSequenceEnd: return "']'"
        case .flowMappingStart: return "'{'"
        case .flowMappingEnd: return "'}'"
        case .blockEntry: return "'-'"
        case .flowEntry: return "','"
        case .key: return "a mapping key"
        case .value: return "':'"
        case .alias(let name): return "the alias *\(name)"
        case .anchor(let name): return "the anchor &\(name)"
        case .tag: return "a tag"
        case .scalar: return "a scalar"
        }
    }
}
