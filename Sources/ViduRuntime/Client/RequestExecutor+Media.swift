import Foundation

/// `perform` for answers that are not JSON: bytes (files, images, video, event streams) and
/// plain text. The request side is `perform`'s: parameters and body checked first.
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
