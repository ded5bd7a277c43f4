/// YAML's character classes, as the scanner asks about them. `"\0"` stands for the end of
/// the input (the source never holds a NUL: it is not printable).
enum YAMLCharacters {
    /// A space or a tab.
    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    /// A space, a tab, a line break or the end of the input.
    static func isBlankOrEnd(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\0" }

    /// A line break or the end of the input.
    static func isBreakOrEnd(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\0" }

    /// `,`, `[`, `]`, `{` or `}`.
    static func isFlowIndicator(_ c: Unicode.Scalar) -> Bool {
        c == "," || c == "[" || c == "]" || c == "{" || c == "}"
    }

    /// The indicators that cannot start a plain scalar (`-`, `?` and `:` sometimes can).
    static func isIndicator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`": return true
        default: return false
        }
    }

    /// An ASCII letter, digit or `-` (the characters of a tag handle's name).
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "0"..."9", "a"..."z", "A"..."Z", "-": return true
        default: return false
        }
    }

    /// A character of a URI (not counting `%` escapes, checked separately).
    static func isURICharacter(_ c: Unicode.Scalar, verbatim: Bool) -> Bool {
        if isWordCharacter(c) { return true }
        switch c {
        case "#", ";", "/", "?", ":", "@", "&", "=", "+", "$", "_", ".", "~", "*", "'", "(", ")": return true
        case "!", ",", "[", "]": return verbatim
        default: return false
        }
    }

    /// The value of a hexadecimal digit.
    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 0x30
        case "a"..."f": return c.value - 0x61 + 10
        case "A"..."F": return c.value - 0x41 + 10
        default: return nil
        }
    }

    /// The string of `scalars`, built in one pass (appending to a string piece by piece
    /// through its scalar view copies it each time).
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
