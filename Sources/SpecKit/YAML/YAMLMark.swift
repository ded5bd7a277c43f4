/// A position in a YAML source: scalar index, line from 1 and column from 0 (the scanner
/// compares columns with indentation, which counts from 0).
struct YAMLMark: Sendable, Hashable {
    var index: Int
    var line: Int
    var column: Int

    /// The position as diagnostics print it (column from 1).
    var location: SourceLocation { SourceLocation(line: line, column: column + 1) }
}
