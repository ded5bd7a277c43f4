/// Turns YAML text into tokens, the way libyaml and PyYAML do, with the YAML 1.2 rules they
/// leave out: tabs never indent, comments need whitespace before `#`, implicit keys stay on
/// one line, flow content and quoted lines are indented past their block, and a block
/// collection needs a line of its own (or a `-`, `?` or `:` before it on that line).
///
/// Block structure is made explicit with `blockMappingStart`/`blockSequenceStart` and
/// `blockEnd` tokens. A plain or quoted scalar, an alias, a property or a flow collection
/// may turn out to be an implicit key when a `:` follows on its line; the scanner keeps
/// such a "simple key" candidate per flow level and inserts `key` (and perhaps
/// `blockMappingStart`) before it when the `:` comes.
struct YAMLScanner {
    /// A place where a `key` token may have to be inserted.
    struct SimpleKey {
        var tokenNumber: Int
        /// A key at the block indentation must get its `:`; otherwise it is an error.
        var required: Bool
        var mark: YAMLMark
        /// Whether a block mapping may start at this key.
        var blockStart: BlockStart
    }

    /// Whether a block collection may start at a position, and if not, why.
    enum BlockStart {
        case allowed, afterTab, notFirstOnLine
    }

    let chars: [Unicode.Scalar]
    let file: String
    var index = 0
    var line = 1
    var column = 0

    var tokens: [YAMLToken] = []
    var tokensTaken = 0
    var streamStarted = false
    var done = false

    var flowLevel = 0
    var indent = -1
    var indents: [Int] = []
    var allowSimpleKey = true
    var simpleKeys: [SimpleKey?] = [nil]

    /// Where the last token appended (not inserted) ended.
    var lastTokenEnd = 0
    /// Where the last block indicator (`-`, `?`, or `:` without an implicit key) ended.
    var lastBlockIndicatorEnd = -1
    /// The last token was a quoted scalar or the end of a flow collection (a JSON-like node
    /// that a `:` may follow directly inside a flow collection).
    var lastTokenWasJSONLike = false
    /// The line of a node property that stands first on its line at the block indentation:
    /// its node must follow on that line.
    var shallowPropertyLine: Int?

    init(source: YAMLSource, file: String) {
        self.chars = source.scalars
        self.file = file
    }

    // MARK: Reading characters

    func peek(_ offset: Int = 0) -> Unicode.Scalar {
        let position = index + offset
        return position < chars.count ? chars[position] : "\0"
    }

    var mark: YAMLMark { YAMLMark(index: index, line: line, column: column) }

    mutating func forward(_ count: Int = 1) {
        for _ in 0..<count where index < chars.count {
            if chars[index] == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
            index += 1
        }
    }

    func error(_ message: String, at mark: YAMLMark? = nil) -> YAMLError {
        YAMLError(file: file, location: (mark ?? self.mark).location, message: message)
    }

    /// `---` or `...` at the start of a line, followed by whitespace or the end.
    var atDocumentMarker: Bool {
        guard column == 0 else { return false }
        let first = peek()
        guard first == "-" || first == "." else { return false }
        return peek(1) == first && peek(2) == first && YAMLCharacters.isBlankOrEnd(peek(3))
    }

    // MARK: Handing out tokens

    /// The next token, taken from the stream.
    mutating func next() throws(YAMLError) -> YAMLToken {
        try fill()
        tokensTaken += 1
        return tokens.removeFirst()
    }

    /// The next token, left in the stream.
    mutating func peekToken() throws(YAMLError) -> YAMLToken {
        try fill()
        return tokens[0]
    }

    private mutating func fill() throws(YAMLError) {
        while try needsMoreTokens() { try fetchMoreTokens() }
        if tokens.isEmpty {
            // Past the end: keep answering with the end of the stream.
            tokens.append(YAMLToken(kind: .streamEnd, start: mark, end: mark))
        }
    }

    private mutating func needsMoreTokens() throws(YAMLError) -> Bool {
        if done { return false }
        if tokens.isEmpty { return true }
        try staleSimpleKeys()
        return nextPossibleSimpleKey == tokensTaken
    }

    mutating func append(_ kind: YAMLToken.Kind, from start: YAMLMark) {
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
        lastTokenEnd = index
        lastTokenWasJSONLike = false
    }

    // MARK: Indentation

    /// Closes the block collections indented deeper than `column`.
    mutating func unwindIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            tokens.append(YAMLToken(kind: .blockEnd, start: mark, end: mark))
            indent = indents.removeLast()
        }
    }

    /// Opens a block collection at `column` when it is deeper than the current one.
    mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
    }

    // MARK: Simple keys

    private var nextPossibleSimpleKey: Int? {
        simpleKeys.compactMap { $0?.tokenNumber }.min()
    }

    /// Drops the candidates that can no longer be keys: a key ends on its line and within
    /// 1024 characters.
    mutating func staleSimpleKeys() throws(YAMLError) {
        for level in simpleKeys.indices {
            guard let key = simpleKeys[level] else { continue }
            if key.mark.line != line || index - key.mark.index > 1024 {
                if key.required { throw error("could not find the ':' of this implicit key on its line", at: key.mark) }
                simpleKeys[level] = nil
            }
        }
    }

    /// Remembers the token about to be appended as a possible implicit key.
    mutating func savePossibleSimpleKey() throws(YAMLError) {
        let required = flowLevel == 0 && indent == column
        guard allowSimpleKey else { return }
        try removePossibleSimpleKey()
        simpleKeys[flowLevel] = SimpleKey(tokenNumber: tokensTaken + tokens.count, required: required, mark: mark, blockStart: blockStart())
    }

    mutating func removePossibleSimpleKey() throws(YAMLError) {
        if let key = simpleKeys[flowLevel], key.required {
            throw error("could not find the ':' of this implicit key", at: key.mark)
        }
        simpleKeys[flowLevel] = nil
    }

    // MARK: Where a token stands on its line

    /// The whitespace before the current position on its line: whether only whitespace
    /// precedes it, whether that holds a tab, the spaces before the first tab, and where
    /// the whitespace starts.
    func linePrefix() -> (firstOnLine: Bool, hasTab: Bool, leadingSpaces: Int, whitespaceStart: Int) {
        var position = index - 1
        var hasTab = false
        while position >= 0, chars[position] == " " || chars[position] == "\t" {
            if chars[position] == "\t" { hasTab = true }
            position -= 1
        }
        let firstOnLine = position < 0 || chars[position] == "\n"
        var spaces = 0
        if firstOnLine {
            while position + 1 + spaces < index, chars[position + 1 + spaces] == " " { spaces += 1 }
        }
        return (firstOnLine, hasTab, spaces, position + 1)
    }

    /// Whether a block collection may start at the current position: first on its line
    /// after spaces only, or after a block indicator and spaces only.
    func blockStart() -> BlockStart {
        let prefix = linePrefix()
        if prefix.firstOnLine { return prefix.hasTab ? .afterTab : .allowed }
        guard prefix.whitespaceStart == lastBlockIndicatorEnd else { return .notFirstOnLine }
        return prefix.hasTab ? .afterTab : .allowed
    }

    /// The error for a block collection that cannot start where it does.
    func blockStartError(_ reason: BlockStart, what: String, at mark: YAMLMark) -> YAMLError {
        switch reason {
        case .afterTab:
            return error("tabs cannot indent a block \(what); use spaces", at: mark)
        case .allowed, .notFirstOnLine:
            return error("a block \(what) cannot start on this line; start it on a line of its own", at: mark)
        }
    }
}
