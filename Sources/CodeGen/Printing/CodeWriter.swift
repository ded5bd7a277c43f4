/// Collects lines of code at an indentation level: the one indentation mechanism of the printer.
struct CodeWriter {
    /// Four spaces a level.
    static let unit = "    "

    private(set) var lines: [String] = []
    private var level = 0

    /// The current indentation text.
    var indentation: String { String(repeating: Self.unit, count: level) }

    /// Appends `text` at the current indentation; an empty `text` appends an empty line.
    mutating func line(_ text: String) {
        lines.append(text.isEmpty ? "" : indentation + text)
    }

    /// Appends each line of a multi-line `text` at the current indentation.
    mutating func lines(of text: String) {
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line(String(part))
        }
    }

    /// Runs `body` one level deeper.
    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// The text, every line ending with a newline.
    var text: String {
        lines.map { $0 + "\n" }.joined()
    }
}
