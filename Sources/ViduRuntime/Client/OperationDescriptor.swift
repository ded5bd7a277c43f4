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

/// What the runtime needs to know about one provider.
public struct ProviderDescriptor: Sendable, Hashable {
    /// The provider's name, such as `apimart`.
    public var name: String
    /// The documented base URL.
    public var defaultBaseURL: String
    /// The `Authorization` scheme word, such as `Bearer` or `Token`.
    public var authScheme: String
    /// Documented requests per minute for one key, when documented.
    public var requestsPerMinute: Int?
    /// Documented number of tasks that may run at once, when documented.
    public var concurrentTasks: Int?

    public init(name: String, defaultBaseURL: String, authScheme: String, requestsPerMinute: Int? = nil, concurrentTasks: Int? = nil) {
        self.name = name
        self.defaultBaseURL = defaultBaseURL
        self.authScheme = authScheme
        self.requestsPerMinute = requestsPerMinute
        self.concurrentTasks = concurrentTasks
    }
}
