/// Nodes with their properties, and the states of block sequences and mappings.
extension YAMLParser {
    /// A node: an alias, or properties followed by a scalar or the start of a collection
    /// (or nothing: an empty scalar). The state to return to is already on the stack.
    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> YAMLEvent {
        var token = try peek()
        if case .alias(let name) = token.kind {
            try next()
            popState()
            return .alias(name, at: token.start.location)
        }
        var properties = YAMLProperties.none
        let propertiesStart = token.start
        while true {
            if case .anchor(let name) = token.kind {
                guard properties.anchor == nil else { throw error("a node can have only one anchor", at: token.start) }
                properties.anchor = name
            } else if case .tag(let handle, let suffix) = token.kind {
                guard properties.tag == nil else { throw error("a node can have only one tag", at: token.start) }
                properties.tag = try resolveTag(handle: handle, suffix: suffix, at: token.start)
            } else {
                break
            }
            try next()
            token = try peek()
        }
        let location = token.start.location
        switch token.kind {
        case .blockEntry where indentlessSequence:
            try enterCollection(at: token.start)
            state = .indentlessSequenceEntry
            return .sequenceStart(properties, at: location)
        case .scalar(let text, let style):
            try next()
            popState()
            return .scalar(text, style, properties, at: location)
        case .flowSequenceStart:
            try enterCollection(at: token.start)
            state = .flowSequenceFirstEntry
            return .sequenceStart(properties, at: location)
        case .flowMappingStart:
            try enterCollection(at: token.start)
            state = .flowMappingFirstKey
            return .mappingStart(properties, at: location)
        case .blockSequenceStart where block:
            try enterCollection(at: token.start)
            state = .blockSequenceFirstEntry
            return .sequenceStart(properties, at: location)
        case .blockMappingStart where block:
            try enterCollection(at: token.start)
            state = .blockMappingFirstKey
            return .mappingStart(properties, at: location)
        case .alias where properties.anchor != nil || properties.tag != nil:
            throw error("an alias cannot have an anchor or a tag", at: token.start)
        default:
            guard properties.anchor != nil || properties.tag != nil else {
                throw error("expected a node, found \(token.name)", at: token.start)
            }
            popState()
            return .scalar("", .plain, properties, at: propertiesStart.location)
        }
    }

    mutating func enterCollection(at mark: YAMLMark) throws(YAMLError) {
        depth += 1
        guard depth <= maximumDepth else { throw error("the document nests deeper than \(maximumDepth) levels", at: mark) }
    }

    /// The end of a collection (its closing token, if any, already taken).
    mutating func endCollection() -> YAMLEvent {
        depth -= 1
        popState()
        return .collectionEnd
    }

    /// An empty scalar at the end of the last token, and `next` as the following state.
    mutating func emptyScalar(then next: State) -> YAMLEvent {
        state = next
        return .scalar("", .plain, .none, at: lastEnd.location)
    }

    /// A block collection that starts between the entries of another.
    static let badIndentation = "bad indentation: this line lines up with no entry of the collection around it"

    // MARK: Block sequences

    mutating func blockSequenceEntry() throws(YAMLError) -> YAMLEvent {
        if state == .blockSequenceFirstEntry { try next() }
        let token = try peek()
        switch token.kind {
        case .blockEntry:
            try next()
            switch try peekKind() {
            case .blockEntry, .blockEnd:
                return emptyScalar(then: .blockSequenceEntry)
            default:
                states.append(.blockSequenceEntry)
                return try parseNode(block: true, indentlessSequence: false)
            }
        case .blockEnd:
            try next()
            return endCollection()
        case .blockSequenceStart, .blockMappingStart:
            throw error(Self.badIndentation, at: token.start)
        default:
            throw error("expected a '- ' entry or the end of the sequence, found \(token.name)", at: token.start)
        }
    }

    /// Entries of a sequence whose `- ` stand at the column of the mapping key it belongs to.
    mutating func indentlessSequenceEntry() throws(YAMLError) -> YAMLEvent {
        guard case .blockEntry = try peekKind() else { return endCollection() }
        try next()
        switch try peekKind() {
        case .blockEntry, .key, .value, .blockEnd:
            return emptyScalar(then: .indentlessSequenceEntry)
        default:
            states.append(.indentlessSequenceEntry)
            return try parseNode(block: true, indentlessSequence: false)
        }
    }

    // MARK: Block mappings

    mutating func blockMappingKey() throws(YAMLError) -> YAMLEvent {
        if state == .blockMappingFirstKey { try next() }
        let token = try peek()
        switch token.kind {
        case .key:
            try next()
            return try blockMappingNode(then: .blockMappingValue)
        case .value:
            state = .blockMappingValue
            return .scalar("", .plain, .none, at: token.start.location)
        case .blockEnd:
            try next()
            return endCollection()
        case .blockSequenceStart, .blockMappingStart:
            throw error(Self.badIndentation, at: token.start)
        default:
            throw error("expected a mapping key or the end of the mapping, found \(token.name)", at: token.start)
        }
    }

    mutating func blockMappingValue() throws(YAMLError) -> YAMLEvent {
        guard case .value = try peekKind() else { return emptyScalar(then: .blockMappingKey) }
        try next()
        return try blockMappingNode(then: .blockMappingKey)
    }

    /// A key or value after `?` or `:`: empty, a node, or an indentless sequence.
    private mutating func blockMappingNode(then next: State) throws(YAMLError) -> YAMLEvent {
        switch try peekKind() {
        case .key, .value, .blockEnd:
            return emptyScalar(then: next)
        default:
            states.append(next)
            return try parseNode(block: true, indentlessSequence: true)
        }
    }
}
