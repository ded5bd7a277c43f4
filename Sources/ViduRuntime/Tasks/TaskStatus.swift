/// Where a task stands, as far as the runtime can tell.
public enum TaskPhase: String, Sendable, Hashable {
    /// Any state that is neither succeeded nor failed, including states the runtime does not
    /// know (`submitted`, `queueing`, new ones): the task is treated as still running.
    case running
    /// The state is one of the descriptor's `succeeded` states.
    case succeeded
    /// The state is one of the descriptor's `failed` states.
    case failed
}

/// One observation of a task: from a status call or a callback.
public struct TaskStatus: Sendable, Hashable {
    /// The task's id (empty when a callback body did not carry one where the descriptor says).
    public var taskID: String
    /// The provider's state string, as sent (`processing`, `queueing`, `success`, ...).
    public var state: String
    /// The runtime's reading of `state`.
    public var phase: TaskPhase
    /// Progress in percent (0–100), when the provider reports it.
    public var progress: Double?
    /// The provider's estimate of the seconds still needed, when it reports one.
    public var estimatedSeconds: Double?
    /// The whole status document.
    public var raw: JSONValue

    /// Creates a status from its parts.
    public init(taskID: String, state: String, phase: TaskPhase, progress: Double?, estimatedSeconds: Double?, raw: JSONValue) {
        self.taskID = taskID
        self.state = state
        self.phase = phase
        self.progress = progress
        self.estimatedSeconds = estimatedSeconds
        self.raw = raw
    }

    /// True when the task will not change any more.
    public var isFinal: Bool { phase != .running }
}
