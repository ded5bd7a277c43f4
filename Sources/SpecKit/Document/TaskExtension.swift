/// The `x-task` extension of a create operation as the spec writes it: how to follow the
/// task it starts, with operations named by their operationId. vidu-codegen resolves it into
/// the runtime's `TaskDescriptor` (operations as descriptors), field for field.
///
/// Paths are JSON pointers extended with two segments: `*` visits every element of an array
/// (and passes a single string through, for string-or-array fields), and `@json` parses a
/// string as JSON and continues inside it. `specs/README.md` defines each member.
public struct TaskExtension: Sendable, Hashable {
    /// The operationId of the status call.
    public var statusOperation: String
    /// The status call's parameter that takes the task id.
    public var statusParameter: String
    /// Where the task id is in the create call's success body.
    public var taskID: [String]
    /// Where the state is in the status body.
    public var state: String
    /// Where the progress percentage is, when the provider reports one.
    public var progress: String?
    /// States that mean the video is ready.
    public var succeeded: [String]
    /// States that mean the task ended without a video.
    public var failed: [String]
    /// Where the result video URLs are.
    public var resultURLs: [String]
    /// Where the cover image URL is, when there is one.
    public var coverURL: String?
    /// Where the provider's failure code and message are.
    public var errorCode: String?
    public var errorMessage: String?
    /// Where the provider's own estimate of the remaining seconds is.
    public var estimatedSeconds: String?
    /// Polling advice: seconds before the first poll, and between polls.
    public var initialDelaySeconds: Double
    public var intervalSeconds: Double
    /// The operationId that cancels a task, when the provider has one.
    public var cancelOperation: String?

    public init(
        statusOperation: String, statusParameter: String, taskID: [String], state: String, progress: String?,
        succeeded: [String], failed: [String], resultURLs: [String], coverURL: String?, errorCode: String?,
        errorMessage: String?, estimatedSeconds: String?, initialDelaySeconds: Double, intervalSeconds: Double,
        cancelOperation: String?
    ) {
        self.statusOperation = statusOperation
        self.statusParameter = statusParameter
        self.taskID = taskID
        self.state = state
        self.progress = progress
        self.succeeded = succeeded
        self.failed = failed
        self.resultURLs = resultURLs
        self.coverURL = coverURL
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.estimatedSeconds = estimatedSeconds
        self.initialDelaySeconds = initialDelaySeconds
        self.intervalSeconds = intervalSeconds
        self.cancelOperation = cancelOperation
    }
}
