import Foundation
import ViduRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Downloads a result through an `HTTPTransport` (the simulation) instead of the network:
/// a plain GET without `Authorization`, written to the hidden partial file beside the
/// destination and renamed into place when complete. The destination follows the same
/// rules as `ResultDownloader` (`DownloadDestination`), checked before the GET is sent.
struct TransportDownload: Sendable {
    /// Sends the GET.
    let transport: any HTTPTransport

    /// Downloads `url` to `destination` (a file, or a directory to save in as `defaultName`).
    func download(
        from url: URL, to destination: URL, defaultName: String, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws(ViduError) -> DownloadedFile {
        let target = try DownloadDestination.resolve(destination, defaultName: defaultName)
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
        if Task.isCancelled { throw .cancelled }
        let size = Int64(response.body.count)
        do {
            try response.body.write(to: target.partialFile)
        } catch {
            try? FileManager.default.removeItem(at: target.partialFile)
            throw .fileSystem("cannot write \(target.partialFile.path): \(error.localizedDescription)")
        }
        guard rename(target.partialFile.path, target.file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: target.partialFile)
            throw .fileSystem("cannot move the download to \(target.file.path): \(reason)")
        }
        progress?(DownloadProgress(bytesReceived: size, bytesExpected: size))
        return DownloadedFile(location: target.file, byteCount: size, contentType: response.header("Content-Type"))
    }
}
