/// The states of flow sequences (with their single-pair `key: value` entries) and flow
/// mappings. A trailing comma before the closing bracket is allowed, as YAML allows it.
extension YAMLParser {
    mutating func flowSequenceEntry(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first { try next() }
        var token = try peek()
        if case .flowSequenceEnd = token.kind {
            try next()
            return endCollection()
        }
        if !first {
            switch token.kind {
            case .flowEntry:
                try next()
                token = try peek()
                if case .flowSequenceEnd = token.kind {
                    try next()
                    return endCollection()
                }
            case .value:
                throw error("an implicit key inside a flow sequence must be on one line", at: token.start)
            default:
                throw error("expected ',' or ']' in the flow sequence, found \(token.name)", at: token.start)
            }
        }
        switch token.kind {
        case .key, .value:
            try enterCollection(at: token.start)
            state = .flowSequenceEntryMappingKey
            return .mappingStart(.none, at: token.start.location)
        default:
            states.append(.flowSequenceEntry)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func flowSequenceEntryMappingKey() throws(YAMLError) -> YAMLEvent {
        guard case .key = try peekKind() else {
            // `: value` with an empty key.
            state = .flowSequenceEntryMappingValue
            return .scalar("", .plain, .none, at: try peek().start.location)
        }
        try next()
        switch try peekKind() {
        case .value, .flowEntry, .flowSequenceEnd:
            return emptyScalar(then: .flowSequenceEntryMappingValue)
        default:
            states.append(.flowSequenceEntryMappingValue)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func flowSequenceEntryMappingValue() throws(YAMLError) -> YAMLEvent {
        guard case .value = try peekKind() else { return emptyScalar(then: .flowSequenceEntryMappingEnd) }
        try next()
        switch try peekKind() {
        case .flowEntry, .flowSequenceEnd:
            return emptyScalar(then: .flowSequenceEntryMappingEnd)
        default:
            states.append(.flowSequenceEntryMappingEnd)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func flowSequenceEntryMappingEnd() -> YAMLEvent {
        depth -= 1
        state = .flowSequenceEntry
        return .collectionEnd
    }

    mutating func flowMappingKey(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first { try next() }
        var token = try peek()
        if case .flowMappingEnd = token.kind {
            try next()
            return endCollection()
        }
        if !first {
            guard case .flowEntry = token.kind else {
                throw error("expected ',' or '}' in the flow mapping, found \(token.name)", at: token.start)
            }
            try next()
            token = try peek()
            if case .flowMappingEnd = token.kind {
                try next()
                return endCollection()
            }
        }
        switch token.kind {
        case .key:
            try next()
            switch try peekKind() {
            case .value, .flowEntry, .flowMappingEnd:
                return emptyScalar(then: .flowMappingValue)
            default:
                states.append(.flowMappingValue)
                return try parseNode(block: false, indentlessSequence: false)
            }
        case .value:
            state = .flowMappingValue
            return .scalar("", .plain, .none, at: token.start.location)
        default:
            // A key without '?' whose ':' is on a later line (allowed inside flow mappings).
            states.append(.flowMappingValue)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func flowMappingValue() throws(YAMLError) -> YAMLEvent {
        guard case .value = try peekKind() else { return emptyScalar(then: .flowMappingKey) }
        try next()
        switch try peekKind() {
        case .flowEntry, .flowMappingEnd:
            return emptyScalar(then: .flowMappingKey)
        default:
            states.append(.flowMappingKey)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }
}
