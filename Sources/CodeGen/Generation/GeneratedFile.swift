/// One file of generated output: a path relative to the output directory, and its text.
public struct GeneratedFile: Sendable, Hashable {
    /// Such as `Acme/Acme+Client.swift`; always `/`-separated.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
