import Foundation
import ViduKit
import ViduRuntime

/// What an interrupted command must say: which signal ended it and, once a task exists,
/// the `vidu wait` command that picks the task up again.
final class Interruption: Sendable {
    /// The task the command is following, and where its video goes.
    struct Resumable: Sendable {
        var provider: VideoProviderID
        var taskID: String
        var output: URL
        var connection: ConnectionOptions
    }

    private struct State {
        var signal: Int32?
        var resumable: Resumable?
    }

    /// The one instance of the process.
    static let shared = Interruption()

    private let state = LockedState(State())

    /// The signal received, if any.
    var signal: Int32? { state.withLock { $0.signal } }

    /// Records the signal; answers false when one was already recorded.
    func record(_ signal: Int32) -> Bool {
        state.withLock { current in
            guard current.signal == nil else { return false }
            current.signal = signal
            return true
        }
    }

    /// Notes the task being followed (after its create call succeeded).
    func follow(_ resumable: Resumable) {
        state.withLock { $0.resumable = resumable }
    }

    /// The lines to print after an interruption.
    func report() -> [String] {
        let (signal, resumable) = state.withLock { ($0.signal, $0.resumable) }
        let name = signal == SIGTERM ? "SIGTERM" : "SIGINT"
        guard let resumable else { return ["vidu: interrupted by \(name); no task was created"] }
        return [
            "vidu: interrupted by \(name); task \(resumable.taskID) goes on at \(resumable.provider)",
            "vidu: resume with: \(Self.resumeCommand(resumable))",
        ]
    }

    /// `vidu wait --provider P [--simulate] [--base-url URL] [polling options] TASK_ID --output FILE`:
    /// the connection options the interrupted command was given, the task, the exact file.
    static func resumeCommand(_ resumable: Resumable) -> String {
        let connection = resumable.connection
        var words = ["vidu", "wait", "--provider", resumable.provider.rawValue]
        if connection.simulate { words.append("--simulate") }
        if let baseURL = connection.baseURL { words += ["--base-url", baseURL.absoluteString] }
        if let interval = connection.pollInterval { words += ["--poll-interval", seconds(interval)] }
        if let first = connection.firstPollAfter { words += ["--first-poll-after", seconds(first)] }
        words += [resumable.taskID, "--output", resumable.output.path]
        return words.map(shellQuoted).joined(separator: " ")
    }

    /// `5`, `0.05`: seconds as the user would type them.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// `word`, quoted for a POSIX shell when it needs it.
    static func shellQuoted(_ word: String) -> String {
        let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./:=@%+,"))
        if !word.isEmpty && word.unicodeScalars.allSatisfy({ plain.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
