import Foundation

/// A finished job: where its video is.
public struct VideoResult: Sendable, Hashable {
    /// The task id.
    public var taskID: String
    /// The video URLs, first the main one. Presigned URLs expire (apixo and Vidu: 24 hours).
    public var videoURLs: [URL]
    /// A cover image, when the provider gives one (Vidu).
    public var coverURL: URL?

    /// Creates a result.
    public init(taskID: String, videoURLs: [URL], coverURL: URL?) {
        self.taskID = taskID
        self.videoURLs = videoURLs
        self.coverURL = coverURL
    }
}
