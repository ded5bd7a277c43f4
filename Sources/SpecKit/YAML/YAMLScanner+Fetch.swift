/// Choosing the next token from the character that starts it, and the rules about where a
/// token may stand on its line.
extension YAMLScanner {
    mutating func fetchMoreTokens() throws(YAMLError) {
        if !streamStarted {
            streamStarted = true
            append(.streamStart, from: mark)
            return
        }
        try scanToNextToken()
        try staleSimpleKeys()
        unwindIndent(column)
        let c = peek()
        if c == "\0" {
            try fetchStreamEnd()
            return
        }
        try checkLinePosition()
        if column == 0 && c == "%" && flowLevel == 0 {
            try fetchDirective()
            return
        }
        if atDocumentMarker {
            try fetchDocumentIndicator(start: c == "-")
            return
        }
        let next = peek(1)
        switch c {
        case "[": try fetchFlowCollectionStart(.flowSequenceStart)
        case "{": try fetchFlowCollectionStart(.flowMappingStart)
        case "]": try fetchFlowCollectionEnd(.flowSequenceEnd)
        case "}": try fetchFlowCollectionEnd(.flowMappingEnd)
        case ",": try fetchFlowEntry()
        case "-" where YAMLCharacters.isBlankOrEnd(next): try fetchBlockEntry()
        case "?" where YAMLCharacters.isBlankOrEnd(next) || (flowLevel > 0 && YAMLCharacters.isFlowIndicator(next)):
            try fetchKey()
        case ":" where YAMLCharacters.isBlankOrEnd(next) || (flowLevel > 0 && (YAMLCharacters.isFlowIndicator(next) || lastTokenWasJSONLike)):
            try fetchValue()
        case "*": try fetchAnchor(alias: true)
        case "&": try fetchAnchor(alias: false)
        case "!": try fetchTag()
        case "|" where flowLevel == 0: try fetchBlockScalar(folded: false)
        case ">" where flowLevel == 0: try fetchBlockScalar(folded: true)
        case "'": try fetchQuotedScalar(double: false)
        case "\"": try fetchQuotedScalar(double: true)
        default:
            guard startsPlainScalar else { throw unexpectedCharacter(c) }
            try fetchPlainScalar()
        }
    }

    private func unexpectedCharacter(_ c: Unicode.Scalar) -> YAMLError {
        switch c {
        case "-" where flowLevel > 0: return error("'-' cannot start a node inside a flow collection; quote the text")
        case "@", "`": return error("'\(c)' is reserved and cannot start a plain scalar; quote the text")
        case "\t": return error("a tab cannot start a token here")
        case "|", ">": return error("block scalars ('\(c)') are not allowed inside a flow collection")
        default: return error("unexpected character '\(c)'")
        }
    }

    /// Whether a plain scalar starts here.
    var startsPlainScalar: Bool {
        let c = peek()
        if YAMLCharacters.isBlankOrEnd(c) { return false }
        if c == "-" || c == "?" || c == ":" {
            let next = peek(1)
            return !YAMLCharacters.isBlankOrEnd(next) && !(flowLevel > 0 && YAMLCharacters.isFlowIndicator(next))
        }
        return !YAMLCharacters.isIndicator(c)
    }

    /// Skips whitespace, comments and line breaks. A comment needs whitespace before `#`.
    mutating func scanToNextToken() throws(YAMLError) {
        while true {
            while YAMLCharacters.isBlank(peek()) { forward() }
            if peek() == "#" {
                if index > 0 && !YAMLCharacters.isBlankOrEnd(chars[index - 1]) {
                    throw error("a comment needs whitespace before '#'")
                }
                while !YAMLCharacters.isBreakOrEnd(peek()) { forward() }
            }
            guard peek() == "\n" else { return }
            forward()
            if flowLevel == 0 { allowSimpleKey = true }
        }
    }

    /// The rules about the whitespace before a token: tabs do not indent, the lines of a
    /// flow collection are indented past its block, and a node property standing first on
    /// its line at the block indentation has its node on the same line.
    private mutating func checkLinePosition() throws(YAMLError) {
        if let propertyLine = shallowPropertyLine, propertyLine != line {
            throw error("this node's properties must be indented more than its parent, or be on the node's line")
        }
        shallowPropertyLine = nil
        let prefix = linePrefix()
        guard prefix.firstOnLine else { return }
        if flowLevel == 0 {
            if prefix.hasTab && prefix.leadingSpaces <= indent {
                throw error("tabs cannot be used for indentation; use spaces")
            }
        } else if prefix.leadingSpaces <= indent {
            throw error("the lines of a flow collection must be indented more than the block around it")
        }
    }

    /// Notes a node property that stands first on its line no deeper than the block.
    mutating func noteProperty(at start: YAMLMark, firstOnLine: Bool) {
        if flowLevel == 0 && firstOnLine && start.column <= indent {
            shallowPropertyLine = start.line
        }
    }
}
