/// A YAML stream that cannot be read: what is wrong and where, as `file:line:col: error: …`.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as the caller named it.
    public var file: String
    /// Where the problem is; columns count Unicode scalars from 1.
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String

    /// An error at `location` of `file`.
    public init(file: String, location: SourceLocation, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// The compiler-style line: `file:LINE:COL: error: message`.
    public var description: String { "\(file):\(location.line):\(location.column): error: \(message)" }

    /// The same problem as a SpecKit diagnostic of the document root.
    public var diagnostic: Diagnostic {
        Diagnostic(file: file, location: location, pointer: "", message: "invalid YAML: " + message)
    }
}
