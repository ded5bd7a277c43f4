/// Reads the scanner's tokens into one `YAMLNode` per document: directives, document
/// markers, and (in `YAMLParser+Collections`) nodes and their properties.
///
/// A directive may only open the stream or follow a `...` line; `%TAG` handles hold for
/// their document only. Nesting deeper than `maximumDepth` is an error.
struct YAMLParser {
    var scanner: YAMLScanner
    let file: String
    let maximumDepth: Int
    var depth = 0
    /// Where the last token taken ended (empty nodes are placed there).
    var lastEnd = YAMLMark(index: 0, line: 1, column: 0)
    var tagHandles: [String: String] = [:]

    init(source: YAMLSource, file: String, maximumDepth: Int) {
        self.scanner = YAMLScanner(source: source, file: file)
        self.file = file
        self.maximumDepth = maximumDepth
    }

    func error(_ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(file: file, location: mark.location, message: message)
    }

    mutating func peek() throws(YAMLError) -> YAMLToken { try scanner.peekToken() }

    @discardableResult
    mutating func next() throws(YAMLError) -> YAMLToken {
        let token = try scanner.next()
        lastEnd = token.end
        return token
    }

    /// Every document of the stream.
    mutating func parseStream() throws(YAMLError) -> [YAMLNode] {
        try next()
        var documents: [YAMLNode] = []
        var closedExplicitly = true
        while true {
            let token = try peek()
            switch token.kind {
            case .streamEnd:
                return documents
            case .documentEnd:
                try next()
                closedExplicitly = true
                continue
            default:
                break
            }
            documents.append(try parseDocument(directivesAllowed: closedExplicitly))
            if case .documentEnd = try peek().kind {
                try next()
                closedExplicitly = true
            } else {
                closedExplicitly = false
            }
        }
    }

    private mutating func parseDocument(directivesAllowed: Bool) throws(YAMLError) -> YAMLNode {
        tagHandles = [:]
        var sawVersion = false
        var sawDirective = false
        while true {
            let token = try peek()
            switch token.kind {
            case .versionDirective(let major, _):
                guard directivesAllowed else { throw directiveError(at: token.start) }
                guard !sawVersion else { throw error("a document has one %YAML directive", at: token.start) }
                guard major == 1 else { throw error("YAML \(major).x is not supported; this reader reads YAML 1.2", at: token.start) }
                sawVersion = true
            case .tagDirective(let handle, let prefix):
                guard directivesAllowed else { throw directiveError(at: token.start) }
                guard tagHandles[handle] == nil else { throw error("the tag handle \(handle) is declared twice", at: token.start) }
                tagHandles[handle] = prefix
            case .reservedDirective:
                guard directivesAllowed else { throw directiveError(at: token.start) }
            default:
                return try parseDocumentBody(afterDirectives: sawDirective)
            }
            sawDirective = true
            try next()
        }
    }

    private func directiveError(at mark: YAMLMark) -> YAMLError {
        error("a directive must open the stream or follow a '...' line", at: mark)
    }

    private mutating func parseDocumentBody(afterDirectives: Bool) throws(YAMLError) -> YAMLNode {
        let token = try peek()
        if case .documentStart = token.kind {
            try next()
            switch try peek().kind {
            case .versionDirective, .tagDirective, .reservedDirective, .documentStart, .documentEnd, .streamEnd:
                return .empty(at: token.start.location)
            default:
                break
            }
        } else if afterDirectives {
            throw error("expected '---' after the directives, found \(token.name)", at: token.start)
        }
        let root = try parseNode(block: true, indentlessSequence: false)
        let after = try peek()
        switch after.kind {
        case .documentStart, .documentEnd, .streamEnd, .versionDirective, .tagDirective, .reservedDirective:
            return root
        default:
            throw error("unexpected \(after.name) after the document's root node", at: after.start)
        }
    }

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
        var bytes: [UInt8] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.first {
            if c == "%", scalars.count >= 3,
               let high = YAMLCharacters.hexValue(scalars[scalars.startIndex + 1]),
               let low = YAMLCharacters.hexValue(scalars[scalars.startIndex + 2]) {
                bytes.append(UInt8(high * 16 + low))
                scalars = scalars.dropFirst(3)
            } else {
                bytes.append(contentsOf: Array(String(c).utf8))
                scalars = scalars.dropFirst()
            }
        }
        return UTF8Text.decode(bytes) ?? text
    }
}
