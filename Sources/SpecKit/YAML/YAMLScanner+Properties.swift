/// Anchors, aliases and tags (node properties), and the `%YAML`/`%TAG` directives.
extension YAMLScanner {
    /// `&name` or `*name`; the name runs to whitespace or a flow indicator.
    mutating func fetchAnchor(alias: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        let firstOnLine = linePrefix().firstOnLine
        forward()
        var name: [Unicode.Scalar] = []
        while !YAMLCharacters.isBlankOrEnd(peek()) && !YAMLCharacters.isFlowIndicator(peek()) {
            name.append(peek())
            forward()
        }
        guard !name.isEmpty else {
            throw error(alias ? "an alias ('*') needs a name" : "an anchor ('&') needs a name", at: start)
        }
        append(alias ? .alias(YAMLCharacters.string(name)) : .anchor(YAMLCharacters.string(name)), from: start)
        if !alias { noteProperty(at: start, firstOnLine: firstOnLine) }
    }

    /// `!<uri>`, `!`, `!suffix`, `!!suffix` or `!handle!suffix`.
    mutating func fetchTag() throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        let firstOnLine = linePrefix().firstOnLine
        let handle: String
        let suffix: String
        if peek(1) == "<" {
            forward(2)
            suffix = try scanURI(verbatim: true, what: "a verbatim tag")
            guard peek() == ">" else { throw error("a verbatim tag needs a closing '>'") }
            guard !suffix.isEmpty else { throw error("a verbatim tag cannot be empty", at: start) }
            forward()
            handle = ""
        } else {
            var length = 1
            while !YAMLCharacters.isBlankOrEnd(peek(length)) && peek(length) != "!"
                && !(flowLevel > 0 && YAMLCharacters.isFlowIndicator(peek(length))) {
                length += 1
            }
            if peek(length) == "!" {
                handle = try scanTagHandle()
            } else {
                handle = "!"
                forward()
            }
            suffix = try scanURI(verbatim: false, what: "a tag")
            if handle != "!" && suffix.isEmpty { throw error("the tag \(handle) needs a suffix", at: start) }
        }
        let after = peek()
        guard YAMLCharacters.isBlankOrEnd(after) || (flowLevel > 0 && YAMLCharacters.isFlowIndicator(after)) else {
            throw error("a tag must be followed by whitespace; '\(after)' cannot be part of a tag")
        }
        append(.tag(handle: handle, suffix: suffix), from: start)
        noteProperty(at: start, firstOnLine: firstOnLine)
    }

    /// `!`, `!!` or `!name!`.
    mutating func scanTagHandle() throws(YAMLError) -> String {
        let start = mark
        var handle = "!"
        forward()
        let first = index
        while YAMLCharacters.isWordCharacter(peek()) { forward() }
        handle += YAMLCharacters.string(Array(chars[first..<index]))
        guard peek() == "!" else {
            if handle == "!" { return handle }
            throw error("a tag handle is '!', '!!' or '!name!' with letters, digits and '-'", at: start)
        }
        handle += "!"
        forward()
        return handle
    }

    /// URI characters and `%XX` escapes, kept as written.
    mutating func scanURI(verbatim: Bool, what: String) throws(YAMLError) -> String {
        var text: [Unicode.Scalar] = []
        while true {
            let c = peek()
            if c == "%" {
                guard YAMLCharacters.hexValue(peek(1)) != nil, YAMLCharacters.hexValue(peek(2)) != nil else {
                    throw error("'%' in \(what) must start an escape like %21")
                }
                text.append(contentsOf: [c, peek(1), peek(2)])
                forward(3)
            } else if YAMLCharacters.isURICharacter(c, verbatim: verbatim) {
                text.append(c)
                forward()
            } else {
                return YAMLCharacters.string(text)
            }
        }
    }

    // MARK: Directives

    mutating func fetchDirective() throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward()
        var name: [Unicode.Scalar] = []
        while !YAMLCharacters.isBlankOrEnd(peek()) {
            name.append(peek())
            forward()
        }
        let kind: YAMLToken.Kind
        switch YAMLCharacters.string(name) {
        case "":
            throw error("a directive needs a name after '%'", at: start)
        case "YAML":
            try skipDirectiveSeparator()
            let major = try scanVersionNumber()
            guard peek() == "." else { throw error("a %YAML directive needs a version like 1.2") }
            forward()
            let minor = try scanVersionNumber()
            kind = .versionDirective(major: major, minor: minor)
        case "TAG":
            try skipDirectiveSeparator()
            let handle = try scanTagHandle()
            try skipDirectiveSeparator()
            guard peek() == "!" || YAMLCharacters.isURICharacter(peek(), verbatim: false) || peek() == "%" else {
                throw error("a %TAG directive needs a prefix after its handle")
            }
            var prefix = ""
            if peek() == "!" {
                prefix = "!"
                forward()
            }
            prefix += try scanURI(verbatim: true, what: "a tag prefix")
            kind = .tagDirective(handle: handle, prefix: prefix)
        default:
            while !YAMLCharacters.isBreakOrEnd(peek()) { forward() }
            kind = .reservedDirective(YAMLCharacters.string(name))
        }
        while YAMLCharacters.isBlank(peek()) { forward() }
        if peek() == "#" {
            guard YAMLCharacters.isBlank(chars[index - 1]) else { throw error("a comment needs whitespace before '#'") }
            while !YAMLCharacters.isBreakOrEnd(peek()) { forward() }
        }
        guard YAMLCharacters.isBreakOrEnd(peek()) else {
            throw error("unexpected text after the %\(YAMLCharacters.string(name)) directive")
        }
        append(kind, from: start)
    }

    private mutating func skipDirectiveSeparator() throws(YAMLError) {
        guard YAMLCharacters.isBlank(peek()) else { throw error("expected whitespace in the directive") }
        while YAMLCharacters.isBlank(peek()) { forward() }
    }

    private mutating func scanVersionNumber() throws(YAMLError) -> Int {
        var value = 0
        var digits = 0
        while case let c = peek(), c >= "0" && c <= "9" {
            guard digits < 9 else { throw error("the YAML version number is too long") }
            value = value * 10 + Int(c.value - 0x30)
            digits += 1
            forward()
        }
        guard digits > 0 else { throw error("a %YAML directive needs a version like 1.2") }
        return value
    }
}
