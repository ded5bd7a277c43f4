/// A `///` doc comment: paragraphs of text, printed one `///` line per source line.
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
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0).trimmingTrailingWhitespace.replacing("\r", with: "") }
            let trimmed = paragraphLines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed()
            guard !trimmed.isEmpty else { continue }
            if !result.isEmpty { result.append("") }
            result.append(contentsOf: trimmed)
        }
        return result
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
