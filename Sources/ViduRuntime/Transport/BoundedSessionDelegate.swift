import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The delegate of `URLSessionTransport`'s own session: it declines every redirect (as
/// `RedirectRefusingDelegate` does) and collects each task's body as it arrives, stopping
/// the task as soon as the body passes `HTTPRequest.maxResponseBytes`. The count is of the
/// bytes the delegate receives, which are the decoded ones, so neither a decompression bomb
/// nor an endless chunked body can grow memory past the limit.
final class BoundedSessionDelegate: NSObject, URLSessionDataDelegate, Sendable {
    /// How one task ended.
    typealias Completion = @Sendable (Result<(HTTPURLResponse, Data), BodyFailure>) -> Void

    /// Why a task produced no response.
    enum BodyFailure: Error {
        case tooLarge(limit: Int)
        case failed(any Error)
        case noHTTPResponse
    }

    private struct Entry {
        var limit: Int?
        var response: HTTPURLResponse?
        var body = Data()
        var tooLarge = false
        var completion: Completion
    }

    private let entries = LockedState<[Int: Entry]>([:])

    /// Registers `task` before it is resumed.
    func register(_ task: URLSessionTask, limit: Int?, completion: @escaping Completion) {
        entries.withLock { $0[task.taskIdentifier] = Entry(limit: limit, completion: completion) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let declared = response.expectedContentLength
        let refuse = entries.withLock { all -> Bool in
            guard var entry = all[dataTask.taskIdentifier] else { return false }
            entry.response = http
            // A declared length over the limit is refused before a byte of the body is read
            // (unless the body is content-encoded: then the declared length is the wire size).
            let encoded = http?.value(forHTTPHeaderField: "Content-Encoding").map { $0.lowercased() != "identity" } ?? false
            if let limit = entry.limit, declared > Int64(limit), !encoded { entry.tooLarge = true }
            all[dataTask.taskIdentifier] = entry
            return entry.tooLarge
        }
        completionHandler(refuse ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let stop = entries.withLock { all -> Bool in
            guard var entry = all[dataTask.taskIdentifier], !entry.tooLarge else { return false }
            if let limit = entry.limit, entry.body.count + data.count > limit {
                entry.tooLarge = true
                entry.body = Data()
            } else {
                entry.body.append(data)
            }
            all[dataTask.taskIdentifier] = entry
            return entry.tooLarge
        }
        if stop { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = entries.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if entry.tooLarge, let limit = entry.limit {
            entry.completion(.failure(.tooLarge(limit: limit)))
        } else if let error {
            entry.completion(.failure(.failed(error)))
        } else if let response = entry.response {
            entry.completion(.success((response, entry.body)))
        } else {
            entry.completion(.failure(.noHTTPResponse))
        }
    }
}
