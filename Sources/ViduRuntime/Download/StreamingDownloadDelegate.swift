import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives a download's bytes from URLSession and appends them to the partial file as they
/// arrive, so the body is never held in memory. A `206 Partial Content` answer that starts
/// where the partial file ends is appended to it; a `200` starts the file over. Non-2xx
/// bodies are kept (up to 8 KiB) to explain the failure.
final class StreamingDownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What the server said about resuming this file.
    struct Resumability: Sendable {
        /// True when the server takes `Range` requests for it (`Accept-Ranges: bytes`, or a 206).
        var acceptsRanges = false
        var etag: String?
        var lastModified: String?
    }

    /// How a download ended.
    enum Result: Sendable {
        case finished(status: Int, byteCount: Int64, contentType: String?, errorBody: Data)
        /// `keepPartial`: the partial file holds the first bytes of the file and the server
        /// can send the rest later.
        case failed(ViduError, keepPartial: Bool, resumability: Resumability)
    }

    private struct State {
        var task: URLSessionTask?
        var continuation: CheckedContinuation<Result, Never>?
        var cancelled = false
        var status = 0
        var expected: Int64?
        var contentType: String?
        var file: FileHandle?
        var offset: Int64 = 0
        var received: Int64 = 0
        var errorBody = Data()
        var writeError: String?
        var resumability = Resumability()
    }

    private let partial: URL
    private let resumeOffset: Int64
    private let progress: (@Sendable (DownloadProgress) -> Void)?
    private let state = LockedState(State())

    /// Writes to `partial`; when `resumeOffset` > 0 the request asked for the bytes from there.
    init(partial: URL, resumeOffset: Int64, progress: (@Sendable (DownloadProgress) -> Void)?) {
        self.partial = partial
        self.resumeOffset = resumeOffset
        self.progress = progress
    }

    /// Starts `task`, or ends at once when cancellation came first.
    func start(_ task: URLSessionTask, continuation: CheckedContinuation<Result, Never>) {
        let cancelled = state.withLock { current -> Bool in
            current.task = task
            current.continuation = continuation
            return current.cancelled
        }
        if cancelled {
            task.cancel()
        } else {
            task.resume()
        }
    }

    /// Cancels the transfer because the Swift task was cancelled.
    func cancel() {
        let task = state.withLock { current -> URLSessionTask? in
            current.cancelled = true
            return current.task
        }
        task?.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse, completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        let status = http?.statusCode ?? 0
        var openError: String?
        var handle: FileHandle?
        var offset: Int64 = 0
        if status == 206 {
            let range = http?.value(forHTTPHeaderField: "Content-Range") ?? ""
            if resumeOffset > 0, range.hasPrefix("bytes \(resumeOffset)-"), let existing = try? FileHandle(forWritingTo: partial) {
                _ = try? existing.seekToEnd()
                handle = existing
                offset = resumeOffset
            } else {
                openError = "the server answered a range that does not continue \(partial.path) (\(range))"
            }
        } else if (200..<300).contains(status) {
            if FileManager.default.createFile(atPath: partial.path, contents: nil) {
                handle = try? FileHandle(forWritingTo: partial)
            }
            if handle == nil { openError = "cannot create \(partial.path)" }
        }
        var resumability = Resumability()
        resumability.acceptsRanges = status == 206 || (http?.value(forHTTPHeaderField: "Accept-Ranges")?.lowercased().contains("bytes") ?? false)
        resumability.etag = http?.value(forHTTPHeaderField: "ETag")
        resumability.lastModified = http?.value(forHTTPHeaderField: "Last-Modified")
        state.withLock { current in
            current.status = status
            current.expected = response.expectedContentLength >= 0 ? response.expectedContentLength : nil
            current.contentType = http?.value(forHTTPHeaderField: "Content-Type")
            current.file = handle
            current.offset = offset
            current.writeError = openError
            current.resumability = resumability
        }
        completionHandler(openError == nil ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let report = state.withLock { current -> DownloadProgress? in
            guard current.writeError == nil else { return nil }
            guard let file = current.file else {
                if current.errorBody.count < 8_192 { current.errorBody.append(data.prefix(8_192 - current.errorBody.count)) }
                return nil
            }
            do {
                try file.write(contentsOf: data)
            } catch {
                current.writeError = "cannot write \(partial.path): \(error.localizedDescription)"
                return nil
            }
            current.received += Int64(data.count)
            return DownloadProgress(bytesReceived: current.offset + current.received, bytesExpected: current.expected.map { current.offset + $0 })
        }
        if let report { progress?(report) }
        let failed = state.withLock { $0.writeError != nil }
        if failed { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { current -> (CheckedContinuation<Result, Never>?, Result) in
            try? current.file?.close()
            let wroteFile = current.file != nil
            current.file = nil
            // Worth keeping: the server resumes ranges, and the file holds some of the bytes.
            let resumable = wroteFile && current.resumability.acceptsRanges && current.offset + current.received > 0
            let result: Result
            if let writeError = current.writeError {
                result = .failed(.fileSystem(writeError), keepPartial: false, resumability: current.resumability)
            } else if current.cancelled {
                result = .failed(.cancelled, keepPartial: resumable, resumability: current.resumability)
            } else if let error {
                let mapped = TransportErrorMapping.map(error, timedOut: false, cancelled: false, url: task.originalRequest?.url ?? partial)
                result = .failed(.transport(mapped), keepPartial: resumable, resumability: current.resumability)
            } else if let expected = current.expected, (200..<300).contains(current.status), current.received != expected {
                let lost = TransportError(kind: .connectionLost, delivery: .mayHaveBeenReceived, message: "received \(current.received) of \(expected) bytes")
                result = .failed(.transport(lost), keepPartial: resumable, resumability: current.resumability)
            } else {
                result = .finished(status: current.status, byteCount: current.offset + current.received, contentType: current.contentType, errorBody: current.errorBody)
            }
            let continuation = current.continuation
            current.continuation = nil
            return (continuation, result)
        }
        continuation?.resume(returning: result)
    }
}
