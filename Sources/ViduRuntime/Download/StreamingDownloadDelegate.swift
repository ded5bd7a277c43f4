import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives a download's bytes from URLSession and appends them to a file as they arrive,
/// so the body is never held in memory. Non-2xx bodies are kept (up to 8 KiB) to explain
/// the failure.
final class StreamingDownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// How a download ended.
    enum Result: Sendable {
        case finished(status: Int, byteCount: Int64, contentType: String?, errorBody: Data)
        case failed(ViduError)
    }

    private struct State {
        var task: URLSessionTask?
        var continuation: CheckedContinuation<Result, Never>?
        var cancelled = false
        var status = 0
        var expected: Int64?
        var contentType: String?
        var file: FileHandle?
        var received: Int64 = 0
        var errorBody = Data()
        var writeError: String?
    }

    private let temporary: URL
    private let progress: (@Sendable (DownloadProgress) -> Void)?
    private let state = LockedState(State())

    init(temporary: URL, progress: (@Sendable (DownloadProgress) -> Void)?) {
        self.temporary = temporary
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
        if (200..<300).contains(status) {
            if FileManager.default.createFile(atPath: temporary.path, contents: nil) {
                handle = try? FileHandle(forWritingTo: temporary)
            }
            if handle == nil { openError = "cannot create \(temporary.path)" }
        }
        state.withLock { current in
            current.status = status
            current.expected = response.expectedContentLength >= 0 ? response.expectedContentLength : nil
            current.contentType = http?.value(forHTTPHeaderField: "Content-Type")
            current.file = handle
            current.writeError = openError
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
                current.writeError = "cannot write \(temporary.path): \(error.localizedDescription)"
                return nil
            }
            current.received += Int64(data.count)
            return DownloadProgress(bytesReceived: current.received, bytesExpected: current.expected)
        }
        if let report { progress?(report) }
        let failed = state.withLock { $0.writeError != nil }
        if failed { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { current -> (CheckedContinuation<Result, Never>?, Result) in
            try? current.file?.close()
            current.file = nil
            let result: Result
            if let writeError = current.writeError {
                result = .failed(.fileSystem(writeError))
            } else if current.cancelled {
                result = .failed(.cancelled)
            } else if let error {
                let mapped = TransportErrorMapping.map(error, timedOut: false, cancelled: false, url: task.originalRequest?.url ?? temporary)
                result = .failed(.transport(mapped))
            } else if let expected = current.expected, (200..<300).contains(current.status), current.received != expected {
                result = .failed(.transport(TransportError(kind: .connectionLost, delivery: .mayHaveBeenReceived, message: "received \(current.received) of \(expected) bytes")))
            } else {
                result = .finished(status: current.status, byteCount: current.received, contentType: current.contentType, errorBody: current.errorBody)
            }
            let continuation = current.continuation
            current.continuation = nil
            return (continuation, result)
        }
        continuation?.resume(returning: result)
    }
}
