/// Plain (unquoted) scalars: they end at `: `, ` #`, a flow indicator inside a flow
/// collection, a document marker, or a line indented no deeper than their block.
extension YAMLScanner {
    mutating func fetchPlainScalar() throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        var text: [Unicode.Scalar] = []
        let minimumIndent = indent + 1
        var pending: [Unicode.Scalar] = []
        var end = start
        while true {
            if peek() == "#" { break }
            var length = 0
            while true {
                let c = peek(length)
                if YAMLCharacters.isBlankOrEnd(c) { break }
                if c == ":" {
                    let next = peek(length + 1)
                    if YAMLCharacters.isBlankOrEnd(next) || (flowLevel > 0 && YAMLCharacters.isFlowIndicator(next)) { break }
                }
                if flowLevel > 0 && YAMLCharacters.isFlowIndicator(c) { break }
                length += 1
            }
            if length == 0 { break }
            allowSimpleKey = false
            text.append(contentsOf: pending)
            text.append(contentsOf: chars[index..<(index + length)])
            forward(length)
            end = mark
            guard let spaces = scanPlainSpaces() else { break }
            pending = spaces.whitespace
            if pending.isEmpty || peek() == "#" { break }
            if let lineIndent = spaces.lineIndent {
                if flowLevel == 0 && lineIndent < minimumIndent { break }
                if flowLevel > 0 && lineIndent <= indent { break }
            }
        }
        tokens.append(YAMLToken(kind: .scalar(YAMLCharacters.string(text), .plain), start: start, end: end))
        lastTokenEnd = end.index
        lastTokenWasJSONLike = false
    }

    /// The whitespace after a run of plain text: what it folds to and, when it crossed a
    /// line break, the spaces that indent the new line. Nil at a document marker.
    private mutating func scanPlainSpaces() -> (whitespace: [Unicode.Scalar], lineIndent: Int?)? {
        let first = index
        while YAMLCharacters.isBlank(peek()) { forward() }
        guard peek() == "\n" else { return (Array(chars[first..<index]), nil) }
        forward()
        allowSimpleKey = true
        var breaks = 0
        while true {
            if atDocumentMarker { return nil }
            var spaces = 0
            while peek() == " " {
                forward()
                spaces += 1
            }
            while YAMLCharacters.isBlank(peek()) { forward() }
            guard peek() == "\n" else {
                let folded: [Unicode.Scalar] = breaks == 0 ? [" "] : Array(repeating: "\n", count: breaks)
                return (folded, spaces)
            }
            forward()
            breaks += 1
        }
    }
}
