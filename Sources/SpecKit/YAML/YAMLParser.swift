/// Reads the scanner's tokens as events, one at a time, with an explicit stack of states
/// (as libyaml and PyYAML do) so that nesting costs no call stack. This file holds the
/// documents and directives; `YAMLParser+Block` and `YAMLParser+Flow` hold the nodes.
///
/// A directive may only open the stream or follow a `...` line; `%TAG` handles hold for
/// their document only. Collections nested deeper than `maximumDepth` are an error.
struct YAMLParser {
    enum State {
        case streamStart, documentStart, documentContent, documentEnd
        case blockNode, blockNodeOrIndentlessSequence, flowNode
        case blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry
        case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue
        case end
    }

    var scanner: YAMLScanner
    let file: String
    let maximumDepth: Int
    var state = State.streamStart
    var states: [State] = []
    var depth = 0
    /// Where the last token taken ended (empty nodes are placed there).
    var lastEnd = YAMLMark(index: 0, line: 1, column: 0)
    var tagHandles: [String: String] = [:]
    /// The last document ended with `...` (or none came yet): directives may follow.
    var closedExplicitly = true

    init(source: YAMLSource, file: String, maximumDepth: Int) {
        self.scanner = YAMLScanner(source: source, file: file)
        self.file = file
        self.maximumDepth = maximumDepth
    }

    func error(_ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(file: file, location: mark.location, message: message)
    }

    mutating func peek() throws(YAMLError) -> YAMLToken { try scanner.peekToken() }

    mutating func peekKind() throws(YAMLError) -> YAMLToken.Kind { try scanner.peekToken().kind }

    @discardableResult
    mutating func next() throws(YAMLError) -> YAMLToken {
        let token = try scanner.next()
        lastEnd = token.end
        return token
    }

    mutating func popState() {
        state = states.popLast() ?? .end
    }

    /// The next event; `.streamEnd` once the stream is over.
    mutating func nextEvent() throws(YAMLError) -> YAMLEvent {
        switch state {
        case .streamStart:
            try next()
            state = .documentStart
            return try documentStart()
        case .documentStart: return try documentStart()
        case .documentContent: return try documentContent()
        case .documentEnd: return try documentEnd()
        case .blockNode: return try parseNode(block: true, indentlessSequence: false)
        case .blockNodeOrIndentlessSequence: return try parseNode(block: true, indentlessSequence: true)
        case .flowNode: return try parseNode(block: false, indentlessSequence: false)
        case .blockSequenceFirstEntry, .blockSequenceEntry: return try blockSequenceEntry()
        case .indentlessSequenceEntry: return try indentlessSequenceEntry()
        case .blockMappingFirstKey, .blockMappingKey: return try blockMappingKey()
        case .blockMappingValue: return try blockMappingValue()
        case .flowSequenceFirstEntry: return try flowSequenceEntry(first: true)
        case .flowSequenceEntry: return try flowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey: return try flowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue: return try flowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd: return flowSequenceEntryMappingEnd()
        case .flowMappingFirstKey: return try flowMappingKey(first: true)
        case .flowMappingKey: return try flowMappingKey(first: false)
        case .flowMappingValue: return try flowMappingValue()
        case .end: return .streamEnd
        }
    }

    // MARK: Documents

    private mutating func documentStart() throws(YAMLError) -> YAMLEvent {
        while case .documentEnd = try peekKind() {
            try next()
            closedExplicitly = true
        }
        if case .streamEnd = try peekKind() {
            state = .end
            return .streamEnd
        }
        tagHandles = [:]
        let sawDirective = try readDirectives()
        let token = try peek()
        states.append(.documentEnd)
        if case .documentStart = token.kind {
            try next()
            state = .documentContent
        } else {
            if sawDirective { throw error("expected '---' after the directives, found \(token.name)", at: token.start) }
            state = .blockNode
        }
        return .documentStart
    }

    /// The directives before a document; true when there was one.
    private mutating func readDirectives() throws(YAMLError) -> Bool {
        var sawVersion = false
        var sawDirective = false
        while true {
            let token = try peek()
            switch token.kind {
            case .versionDirective(let major, _):
                try checkDirectivePlace(token)
                guard !sawVersion else { throw error("a document has one %YAML directive", at: token.start) }
                guard major == 1 else { throw error("YAML \(major).x is not supported; this reader reads YAML 1.2", at: token.start) }
                sawVersion = true
            case .tagDirective(let handle, let prefix):
                try checkDirectivePlace(token)
                guard tagHandles[handle] == nil else { throw error("the tag handle \(handle) is declared twice", at: token.start) }
                tagHandles[handle] = prefix
            case .reservedDirective:
                try checkDirectivePlace(token)
            default:
                return sawDirective
            }
            sawDirective = true
            try next()
        }
    }

    private func checkDirectivePlace(_ token: YAMLToken) throws(YAMLError) {
        guard closedExplicitly else {
            throw error("a directive must open the stream or follow a '...' line", at: token.start)
        }
    }

    /// After `---`: the root node, or an empty one when the document is empty.
    private mutating func documentContent() throws(YAMLError) -> YAMLEvent {
        switch try peekKind() {
        case .versionDirective, .tagDirective, .reservedDirective, .documentStart, .documentEnd, .streamEnd:
            popState()
            return .scalar("", .plain, .none, at: lastEnd.location)
        default:
            return try parseNode(block: true, indentlessSequence: false)
        }
    }

    /// After the root node only a document marker, a directive or the end may come.
    private mutating func documentEnd() throws(YAMLError) -> YAMLEvent {
        let token = try peek()
        switch token.kind {
        case .documentEnd:
            try next()
            closedExplicitly = true
        case .documentStart, .streamEnd, .versionDirective, .tagDirective, .reservedDirective:
            closedExplicitly = false
        default:
            throw error("unexpected \(token.name) after the document's root node", at: token.start)
        }
        state = .documentStart
        return .documentEnd
    }

    // MARK: Tags

    /// The full name of a tag token, with the document's `%TAG` handles applied.
    func resolveTag(handle: String, suffix: String, at mark: YAMLMark) throws(YAMLError) -> String {
        let decoded = Self.percentDecoded(suffix)
        switch handle {
        case "":
            return decoded
        case "!":
            if suffix.isEmpty { return "!" }
            return (tagHandles["!"] ?? "!") + decoded
        case "!!":
            return (tagHandles["!!"] ?? "tag:yaml.org,2002:") + decoded
        default:
            guard let prefix = tagHandles[handle] else {
                throw error("the tag handle \(handle) is not declared by a %TAG directive of this document", at: mark)
            }
            return prefix + decoded
        }
    }

    /// `%XX` escapes decoded as UTF-8 (kept as written when they are not valid UTF-8).
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let scalars = Array(text.unicodeScalars)
        var bytes: [UInt8] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count,
               let high = YAMLCharacters.hexValue(scalars[index + 1]),
               let low = YAMLCharacters.hexValue(scalars[index + 2]) {
                bytes.append(UInt8(high * 16 + low))
                index += 3
            } else {
                UTF8.encode(scalars[index]) { bytes.append($0) }
                index += 1
            }
        }
        return UTF8Text.decode(bytes) ?? text
    }
}
