import ViduRuntime

/// A job mapped onto one provider's create operation: the generated request body, ready to
/// validate and send, and how to send it.
public struct CreateRequest: Sendable {
    /// The create operation's `operationId`.
    public var operationID: String
    /// The model as the provider names it for this job, for messages and capability tables
    /// (`viduq3-mix`, `turbo-text-to-video`).
    public var model: String
    /// The generated request body.
    public var body: any SchemaValidated
    /// Job fields that are set but that this request has no place for.
    public var unsent: [JobField]
    /// How to follow the task the request starts.
    public var descriptor: TaskDescriptor
    /// Sends the request through the generated client and answers the task id.
    public var submit: @Sendable (RequestExecutor) async throws(ViduError) -> String?

    /// Creates a request.
    public init(
        operationID: String, model: String, body: any SchemaValidated, unsent: [JobField], descriptor: TaskDescriptor,
        submit: @escaping @Sendable (RequestExecutor) async throws(ViduError) -> String?
    ) {
        self.operationID = operationID
        self.model = model
        self.body = body
        self.unsent = unsent
        self.descriptor = descriptor
        self.submit = submit
    }

    /// Every violation of the provider's spec; empty when the request may be sent.
    public func violations() -> [Violation] {
        body.validate()
    }

    /// The request body as JSON, as it would be sent.
    public func json() throws -> JSONValue {
        try JSONValueEncoder().encode(body)
    }
}
