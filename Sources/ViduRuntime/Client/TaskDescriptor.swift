/// How to follow a task that a create operation starts: the runtime form of a spec's `x-task`
/// (SpecKit's `TaskExtension`, with its operations resolved into descriptors).
///
/// Paths are JSON pointers extended with `*` (every array element; a lone string passes
/// through) and `@json` (parse a string as JSON and go on inside it).
public struct TaskDescriptor: Sendable, Hashable {
    /// The status operation and where the task id goes in it.
    public var statusOperation: OperationDescriptor
    public var statusParameter: String
    /// True when the id is a query parameter, false when it is a path parameter.
    public var statusParameterInQuery: Bool
    /// Where the task id is in the create response (the first that is present wins).
    public var taskID: [String]
    public var state: String
    public var progress: String?
    public var succeeded: [String]
    public var failed: [String]
    public var resultURLs: [String]
    public var coverURL: String?
    public var errorCode: String?
    public var errorMessage: String?
    public var estimatedSeconds: String?
    /// The provider's polling advice, in seconds.
    public var initialDelaySeconds: Double
    public var intervalSeconds: Double
    /// The operation that cancels a task (it takes the id as the status operation does), when
    /// the provider has one.
    public var cancelOperation: OperationDescriptor?

    public init(
        statusOperation: OperationDescriptor, statusParameter: String, statusParameterInQuery: Bool,
        taskID: [String], state: String, progress: String?, succeeded: [String], failed: [String],
        resultURLs: [String], coverURL: String?, errorCode: String?, errorMessage: String?,
        estimatedSeconds: String?, initialDelaySeconds: Double, intervalSeconds: Double, cancelOperation: OperationDescriptor? = nil
    ) {
        self.statusOperation = statusOperation
        self.statusParameter = statusParameter
        self.statusParameterInQuery = statusParameterInQuery
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
