import Foundation

/// A response body that is not JSON (a file, an image, a video, a server-sent event stream
/// read to its end), as received.
///
/// It is read into memory whole, so it is bounded by `ClientConfiguration.maxResponseBytes`
/// (8 MiB by default): raise that limit for larger files; a longer body fails with
/// `ViduError.responseTooLarge`.
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
            if FileManager.default.fileExists(atPath: target.file.path) {
                _ = try FileManager.default.replaceItemAt(target.file, withItemAt: target.partialFile)
            } else {
                try FileManager.default.moveItem(at: target.partialFile, to: target.file)
            }
        } catch {
            try? FileManager.default.removeItem(at: target.partialFile)
            throw .fileSystem("cannot write \(target.file.path): \(error.localizedDescription)")
        }
        return target.file
    }
}
