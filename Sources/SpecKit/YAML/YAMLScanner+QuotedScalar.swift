/// Single- and double-quoted scalars: line folding, `''` in single quotes and every
/// YAML 1.2 escape in double quotes.
extension YAMLScanner {
    mutating func fetchQuotedScalar(double: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward()
        var text: [Unicode.Scalar] = []
        let quote: Unicode.Scalar = double ? "\"" : "'"
        while true {
            let c = peek()
            if c == "\0" { throw error("this quoted scalar is not closed", at: start) }
            if c == quote {
                if !double && peek(1) == "'" {
                    text.append("'")
                    forward(2)
                    continue
                }
                forward()
                break
            }
            if double && c == "\\" {
                try scanEscape(into: &text)
                continue
            }
            if YAMLCharacters.isBlank(c) || c == "\n" {
                try scanQuotedSpaces(into: &text, start: start)
                continue
            }
            text.append(c)
            forward()
        }
        append(.scalar(YAMLCharacters.string(text), double ? .doubleQuoted : .singleQuoted), from: start)
        lastTokenWasJSONLike = true
    }

    /// Whitespace inside quotes: kept within a line, folded across lines.
    private mutating func scanQuotedSpaces(into text: inout [Unicode.Scalar], start: YAMLMark) throws(YAMLError) {
        let first = index
        while YAMLCharacters.isBlank(peek()) { forward() }
        guard peek() == "\n" else {
            text.append(contentsOf: chars[first..<index])
            return
        }
        forward()
        let breaks = try scanQuotedLineBreaks(start: start)
        if breaks == 0 {
            text.append(" ")
        } else {
            text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: breaks))
        }
    }

    /// Skips the empty lines and the indentation after a line break inside quotes and
    /// returns the number of empty lines. A continuation line is indented past the block
    /// around the scalar, and no document marker may start one.
    private mutating func scanQuotedLineBreaks(start: YAMLMark) throws(YAMLError) -> Int {
        var breaks = 0
        while true {
            if atDocumentMarker { throw error("a document marker cannot stand inside a quoted scalar") }
            var spaces = 0
            while peek() == " " {
                forward()
                spaces += 1
            }
            while YAMLCharacters.isBlank(peek()) { forward() }
            if peek() == "\n" {
                forward()
                breaks += 1
                continue
            }
            if peek() == "\0" { throw error("this quoted scalar is not closed", at: start) }
            if spaces <= indent {
                throw error("the lines of a quoted scalar must be indented more than the block around it")
            }
            return breaks
        }
    }

    /// A `\` escape in a double-quoted scalar, including an escaped line break.
    private mutating func scanEscape(into text: inout [Unicode.Scalar]) throws(YAMLError) {
        let start = mark
        forward()
        let c = peek()
        let simple: Unicode.Scalar?
        switch c {
        case "0": simple = "\0"
        case "a": simple = "\u{07}"
        case "b": simple = "\u{08}"
        case "t", "\t": simple = "\t"
        case "n": simple = "\n"
        case "v": simple = "\u{0B}"
        case "f": simple = "\u{0C}"
        case "r": simple = "\r"
        case "e": simple = "\u{1B}"
        case " ": simple = " "
        case "\"": simple = "\""
        case "/": simple = "/"
        case "\\": simple = "\\"
        case "N": simple = "\u{85}"
        case "_": simple = "\u{A0}"
        case "L": simple = "\u{2028}"
        case "P": simple = "\u{2029}"
        default: simple = nil
        }
        if let simple {
            text.append(simple)
            forward()
            return
        }
        let digits: Int
        switch c {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        case "\n":
            forward()
            let breaks = try scanQuotedLineBreaks(start: start)
            text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: breaks))
            return
        default:
            let shown = c == "\0" ? "the end of the file" : "'\\\(c)'"
            throw error("\(shown) is not a YAML escape", at: start)
        }
        forward()
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = YAMLCharacters.hexValue(peek()) else {
                throw error("the escape '\\\(c)' needs \(digits) hexadecimal digits", at: start)
            }
            value = value &* 16 &+ digit
            forward()
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("the escape '\\\(c)' names no Unicode character", at: start)
        }
        text.append(scalar)
    }
}
