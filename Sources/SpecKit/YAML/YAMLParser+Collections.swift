/// Nodes: properties, scalars, aliases, and block and flow collections.
extension YAMLParser {
    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> YAMLNode {
        var token = try peek()
        if case .alias(let name) = token.kind {
            try next()
            return YAMLNode(content: .alias(name), tag: nil, anchor: nil, location: token.start.location)
        }
        var anchor: String?
        var tag: String?
        let propertiesStart = token.start
        while true {
            if case .anchor(let name) = token.kind {
                guard anchor == nil else { throw error("a node can have only one anchor", at: token.start) }
                anchor = name
            } else if case .tag(let handle, let suffix) = token.kind {
                guard tag == nil else { throw error("a node can have only one tag", at: token.start) }
                tag = try resolveTag(handle: handle, suffix: suffix, at: token.start)
            } else {
                break
            }
            try next()
            token = try peek()
        }
        let hasProperties = anchor != nil || tag != nil
        var node: YAMLNode
        switch token.kind {
        case .blockEntry where indentlessSequence:
            node = try parseIndentlessSequence()
        case .scalar(let text, let style):
            try next()
            node = YAMLNode(content: .scalar(text, style), tag: nil, anchor: nil, location: token.start.location)
        case .flowSequenceStart:
            node = try nested { parser throws(YAMLError) in try parser.parseFlowSequence() }
        case .flowMappingStart:
            node = try nested { parser throws(YAMLError) in try parser.parseFlowMapping() }
        case .blockSequenceStart where block:
            node = try nested { parser throws(YAMLError) in try parser.parseBlockSequence() }
        case .blockMappingStart where block:
            node = try nested { parser throws(YAMLError) in try parser.parseBlockMapping() }
        case .alias where hasProperties:
            throw error("an alias cannot have an anchor or a tag", at: token.start)
        default:
            guard hasProperties else { throw error("expected a node, found \(token.name)", at: token.start) }
            node = .empty(at: propertiesStart.location)
        }
        node.anchor = anchor
        node.tag = tag
        return node
    }

    /// Runs `body` one nesting level deeper, within the depth limit.
    private mutating func nested(_ body: (inout YAMLParser) throws(YAMLError) -> YAMLNode) throws(YAMLError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maximumDepth else {
            throw error("the document nests deeper than \(maximumDepth) levels", at: try peek().start)
        }
        return try body(&self)
    }

    /// Whether the next token ends an entry (so the entry's node is empty).
    private mutating func nextIs(_ kinds: (YAMLToken.Kind) -> Bool) throws(YAMLError) -> Bool {
        kinds(try peek().kind)
    }

    private static func endsBlockEntry(_ kind: YAMLToken.Kind) -> Bool {
        switch kind {
        case .blockEntry, .key, .value, .blockEnd: return true
        default: return false
        }
    }

    private static func endsFlowEntry(_ kind: YAMLToken.Kind) -> Bool {
        switch kind {
        case .flowEntry, .flowSequenceEnd, .flowMappingEnd: return true
        default: return false
        }
    }

    /// A key or value of a block mapping, which may be an indentless sequence.
    private mutating func blockValue() throws(YAMLError) -> YAMLNode {
        if try nextIs({ $0 != .blockEntry && Self.endsBlockEntry($0) }) { return .empty(at: lastEnd.location) }
        return try parseNode(block: true, indentlessSequence: true)
    }

    private mutating func flowValue(orKey: Bool) throws(YAMLError) -> YAMLNode {
        if try nextIs({ Self.endsFlowEntry($0) || (orKey && $0 == .value) }) { return .empty(at: lastEnd.location) }
        return try parseNode(block: false, indentlessSequence: false)
    }

    // MARK: Block collections

    private mutating func parseBlockSequence() throws(YAMLError) -> YAMLNode {
        let start = try next().start
        var items: [YAMLNode] = []
        while true {
            let token = try peek()
            switch token.kind {
            case .blockEntry:
                try next()
                if try nextIs({ $0 == .blockEntry || $0 == .blockEnd }) {
                    items.append(.empty(at: lastEnd.location))
                } else {
                    items.append(try parseNode(block: true, indentlessSequence: false))
                }
            case .blockEnd:
                try next()
                return YAMLNode(content: .sequence(items), tag: nil, anchor: nil, location: start.location)
            default:
                throw error("expected a '- ' entry or the end of the sequence, found \(token.name)", at: token.start)
            }
        }
    }

