import Foundation

/// A response body that is not JSON (a file, an image, a video, a server-sent event stream
/// read to its end), as received.
///
/// It is read into memory whole, so it is bounded by `ClientConfiguration.maxResponseBytes`
/// (8 MiB by default); a longer body fails with `ViduError.responseTooLarge`. For files of
/// any size, call the generated method's `to:` form instead: it streams the body to a file
/// (`RequestExecutor.performDownload`) and returns a `DownloadedFile`.
public struct BinaryResponse: Sendable, Hashable {
    /// The body's bytes.
    public var data: Data
    /// The answer's `Content-Type`, if it sent one.
    public var contentType: String?

    public init(data: Data, contentType: String?) {
        self.data = data
        self.contentType = contentType
    }

    /// Writes the bytes to `destination` (a file, replaced if it exists, or an existing
    /// directory to save in as `defaultName`), through a partial file renamed into place.
    public func write(to destination: URL, defaultName: String = "download") throws(ViduError) -> URL {
        let target = try DownloadDestination.resolve(destination, defaultName: defaultName)
        do {
            try data.write(to: target.partialFile)
        } catch {
            try? FileManager.default.removeItem(at: target.partialFile)
            throw .fileSystem("cannot write \(target.file.path): \(error.localizedDescription)")
        }
        try target.movePartialIntoPlace()
        return target.file
    }
}
