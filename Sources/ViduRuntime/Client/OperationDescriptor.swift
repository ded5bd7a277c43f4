/// What the runtime needs to know about one generated operation.
public struct OperationDescriptor: Sendable, Hashable {
    public var operationID: String
    /// Upper-case HTTP method.
    public var method: String
    /// The path template, such as `/v1/tasks/{task_id}`.
    public var pathTemplate: String
    /// True for calls that create something billable: the runtime retries them only when the
    /// server certainly did not accept the request.
    public var createsTask: Bool
    /// The parameters, in the order the generated client passes their values to
    /// `RequestExecutor.perform`.
    public var parameters: [ParameterDescriptor]

    public init(operationID: String, method: String, pathTemplate: String, createsTask: Bool, parameters: [ParameterDescriptor] = []) {
        self.operationID = operationID
        self.method = method
        self.pathTemplate = pathTemplate
        self.createsTask = createsTask
        self.parameters = parameters
    }
}
