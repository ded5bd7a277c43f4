/// Reads YAML 1.2 into `JSONNode` trees that remember the line and column of every value
/// and key, so the rest of SpecKit reads YAML specs exactly as it reads JSON ones.
///
/// The reader takes the YAML 1.2 core schema (see `YAMLScalarResolution`) and makes the
/// result JSON: mapping keys become strings, aliases are expanded (see `YAMLComposer`),
/// and duplicate keys are errors. It never crashes or hangs on bad input: every problem
/// is a `YAMLError` naming `file:line:col`, and nesting and alias expansion are bounded
/// by `Limits`. Input is UTF-8; a leading byte order mark is skipped.
public enum YAMLReader {
    /// Bounds that keep hostile input from exhausting the stack or memory.
    public struct Limits: Sendable, Hashable {
        /// The deepest nesting of collections, counting the ones aliases bring in.
        public var maximumDepth: Int
        /// The most nodes that aliases may copy into one document.
        public var maximumAliasNodes: Int

        /// The defaults suit any real spec: JSON's nesting bound of 512 and a million
        /// nodes copied through aliases.
        public init(maximumDepth: Int = 512, maximumAliasNodes: Int = 1_000_000) {
            self.maximumDepth = maximumDepth
            self.maximumAliasNodes = maximumAliasNodes
        }
    }

    /// Reads a stream that must hold exactly one document; `file` names it in errors.
    public static func read(_ text: String, file: String, limits: Limits = Limits()) throws(YAMLError) -> JSONNode {
        try single(try readStream(source: try YAMLSource.normalize(text, file: file), file: file, limits: limits), file: file)
    }

    /// Reads UTF-8 `bytes` that must hold exactly one document.
    public static func read(bytes: [UInt8], file: String, limits: Limits = Limits()) throws(YAMLError) -> JSONNode {
        try single(try readStream(source: try YAMLSource.decode(bytes: bytes, file: file), file: file, limits: limits), file: file)
    }

    /// Reads every document of a stream (none for an empty one).
    public static func readStream(_ text: String, file: String, limits: Limits = Limits()) throws(YAMLError) -> [JSONNode] {
        try readStream(source: try YAMLSource.normalize(text, file: file), file: file, limits: limits)
    }

    /// Reads every document of UTF-8 `bytes`.
    public static func readStream(bytes: [UInt8], file: String, limits: Limits = Limits()) throws(YAMLError) -> [JSONNode] {
        try readStream(source: try YAMLSource.decode(bytes: bytes, file: file), file: file, limits: limits)
    }

    private static func readStream(source: YAMLSource, file: String, limits: Limits) throws(YAMLError) -> [JSONNode] {
        var parser = YAMLParser(source: source, file: file, maximumDepth: limits.maximumDepth)
        var composer = YAMLComposer(file: file, maximumDepth: limits.maximumDepth, maximumAliasNodes: limits.maximumAliasNodes)
        return try composer.composeStream(&parser)
    }

    private static func single(_ documents: [JSONNode], file: String) throws(YAMLError) -> JSONNode {
        guard let first = documents.first else {
            throw YAMLError(file: file, location: SourceLocation(line: 1, column: 1), message: "the file holds no YAML document")
        }
        guard documents.count == 1 else {
            throw YAMLError(file: file, location: documents[1].location,
                            message: "the file holds \(documents.count) YAML documents; a spec must be one document")
        }
        return first
    }
}
