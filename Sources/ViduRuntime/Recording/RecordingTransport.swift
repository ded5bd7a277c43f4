import Foundation

/// An `HTTPTransport` that sends through another transport and writes every request and
/// response as one line each of a `RecordedMessage` to a `RecordingFile`.
///
/// Nothing secret is written: no header at all (so never `Authorization`), and every form of
/// the API key (the request's `apiKey`, the secret of its `Authorization` header, and
/// `redacting` if given) and
/// every signed URL query value (`SignedURLRedaction`) is removed from the URL and the bodies.
/// Requests that did not come from a `RequestExecutor` (no `HTTPRequest.origin`) are sent but
/// not recorded. A line that cannot be written is dropped: recording never fails a call.
public struct RecordingTransport: HTTPTransport {
    /// The transport that really sends.
    public let wrapped: any HTTPTransport
    /// Where the lines go.
    public let file: RecordingFile
    /// A key to remove besides the one in each request's `Authorization` header.
    public let key: APIKey?

    /// Records the exchanges `wrapped` carries into `file`.
    public init(wrapping wrapped: any HTTPTransport, to file: RecordingFile, redacting key: APIKey? = nil) {
        self.wrapped = wrapped
        self.file = file
        self.key = key
    }

    /// Downloads through `wrapped` (not recorded: a result file is not an API answer).
    public func downloadResult(
        from url: URL, to destination: URL, defaultName: String, downloader: ResultDownloader,
        progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws(ViduError) -> DownloadedFile {
        try await wrapped.downloadResult(from: url, to: destination, defaultName: defaultName, downloader: downloader, progress: progress)
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await recording(request) { () async throws -> HTTPResponse in try await wrapped.send(request) }
    }

    /// Streams through `wrapped`; the recorded answer has its status and no body (the body
    /// went to `file`).
    public func send(
        _ request: HTTPRequest, writingBodyTo file: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> HTTPResponse {
        try await recording(request) { () async throws -> HTTPResponse in
            try await wrapped.send(request, writingBodyTo: file, progress: progress)
        }
    }

    /// Writes `request`, sends it with `send`, and writes the answer or the failure.
    private func recording(_ request: HTTPRequest, _ send: () async throws -> HTTPResponse) async throws -> HTTPResponse {
        guard let origin = request.origin else { return try await send() }
        let keys = Self.keys(in: request) + [request.apiKey, key].compactMap { $0 }
        let exchange = file.nextExchange()
        let requestBody = RecordingText.body(request.body, keys: keys)
        file.write(RecordedMessage(
            provider: origin.provider, operationID: origin.operationID, direction: .request, exchange: exchange,
            method: request.method, url: RecordingText.redact(request.url.absoluteString, keys: keys),
            body: requestBody.node, bodyText: requestBody.text))
        do {
            let response = try await send()
            let body = RecordingText.body(response.body, keys: keys)
            file.write(RecordedMessage(
                provider: origin.provider, operationID: origin.operationID, direction: .response, exchange: exchange,
                status: response.status, body: body.node, bodyText: body.text))
            return response
        } catch {
            let reason = (error as? TransportError).map { "\($0.kind)" } ?? "\(type(of: error))"
            file.write(RecordedMessage(
                provider: origin.provider, operationID: origin.operationID, direction: .response, exchange: exchange,
                error: RecordingText.redact(reason, keys: keys)))
            throw error
        }
    }

    /// The secret of the `Authorization` header (`Bearer <key>`, `Token <key>`), as a key to remove.
    static func keys(in request: HTTPRequest) -> [APIKey] {
        guard let value = request.header("Authorization") else { return [] }
        var keys = [APIKey(value)]
        if let space = value.firstIndex(of: " ") {
            let secret = value[value.index(after: space)...].trimmingCharacters(in: .whitespaces)
            if !secret.isEmpty { keys.insert(APIKey(secret), at: 0) }
        }
        return keys
    }
}