    /// A sequence whose `- ` entries stand at the column of the mapping key they belong to.
    private mutating func parseIndentlessSequence() throws(YAMLError) -> YAMLNode {
        let start = try peek().start
        var items: [YAMLNode] = []
        while case .blockEntry = try peek().kind {
            try next()
            if try nextIs(Self.endsBlockEntry) {
                items.append(.empty(at: lastEnd.location))
            } else {
                items.append(try parseNode(block: true, indentlessSequence: false))
            }
        }
        return YAMLNode(content: .sequence(items), tag: nil, anchor: nil, location: start.location)
    }

    private mutating func parseBlockMapping() throws(YAMLError) -> YAMLNode {
        let start = try next().start
        var pairs: [YAMLPair] = []
        while true {
            let token = try peek()
            let key: YAMLNode
            switch token.kind {
            case .key:
                try next()
                key = try blockValue()
            case .value:
                key = .empty(at: token.start.location)
            case .blockEnd:
                try next()
                return YAMLNode(content: .mapping(pairs), tag: nil, anchor: nil, location: start.location)
            default:
                throw error("expected a mapping key or the end of the mapping, found \(token.name)", at: token.start)
            }
            var value = YAMLNode.empty(at: lastEnd.location)
            if case .value = try peek().kind {
                try next()
                value = try blockValue()
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
    }

    // MARK: Flow collections

    private mutating func parseFlowSequence() throws(YAMLError) -> YAMLNode {
        let start = try next().start
        var items: [YAMLNode] = []
        var first = true
        while true {
            var token = try peek()
            if case .flowSequenceEnd = token.kind { break }
            if !first {
                guard case .flowEntry = token.kind else {
                    if case .value = token.kind {
                        throw error("an implicit key inside a flow sequence must be on one line", at: token.start)
                    }
                    throw error("expected ',' or ']' in the flow sequence, found \(token.name)", at: token.start)
                }
                try next()
                token = try peek()
                if case .flowSequenceEnd = token.kind { break }
            }
            first = false
            switch token.kind {
            case .key:
                try next()
                let key = try flowValue(orKey: true)
                items.append(try singlePair(key: key, at: token.start))
            case .value:
                items.append(try singlePair(key: .empty(at: token.start.location), at: token.start))
            default:
                items.append(try parseNode(block: false, indentlessSequence: false))
            }
        }
        try next()
        return YAMLNode(content: .sequence(items), tag: nil, anchor: nil, location: start.location)
    }

    /// A `key: value` entry of a flow sequence: a mapping of one pair.
    private mutating func singlePair(key: YAMLNode, at start: YAMLMark) throws(YAMLError) -> YAMLNode {
        var value = YAMLNode.empty(at: lastEnd.location)
        if case .value = try peek().kind {
            try next()
            value = try flowValue(orKey: false)
        }
        return YAMLNode(content: .mapping([YAMLPair(key: key, value: value)]), tag: nil, anchor: nil, location: start.location)
    }

    private mutating func parseFlowMapping() throws(YAMLError) -> YAMLNode {
        let start = try next().start
        var pairs: [YAMLPair] = []
        var first = true
        while true {
            var token = try peek()
            if case .flowMappingEnd = token.kind { break }
            if !first {
                guard case .flowEntry = token.kind else {
                    throw error("expected ',' or '}' in the flow mapping, found \(token.name)", at: token.start)
                }
                try next()
                token = try peek()
                if case .flowMappingEnd = token.kind { break }
            }
            first = false
            let key: YAMLNode
            switch token.kind {
            case .key:
                try next()
                key = try flowValue(orKey: true)
            case .value:
                key = .empty(at: token.start.location)
            default:
                key = try parseNode(block: false, indentlessSequence: false)
            }
            var value = YAMLNode.empty(at: lastEnd.location)
            if case .value = try peek().kind {
                try next()
                value = try flowValue(orKey: false)
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
        try next()
        return YAMLNode(content: .mapping(pairs), tag: nil, anchor: nil, location: start.location)
    }
}
