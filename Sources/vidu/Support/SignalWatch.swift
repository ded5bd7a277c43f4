import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a callback on a dispatch queue (the signals' default
/// action, ending the process at once, is switched off), so the command can stop its work,
/// remove partial files and say how to resume.
final class SignalWatch {
    /// The signals watched.
    static let signals: [Int32] = [SIGINT, SIGTERM]

    private let sources: [any DispatchSourceSignal]

    /// Starts watching; `handler` runs once per delivered signal, with its number.
    init(handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "vidu.signals")
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    /// Stops watching.
    func cancel() {
        for source in sources { source.cancel() }
    }

    /// The exit code for a command ended by `signal`: 128 + its number (130 for SIGINT,
    /// 143 for SIGTERM).
    static func exitCode(for signal: Int32) -> Int32 {
        128 + signal
    }
}
