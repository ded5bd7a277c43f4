import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Downloads result files (presigned URLs) to disk.
///
/// - Streams the body to a temporary file beside the destination, chunk by chunk, and
///   renames it into place only when complete: a partial file never appears at the
///   destination.
/// - Never sends the API key: the request has no `Authorization` header.
/// - Reports HTTP 403/404/410 and S3 "AccessDenied"/"Request has expired" answers as
///   `.downloadURLExpired`.
/// - Cancelling the Swift task cancels the transfer and removes the temporary file.
public struct ResultDownloader: Sendable {
    /// How long the transfer may stall without receiving a byte.
    public var idleTimeout: Duration
    /// How long the whole download may take.
    public var totalTimeout: Duration

    /// Creates a downloader.
    public init(idleTimeout: Duration = .seconds(60), totalTimeout: Duration = .seconds(3_600)) {
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
    }

    /// Downloads `url` to `destination`, replacing any file there.
    public func download(from url: URL, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)? = nil) async throws(ViduError) -> DownloadedFile {
        if let refusal = URLSecurityRule.violation(for: url) {
            throw refusal.kind == .insecureURL ? .insecureURL(refusal.message) : .invalidURL(refusal.message)
        }
        if Task.isCancelled { throw .cancelled }
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        let delegate = StreamingDownloadDelegate(temporary: temporary, progress: progress)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = idleTimeout.secondsValue
        configuration.timeoutIntervalForResource = totalTimeout.secondsValue
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.timeoutInterval = idleTimeout.secondsValue
        let task = session.dataTask(with: request)

        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<StreamingDownloadDelegate.Result, Never>) in
                delegate.start(task, continuation: continuation)
            }
        } onCancel: {
            delegate.cancel()
        }
        switch result {
        case .finished(let status, let byteCount, let contentType, let errorBody):
            guard (200..<300).contains(status) else {
                try? FileManager.default.removeItem(at: temporary)
                throw Self.failure(status: status, body: errorBody, url: url)
            }
            guard rename(temporary.path, destination.path) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                throw .fileSystem("cannot move the download to \(destination.path): \(String(cString: strerror(code)))")
            }
            return DownloadedFile(location: destination, byteCount: byteCount, contentType: contentType)
        case .failed(let error):
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The error of a non-2xx download answer.
    static func failure(status: Int, body: Data, url: URL) -> ViduError {
        let text = String(decoding: body.prefix(2_048), as: UTF8.self)
        let target = URLSecurityRule.describe(url)
        if ExpiredURLDetection.isExpired(status: status, body: text) {
            return .downloadURLExpired(status: status, url: target)
        }
        return .http(HTTPFailure(
            operationID: "download", status: status, details: ProviderErrorDetails(body: body), rawBody: text,
            requestID: nil, retryAfter: nil))
    }
}
