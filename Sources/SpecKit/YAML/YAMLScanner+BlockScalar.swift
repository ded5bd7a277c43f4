/// Literal (`|`) and folded (`>`) block scalars with their chomping (`-`, `+`) and
/// indentation (`1`–`9`) indicators.
extension YAMLScanner {
    private enum Chomping { case strip, clip, keep }

    mutating func fetchBlockScalar(folded: Bool) throws(YAMLError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        let start = mark
        forward()
        var chomping = Chomping.clip
        var increment: Int?
        for _ in 0..<2 {
            let c = peek()
            if (c == "+" || c == "-") {
                guard chomping == .clip else { throw error("a block scalar has one chomping indicator") }
                chomping = c == "+" ? .keep : .strip
                forward()
            } else if c >= "0" && c <= "9" {
                guard increment == nil, c != "0" else { throw error("a block scalar's indentation indicator is one digit from 1 to 9") }
                increment = Int(c.value - 0x30)
                forward()
            }
        }
        let headerEnd = index
        while YAMLCharacters.isBlank(peek()) { forward() }
        if peek() == "#" {
            guard index > headerEnd else { throw error("a comment needs whitespace before '#'") }
            while !YAMLCharacters.isBreakOrEnd(peek()) { forward() }
        }
        guard YAMLCharacters.isBreakOrEnd(peek()) else {
            throw error("only a comment may follow a block scalar's indicators on their line")
        }
        forward()
        let blockIndent: Int
        if let increment {
            blockIndent = max(indent, 0) + increment
        } else {
            blockIndent = try detectIndentation(minimum: indent + 1)
        }
        let text = try scanBlockLines(indent: blockIndent, folded: folded, chomping: chomping)
        tokens.append(YAMLToken(kind: .scalar(text, folded ? .folded : .literal), start: start, end: mark))
        lastTokenEnd = index
        lastTokenWasJSONLike = false
    }

    /// The spaces of the first non-empty line, when it belongs to the scalar; leading empty
    /// lines may not have more. Without such a line, the longest empty line's.
    private func detectIndentation(minimum: Int) throws(YAMLError) -> Int {
        var position = index
        var lineNumber = line
        var longestEmpty = 0
        var longestEmptyLine = line
        while position < chars.count {
            var spaces = 0
            while position + spaces < chars.count && chars[position + spaces] == " " { spaces += 1 }
            let after = position + spaces
            if after >= chars.count || chars[after] == "\n" {
                if spaces > longestEmpty {
                    longestEmpty = spaces
                    longestEmptyLine = lineNumber
                }
                position = after + 1
                lineNumber += 1
                continue
            }
            if spaces == 0 && isDocumentMarker(at: position) { break }
            guard spaces >= minimum else { break }
            if longestEmpty > spaces {
                throw YAMLError(file: file, location: SourceLocation(line: longestEmptyLine, column: 1),
                                message: "a leading empty line of a block scalar has more spaces than its first line")
            }
            return spaces
        }
        return max(minimum, longestEmpty)
    }

    private func isDocumentMarker(at position: Int) -> Bool {
        guard position + 2 < chars.count else { return false }
        let first = chars[position]
        guard first == "-" || first == ".", chars[position + 1] == first, chars[position + 2] == first else { return false }
        return position + 3 == chars.count || YAMLCharacters.isBlankOrEnd(chars[position + 3])
    }

    /// The content lines, folded or kept, then chomped.
    private mutating func scanBlockLines(indent blockIndent: Int, folded: Bool, chomping: Chomping) throws(YAMLError) -> String {
        var text: [Unicode.Scalar] = []
        var emptyLines = 0
        var sawContent = false
        var previousSpaced = false
        while true {
            let lineStart = index
            var spaces = 0
            while spaces < blockIndent && peek() == " " {
                forward()
                spaces += 1
            }
            if column == 0 && atDocumentMarker { break }
            let c = peek()
            if c == "\0" {
                // A last line without its line break still ends as a line (as libyaml reads it).
                if index > lineStart { emptyLines += 1 }
                break
            }
            if c == "\n" {
                forward()
                emptyLines += 1
                continue
            }
            if spaces < blockIndent {
                if c == "\t" { throw error("tabs cannot be used for indentation; use spaces") }
                break
            }
            let spaced = YAMLCharacters.isBlank(c)
            if sawContent {
                let breaks = emptyLines + 1
                if folded && !spaced && !previousSpaced {
                    if breaks == 1 {
                        text.append(" ")
                    } else {
                        text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: breaks - 1))
                    }
                } else {
                    text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: breaks))
                }
            } else {
                text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: emptyLines))
            }
            emptyLines = 0
            sawContent = true
            previousSpaced = spaced
            let first = index
            while !YAMLCharacters.isBreakOrEnd(peek()) { forward() }
            text.append(contentsOf: chars[first..<index])
            if peek() == "\n" { forward() } else { break }
        }
        switch chomping {
        case .strip:
            break
        case .clip:
            if sawContent { text.append("\n") }
        case .keep:
            if sawContent { text.append("\n") }
            text.append(contentsOf: repeatElement("\n" as Unicode.Scalar, count: emptyLines))
        }
        return YAMLCharacters.string(text)
    }
}
