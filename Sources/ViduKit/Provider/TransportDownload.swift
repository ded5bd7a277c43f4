import Foundation
import ViduRuntime

/// Downloads a result through an `HTTPTransport` (the simulation) instead of the network:
/// a plain GET without `Authorization`, written beside the destination and moved into place
/// when complete.
struct TransportDownload: Sendable {
    /// Sends the GET.
    let transport: any HTTPTransport

    /// Downloads `url` to `destination`.
    func download(from url: URL, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws(ViduError) -> DownloadedFile {
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: "GET", url: url))
        } catch let error as TransportError {
            throw .transport(error)
        } catch {
            throw .transport(TransportError(kind: .other, delivery: .notSent, message: String(describing: error)))
        }
        guard (200..<300).contains(response.status) else {
            throw .http(HTTPFailure(
                operationID: "download", status: response.status, details: nil,
                rawBody: String(decoding: response.body.prefix(2_048), as: UTF8.self), requestID: nil, retryAfter: nil))
        }
        let size = Int64(response.body.count)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        do {
            try response.body.write(to: temporary)
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: destination)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .fileSystem("cannot write \(destination.path): \(error.localizedDescription)")
        }
        progress?(DownloadProgress(bytesReceived: size, bytesExpected: size))
        return DownloadedFile(location: destination, byteCount: size, contentType: response.header("Content-Type"))
    }
}
