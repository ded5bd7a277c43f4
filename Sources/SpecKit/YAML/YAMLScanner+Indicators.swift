/// The tokens of YAML's indicators: the end of the stream, document markers, flow
/// punctuation and the block indicators `-`, `?` and `:`.
extension YAMLScanner {
    mutating func fetchStreamEnd() throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        simpleKeys = simpleKeys.map { _ in nil }
        append(.streamEnd, from: mark)
        done = true
    }

    /// `---` or `...`; only a comment may follow `...` on its line.
    mutating func fetchDocumentIndicator(start isStart: Bool) throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward(3)
        append(isStart ? .documentStart : .documentEnd, from: start)
        if !isStart {
            while YAMLCharacters.isBlank(peek()) { forward() }
            if !YAMLCharacters.isBreakOrEnd(peek()) && peek() != "#" {
                throw error("only a comment may follow '...' on its line")
            }
        }
    }

    mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try savePossibleSimpleKey()
        flowLevel += 1
        simpleKeys.append(nil)
        allowSimpleKey = true
        let start = mark
        forward()
        append(kind, from: start)
    }

    mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try removePossibleSimpleKey()
        if flowLevel > 0 {
            flowLevel -= 1
            simpleKeys.removeLast()
        }
        allowSimpleKey = false
        let start = mark
        forward()
        append(kind, from: start)
        lastTokenWasJSONLike = true
    }

    mutating func fetchFlowEntry() throws(YAMLError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        let start = mark
        forward()
        append(.flowEntry, from: start)
    }

    /// `-` followed by whitespace: an entry of a block sequence.
    mutating func fetchBlockEntry() throws(YAMLError) {
        guard flowLevel == 0 else {
            throw error("a block sequence entry ('- ') cannot stand inside a flow collection")
        }
        guard allowSimpleKey else { throw error("a sequence entry ('- ') is not allowed here") }
        if addIndent(column) {
            let reason = blockStart()
            guard reason == .allowed else { throw blockStartError(reason, what: "sequence", at: mark) }
            tokens.append(YAMLToken(kind: .blockSequenceStart, start: mark, end: mark))
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        let start = mark
        forward()
        append(.blockEntry, from: start)
        lastBlockIndicatorEnd = index
    }

    /// `?` followed by whitespace: an explicit mapping key.
    mutating func fetchKey() throws(YAMLError) {
        if flowLevel == 0 {
            guard allowSimpleKey else { throw error("a mapping key ('? ') is not allowed here") }
            if addIndent(column) {
                let reason = blockStart()
                guard reason == .allowed else { throw blockStartError(reason, what: "mapping", at: mark) }
                tokens.append(YAMLToken(kind: .blockMappingStart, start: mark, end: mark))
            }
        }
        allowSimpleKey = flowLevel == 0
        try removePossibleSimpleKey()
        let start = mark
        forward()
        append(.key, from: start)
        if flowLevel == 0 { lastBlockIndicatorEnd = index }
    }

    /// `:`: the value of the implicit key before it on the line, or of an explicit `?` key
    /// (then it stands first on its line), or of an empty key.
    mutating func fetchValue() throws(YAMLError) {
        if let key = simpleKeys[flowLevel] {
            simpleKeys[flowLevel] = nil
            let position = key.tokenNumber - tokensTaken
            tokens.insert(YAMLToken(kind: .key, start: key.mark, end: key.mark), at: position)
            if flowLevel == 0 && addIndent(key.mark.column) {
                guard key.blockStart == .allowed else { throw blockStartError(key.blockStart, what: "mapping", at: key.mark) }
                tokens.insert(YAMLToken(kind: .blockMappingStart, start: key.mark, end: key.mark), at: position)
            }
            allowSimpleKey = false
            let start = mark
            forward()
            append(.value, from: start)
            return
        }
        if flowLevel == 0 {
            let prefix = linePrefix()
            guard allowSimpleKey, prefix.firstOnLine || prefix.whitespaceStart == lastBlockIndicatorEnd else {
                throw error("a mapping value (':') is not allowed here; an implicit key must be on one line, and a plain scalar cannot hold ': '")
            }
            if addIndent(column) {
                let reason = blockStart()
                guard reason == .allowed else { throw blockStartError(reason, what: "mapping", at: mark) }
                tokens.append(YAMLToken(kind: .blockMappingStart, start: mark, end: mark))
            }
        }
        allowSimpleKey = flowLevel == 0
        try removePossibleSimpleKey()
        let start = mark
        forward()
        append(.value, from: start)
        if flowLevel == 0 { lastBlockIndicatorEnd = index }
    }
}
