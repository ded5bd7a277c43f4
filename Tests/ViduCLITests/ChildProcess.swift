import Foundation

/// A subprocess that tests await without blocking a thread: its standard output and error
/// go to files, and its end arrives through `terminationHandler` resumed into a continuation.
final class ChildProcess: @unchecked Sendable {
    /// What a finished process printed and how it ended.
    struct Result: Sendable {
        var status: Int32
        /// True when the process ended because of a signal (`status` is then the signal).
        var signalled: Bool
        var output: String
        var error: String
    }

    private let process = Process()
    private let folder: URL
    private let ended = Ended()

    /// Starts `executable` with `arguments`; `input` becomes its standard input.
    init(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil, input: Data = Data()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inputFile = folder.appendingPathComponent("stdin")
        try input.write(to: inputFile)
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        let ended = self.ended
        process.terminationHandler = { finished in ended.finish(status: finished.terminationStatus, signalled: finished.terminationReason == .uncaughtSignal) }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// What the process has written to standard error so far.
    var errorSoFar: String {
        String(decoding: (try? Data(contentsOf: folder.appendingPathComponent("stderr"))) ?? Data(), as: UTF8.self)
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the end; after `timeout` seconds the process is terminated (and its result
    /// says so with `signalled`).
    func result(timeout: Double = 60) async throws -> Result {
        let watchdog = Task { [process] in
            try await Task.sleep(for: .seconds(timeout))
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        let (status, signalled) = await ended.wait()
        return Result(
            status: status, signalled: signalled,
            output: String(decoding: try Data(contentsOf: folder.appendingPathComponent("stdout")), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: folder.appendingPathComponent("stderr")), as: UTF8.self))
    }

    /// Polls `condition` every 20 ms (suspending, not blocking) until it holds or `timeout`
    /// seconds pass; answers whether it held.
    static func eventually(timeout: Double = 60, _ condition: () -> Bool) async -> Bool {
        let end = ContinuousClock.now + .seconds(timeout)
        while ContinuousClock.now < end {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    /// The termination status, delivered once to whoever waits.
    private final class Ended: @unchecked Sendable {
        private let lock = NSLock()
        private var value: (Int32, Bool)?
        private var waiters: [CheckedContinuation<(Int32, Bool), Never>] = []

        func finish(status: Int32, signalled: Bool) {
            lock.lock()
            value = (status, signalled)
            let resumed = waiters
            waiters = []
            lock.unlock()
            for waiter in resumed { waiter.resume(returning: (status, signalled)) }
        }

        func wait() async -> (Int32, Bool) {
            await withCheckedContinuation { continuation in
                lock.lock()
                if let value {
                    lock.unlock()
                    continuation.resume(returning: value)
                } else {
                    waiters.append(continuation)
                    lock.unlock()
                }
            }
        }
    }
}
