import Foundation

/// A finished job: where its video is.
public struct VideoResult: Sendable, Hashable {
    /// The task id.
    public var taskID: String
    /// The video URLs, first the main one. Presigned URLs expire (often after 24 hours):
    /// download soon.
    public var videoURLs: [URL]
    /// A cover image, when the provider gives one.
    public var coverURL: URL?

    /// Creates a result.
    public init(taskID: String, videoURLs: [URL], coverURL: URL?) {
        self.taskID = taskID
        self.videoURLs = videoURLs
        self.coverURL = coverURL
    }

    /// The file name a download gets when no file is named: `<task id>.mp4`, with every
    /// character but letters, digits, `-`, `_` and `.` replaced by `_` (never hidden).
    public var defaultFileName: String {
        Self.defaultFileName(for: taskID)
    }

    /// `<task id>.mp4`, made safe as a file name.
    public static func defaultFileName(for taskID: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        let cleaned = String(taskID.unicodeScalars.map { allowed.contains($0) ? Character($0) : "_" })
        return (cleaned.isEmpty || cleaned.hasPrefix(".") ? "video-\(cleaned)" : cleaned) + ".mp4"
    }
}
