/// The answer of an operation that starts a task: the decoded response, the task id read from
/// the raw answer, and how to follow that task (the operation's own `x-task`).
public struct CreatedTask<Response: Sendable>: Sendable {
    /// The decoded 2xx answer.
    public var response: Response
    /// The task id, read from the raw answer at the `x-task` pointers (a numeric id keeps its
    /// literal digits); nil when the answer has none there.
    public var taskID: String?
    /// How to follow this task: its status call, states, result paths and polling advice.
    public var task: TaskDescriptor

    /// Creates the value.
    public init(response: Response, taskID: String?, task: TaskDescriptor) {
        self.response = response
        self.taskID = taskID
        self.task = task
    }
}
