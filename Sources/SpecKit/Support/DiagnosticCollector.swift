/// Collects the diagnostics of one file so that reading can go on after a problem.
struct DiagnosticCollector: Sendable {
    /// The file, as the user named it.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems that do not stop generation: something skipped, with what the user loses, or
    /// something invalid but harmless. `--strict` makes them errors.
    private(set) var warnings: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Records an error at `location` for the value at `pointer`.
    mutating func error(_ message: String, at location: SourceLocation?, pointer: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: file, location: location, pointer: pointer, message: message, hint: hint))
    }

    /// Records an error about `node`, the value at `pointer`.
    mutating func error(_ message: String, node: JSONNode, pointer: String, hint: String? = nil) {
        error(message, at: node.location, pointer: pointer, hint: hint)
    }

    /// Records a warning about `node`, the value at `pointer`.
    mutating func warning(_ message: String, node: JSONNode, pointer: String, hint: String? = nil) {
        warning(message, at: node.location, pointer: pointer, hint: hint)
    }

    /// Records a warning at `location` for the value at `pointer`.
    mutating func warning(_ message: String, at location: SourceLocation?, pointer: String, hint: String? = nil) {
        warnings.append(Diagnostic(severity: .warning, file: file, location: location, pointer: pointer, message: message, hint: hint))
    }

    /// Adds diagnostics found elsewhere.
    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// True when nothing was recorded.
    var isEmpty: Bool { diagnostics.isEmpty }
}
