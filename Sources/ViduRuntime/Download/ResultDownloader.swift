import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads result files (presigned URLs) to disk.
///
/// - Checks the destination first (`DownloadDestination`): an existing directory means
///   "inside it, under the default name"; only the file named exactly is ever replaced; a
///   missing or unwritable directory fails before any byte is fetched.
/// - Streams the body to a hidden partial file beside the destination
///   (`.NAME.partial`), chunk by chunk, and renames it into place only when complete: a
///   partial file never appears at the destination.
/// - Resumes: when a transfer is interrupted (cancelled, connection lost) and the server
///   takes ranges (`Accept-Ranges: bytes`), the partial file is kept with a note
///   (`.NAME.partial.resume`: the file's address without its query, and its `ETag` or
///   `Last-Modified`). The next download of the same address to the same destination asks
///   for the rest (`Range`, with `If-Range`); a `206` is appended, a `200` starts over. In
///   every other case the partial file is removed.
/// - Never sends the API key: the request has no `Authorization` header.
/// - Reports HTTP 403/404/410 and S3 "AccessDenied"/"Request has expired" answers as
///   `.downloadURLExpired`.
/// - Cancelling the Swift task cancels the transfer at once.
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

    /// Downloads `url` to `destination`: a file (replaced if it exists), or an existing
    /// directory to save in under `defaultName` (by default the URL's last path component),
    /// which must not exist yet.
    public func download(
        from url: URL, to destination: URL, defaultName: String? = nil, progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws(ViduError) -> DownloadedFile {
        if let refusal = URLSecurityRule.violation(for: url) {
            throw refusal.kind == .insecureURL ? .insecureURL(refusal.message) : .invalidURL(refusal.message)
        }
        let name = defaultName ?? (url.lastPathComponent.isEmpty || url.lastPathComponent == "/" ? "download" : url.lastPathComponent)
        let target = try DownloadDestination.resolve(destination, defaultName: name)
        if Task.isCancelled { throw .cancelled }
        let address = ResumeNote.address(of: url)
        let resumeFrom = Self.resumeOffset(for: target, address: address)
        let delegate = StreamingDownloadDelegate(partial: target.partialFile, resumeOffset: resumeFrom?.offset ?? 0, progress: progress)
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.timeoutInterval = idleTimeout.secondsValue
        if let resumeFrom {
            request.setValue("bytes=\(resumeFrom.offset)-", forHTTPHeaderField: "Range")
            if let validator = resumeFrom.note.ifRange { request.setValue(validator, forHTTPHeaderField: "If-Range") }
        }
        let result = await delegate.run(request, idleTimeout: idleTimeout, totalTimeout: totalTimeout)
        switch result {
        case .finished(let status, _, let byteCount, let contentType, let errorBody):
            guard (200..<300).contains(status) else {
                if status == 416 { Self.discard(target) }  // the range no longer fits: start over next time
                throw Self.failure(status: status, body: errorBody, url: url)
            }
            do {
                try target.movePartialIntoPlace()
            } catch {
                Self.discard(target)
                throw error
            }
            try? FileManager.default.removeItem(at: target.resumeNote)
            return DownloadedFile(location: target.file, byteCount: byteCount, contentType: contentType)
        case .failed(let error, let keepPartial, let resumability):
            let note = ResumeNote(address: address, etag: resumability.etag, lastModified: resumability.lastModified)
            if !keepPartial || (try? note.write(to: target.resumeNote)) == nil { Self.discard(target) }
            throw error
        }
    }

    /// Where the partial file of an earlier, interrupted download of the same address ends.
    static func resumeOffset(for target: DownloadDestination, address: String) -> (offset: Int64, note: ResumeNote)? {
        guard let note = ResumeNote.read(target.resumeNote), note.address == address,
              let attributes = try? FileManager.default.attributesOfItem(atPath: target.partialFile.path),
              let size = (attributes[.size] as? NSNumber)?.int64Value, size > 0
        else {
            discard(target)
            return nil
        }
        return (size, note)
    }

    /// Removes the partial file and its note.
    static func discard(_ target: DownloadDestination) {
        try? FileManager.default.removeItem(at: target.partialFile)
        try? FileManager.default.removeItem(at: target.resumeNote)
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
