import Foundation

/// `perform` for answers that are not JSON: bytes (files, images, video, event streams),
/// whole or streamed to a file, and plain text. The request side is `perform`'s: parameters and body checked first.
extension RequestExecutor {
    /// Sends the request asking for `accept`, and returns the 2xx body as received, whole,
    /// bounded by `configuration.maxResponseBytes` (see `BinaryResponse`).
    @_spi(Generated)
    public func performBinary(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil,
        accepting accept: String
    ) async throws(ViduError) -> BinaryResponse {
        let response = try await performRaw(operation, schemas: schemas, parameters: parameters, body: body, accepting: accept)
        return BinaryResponse(data: response.body, contentType: response.header("Content-Type"))
    }

    /// Sends the request asking for `accept` and writes the 2xx body to `destination` as it
    /// arrives, so an answer of any size never sits in memory: a file (replaced if it
    /// exists), or an existing directory to save in, named after the operation. The bytes go
    /// to a hidden partial file beside it, renamed into place once complete; on any failure
    /// it is removed and nothing appears at the destination.
    ///
    /// The destination is checked before anything is sent. `progress` hears of the bytes
    /// written (at most once a MiB, and at the end).
    ///
    /// - Throws: `.fileSystem` for a destination that cannot be used, then the errors of
    ///   `perform`; `.http` for a non-2xx answer, with its body.
    @_spi(Generated)
    public func performDownload(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil,
        accepting accept: String, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws(ViduError) -> DownloadedFile {
        let target = try DownloadDestination.resolve(destination, defaultName: operation.operationID)
        let response: HTTPResponse
        do {
            response = try await performRaw(
                operation, schemas: schemas, parameters: parameters, body: body, accepting: accept,
                streamingTo: BodyStream(file: target.partialFile, progress: progress))
        } catch {
            try? FileManager.default.removeItem(at: target.partialFile)
            throw error
        }
        try target.movePartialIntoPlace()
        let size = (try? FileManager.default.attributesOfItem(atPath: target.file.path)[.size] as? NSNumber)?.int64Value ?? 0
        return DownloadedFile(location: target.file, byteCount: size, contentType: response.header("Content-Type"))
    }

    /// Sends the request asking for `accept` (`text/plain`) and returns the 2xx body as text
    /// (UTF-8; invalid bytes are replaced), bounded by `configuration.maxResponseBytes`.
    @_spi(Generated)
    public func performText(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil,
        accepting accept: String
    ) async throws(ViduError) -> String {
        let response = try await performRaw(operation, schemas: schemas, parameters: parameters, body: body, accepting: accept)
        return String(decoding: response.body, as: UTF8.self)
    }
}
