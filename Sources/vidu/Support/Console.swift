import Foundation

/// Where the command line writes: standard output for results, standard error for messages
/// and progress. Tests capture both.
struct Console: Sendable {
    let writeOutput: @Sendable (String) -> Void
    let writeError: @Sendable (String) -> Void
    /// True when standard error is a terminal, so progress may redraw one line.
    let errorIsTerminal: Bool

    /// The process's standard output and standard error.
    static let standard = Console(
        writeOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
        errorIsTerminal: isatty(STDERR_FILENO) != 0
    )

    /// Writes one line to standard output.
    func output(_ line: String) { writeOutput(line + "\n") }
    /// Writes one line to standard error.
    func error(_ line: String) { writeError(line + "\n") }
}
