import Foundation

/// A task that succeeded: where its results are.
public struct TaskOutcome: Sendable, Hashable {
    /// The task's id.
    public var taskID: String
    /// The result URLs, in document order, without duplicates. Presigned URLs expire
    /// (often after 24 hours); download them soon.
    public var resultURLs: [URL]
    /// The cover image URL, when the provider gives one (`x-task.coverUrl`).
    public var coverURL: URL?
    /// The final status document.
    public var raw: JSONValue

    /// Creates an outcome from its parts.
    public init(taskID: String, resultURLs: [URL], coverURL: URL?, raw: JSONValue) {
        self.taskID = taskID
        self.resultURLs = resultURLs
        self.coverURL = coverURL
        self.raw = raw
    }
}
