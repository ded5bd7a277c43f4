import Foundation

/// A JSON Lines file that a `RecordingTransport` appends `RecordedMessage` lines to.
///
/// The file is created with permissions 0600 if it does not exist, and appended to if it does.
/// Lines from concurrent calls never interleave.
public final class RecordingFile: Sendable {
    /// Why the file cannot be opened.
    public struct OpenError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The path.
        public var path: String
        /// What went wrong.
        public var reason: String
        public var description: String { "cannot record to \(path): \(reason)" }
    }

    /// The file's location.
    public let url: URL
    private let state: LockedState<(handle: FileHandle, exchanges: Int)>

    /// Opens (creating if needed) `url` for appending.
    public init(url: URL) throws(OpenError) {
        let path = url.path
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw OpenError(path: path, reason: "it could not be created")
            }
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
        } catch {
            throw OpenError(path: path, reason: "\(error.localizedDescription)")
        }
        self.url = url
        self.state = LockedState((handle, 0))
    }

    deinit {
        state.withLock { try? $0.handle.close() }
    }

    /// The number for the next exchange, from 1.
    func nextExchange() -> Int {
        state.withLock { state in
            state.exchanges += 1
            return state.exchanges
        }
    }

    /// Appends one line; a write that fails is dropped.
    public func write(_ message: RecordedMessage) {
        let line = Data((message.jsonLine + "\n").utf8)
        state.withLock { state in
            try? state.handle.write(contentsOf: line)
        }
    }
}
