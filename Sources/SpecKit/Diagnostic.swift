/// One problem found in a spec, in the form compilers use:
/// `path/file.json:LINE:COL: error: what is wrong [#/json/pointer]`, then an optional hint line.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// The file, as the user named it.
    public var file: String
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// The JSON pointer of the offending value inside the document (`""` for the root).
    public var pointer: String
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    public init(
        severity: Severity = .error,
        file: String,
        location: SourceLocation?,
        pointer: String,
        message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.location = location
        self.pointer = pointer
        self.message = message
        self.hint = hint
    }

    /// The one-line form, plus a `note:` line when there is a hint.
    public var description: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": \(severity.rawValue): \(message) [#\(pointer)]"
        if let hint { text += "\n\(file)\(location.map { ":\($0.line):\($0.column)" } ?? ""): note: \(hint)" }
        return text
    }
}

/// Several diagnostics thrown together, sorted by file and position.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { lhs, rhs in
            if lhs.file != rhs.file { return lhs.file < rhs.file }
            return (lhs.location ?? SourceLocation(line: 0, column: 0)) < (rhs.location ?? SourceLocation(line: 0, column: 0))
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
