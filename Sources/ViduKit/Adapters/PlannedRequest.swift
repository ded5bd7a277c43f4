import ViduRuntime

/// A job mapped onto one provider's create operation, ready to validate and send.
struct PlannedRequest: Sendable {
    /// The create operation's `operationId`.
    var operationID: String
    /// The model as the provider names it for this job, for messages (`viduq3-mix`,
    /// `turbo-text-to-video`, `viduq3p-mix`).
    var model: String
    /// The generated request body.
    var body: any SchemaValidated
    /// Job fields that are set but that this request has no place for.
    var unsent: [JobField]
    /// How to follow the task the request starts.
    var descriptor: TaskDescriptor
    /// Sends the request through the generated client and answers the task id.
    var submit: @Sendable (RequestExecutor) async throws(ViduError) -> String?

    /// Every violation of the provider's spec; empty when the request may be sent.
    func violations() -> [Violation] {
        body.validate()
    }

    /// The request body as JSON, as it would be sent.
    func json() throws -> JSONValue {
        try JSONValueEncoder().encode(body)
    }
}

/// The result of mapping a job onto a provider.
enum RequestPlan: Sendable {
    /// The job maps onto a request (which may still break the spec's rules).
    case planned(PlannedRequest)
    /// The provider has nothing that means what the job asks for.
    case unsupported(JobIncompatibility)

    /// The request, when there is one.
    var request: PlannedRequest? {
        if case .planned(let request) = self { return request }
        return nil
    }
}
