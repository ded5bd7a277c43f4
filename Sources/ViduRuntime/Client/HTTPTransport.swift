import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the runtime sends it.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header fields in the order they are sent.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    /// How long to wait for the whole response.
    public var timeout: Duration
    /// The most body bytes (after content decoding) the transport may read; past it, it
    /// stops and throws `TransportError` of kind `.responseTooLarge`. Nil: no limit.
    public var maxResponseBytes: Int?
    /// The provider (`ProviderDescriptor.name`) and operationId this request sends, set by
    /// `RequestExecutor`; a `RecordingTransport` writes them. Nil for other requests.
    public var origin: (provider: String, operationID: String)?
    /// The API key this request carries (in a header, the query string or a cookie, as
    /// `ProviderDescriptor.authPlacement` says), set by `RequestExecutor`: whatever prints or
    /// records the request removes it (`RecordingTransport` does). Nil for other requests.
    public var apiKey: APIKey?

    public init(
        method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil, timeout: Duration = .seconds(60),
        maxResponseBytes: Int? = nil, origin: (provider: String, operationID: String)? = nil
    ) {
        self.origin = origin
        self.maxResponseBytes = maxResponseBytes
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first header named `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
    }
}

/// An HTTP response with its whole body.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header fields; look them up with `header(_:)`, which ignores case.
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header named `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
    }
}

/// Sends HTTP requests. `URLSessionTransport` is the real one; tests inject their own.
///
/// A transport throws `TransportError` for failures below HTTP, and says whether the request
/// may have reached the server, so that a create call is never retried blindly.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// Downloads a task's result file from `url` to `destination` (a file, or an existing
    /// directory to save in as `defaultName`), never sending the API key.
    ///
    /// The default implementation fetches it from the network with `downloader` (see
    /// `ResultDownloader`). A transport that serves result files itself, such as an
    /// in-process simulation, answers them from there; a transport that wraps another
    /// forwards to the one it wraps.
    func downloadResult(
        from url: URL, to destination: URL, defaultName: String, downloader: ResultDownloader,
        progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws(ViduError) -> DownloadedFile

    /// Sends `request` like `send(_:)`, but writes a 2xx answer's body to `file` (created or
    /// replaced) as it arrives instead of returning it: the returned response has the status
    /// and headers and, for a 2xx answer, an empty body. A non-2xx answer's body is returned
    /// as `send(_:)` returns it (up to 8 KiB) and nothing is written.
    ///
    /// The default implementation calls `send(_:)` and writes the whole body, so it holds the
    /// body in memory, bounded by `request.maxResponseBytes`: right for in-process transports.
    /// `URLSessionTransport` streams it, unbounded, chunk by chunk.
    ///
    /// - Throws: what `send(_:)` throws, and `ViduError.fileSystem` when `file` cannot be written.
    func send(
        _ request: HTTPRequest, writingBodyTo file: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> HTTPResponse
}

extension HTTPTransport {
    /// Fetches the file from the network with `downloader`.
    public func downloadResult(
        from url: URL, to destination: URL, defaultName: String, downloader: ResultDownloader,
        progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws(ViduError) -> DownloadedFile {
        try await downloader.download(from: url, to: destination, defaultName: defaultName, progress: progress)
    }

    /// Sends with `send(_:)` and writes a 2xx body to `file` whole.
    public func send(
        _ request: HTTPRequest, writingBodyTo file: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> HTTPResponse {
        var response = try await send(request)
        guard (200..<300).contains(response.status) else { return response }
        do {
            try response.body.write(to: file)
        } catch {
            throw ViduError.fileSystem("cannot write \(file.path): \(error.localizedDescription)")
        }
        let size = Int64(response.body.count)
        progress?(DownloadProgress(bytesReceived: size, bytesExpected: size))
        response.body = Data()
        return response
    }
}
