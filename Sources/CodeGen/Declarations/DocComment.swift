/// A `///` doc comment: paragraphs of text, printed one `///` line per source line.
///
/// Text from a spec may break lines in any form: CR LF, a lone CR, LF, NEL, VT, FF, U+2028 or
/// U+2029 (Unicode's mandatory breaks, `Character.isNewline`). Each one starts a new `///`
/// line: Swift ends a `//` comment at CR or LF, so a break left inside a line would turn the
/// rest of the text into code, and editors show the others as breaks too. Other control
/// characters become U+FFFD (Swift warns about NUL in a source file). `*/` and `/*` need
/// nothing: they mean nothing inside a `///` comment.
public struct DocComment: Sendable, Hashable {
    /// The paragraphs; each may hold several lines. Empty paragraphs are dropped.
    public var paragraphs: [String]

    /// A comment of the given paragraphs.
    public init(_ paragraphs: [String]) {
        self.paragraphs = paragraphs
    }

    /// A comment with one paragraph, or nil when `text` is nil or blank.
    public init?(_ text: String?) {
        guard let text, !text.trimmingWhitespace.isEmpty else { return nil }
        self.paragraphs = [text]
    }

    /// The comment lines, without the `///` prefix. Paragraphs are separated by an empty line,
    /// trailing whitespace is removed, and leading and trailing blank lines are dropped.
    public var lines: [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            let paragraphLines = paragraph
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { Self.printable(String($0).trimmingTrailingWhitespace) }
            let trimmed = paragraphLines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed()
            guard !trimmed.isEmpty else { continue }
            if !result.isEmpty { result.append("") }
            result.append(contentsOf: trimmed)
        }
        return result
    }

    /// `line` with every control character but tab replaced by U+FFFD.
    private static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isReplaced) else { return line }
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            result.append(isReplaced(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.properties.generalCategory == .control
    }

    /// This comment followed by `other`'s paragraphs.
    public func appending(_ other: DocComment?) -> DocComment {
        DocComment(paragraphs + (other?.paragraphs ?? []))
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// The text without trailing spaces and tabs.
    var trimmingTrailingWhitespace: String {
        var scalars = Substring(self)
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
