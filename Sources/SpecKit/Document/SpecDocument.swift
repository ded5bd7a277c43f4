/// One provider's OpenAPI 3.1 document, read and checked by SpecKit.
public struct SpecDocument: Sendable {
    /// The file it came from, as the user named it.
    public var file: String
    /// The provider's id: the file's base name without `.json` (`specs/acme.json` → `acme`).
    public var providerID: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
    public var title: String
    public var version: String
    public var description: String?
    /// The Swift namespace for the provider's generated types (`info.x-swift-namespace`).
    public var namespace: String
    public var servers: [Server]
    public var auth: AuthScheme
    public var operations: [Operation]
    public var webhooks: [Webhook]
    /// `components.schemas`, in source order.
    public var schemas: [(name: String, schema: Schema)]
    /// Every schema reachable by `$ref`, by absolute URI.
    public var registry: SchemaRegistry
    /// The provider's documented limits (`info.x-rate-limits`), when it documents any.
    public var rateLimits: RateLimits?
    /// What the spec says of the provider beyond its API (`info.x-provider`), when it says it.
    public var providerInfo: ProviderInfo?

    /// Warnings found while reading: constructs skipped or tolerated (see specs/README.md).
    public var warnings: [Diagnostic] = []

    public init(
        file: String, title: String, version: String, description: String?, namespace: String,
        servers: [Server], auth: AuthScheme, operations: [Operation], webhooks: [Webhook],
        schemas: [(name: String, schema: Schema)], registry: SchemaRegistry, rateLimits: RateLimits?,
        providerInfo: ProviderInfo? = nil
    ) {
        self.providerInfo = providerInfo
        self.file = file
        self.title = title
        self.version = version
        self.description = description
        self.namespace = namespace
        self.servers = servers
        self.auth = auth
        self.operations = operations
        self.webhooks = webhooks
        self.schemas = schemas
        self.registry = registry
        self.rateLimits = rateLimits
    }
}

/// Documented request and concurrency limits of a provider.
public struct RateLimits: Sendable, Hashable {
    /// Requests per minute for one API key, when documented.
    public var requestsPerMinute: Int?
    /// Tasks that may run at once, when documented.
    public var concurrentTasks: Int?
    public init(requestsPerMinute: Int?, concurrentTasks: Int?) {
        self.requestsPerMinute = requestsPerMinute
        self.concurrentTasks = concurrentTasks
    }
}

/// The provider facts of `info.x-provider`: the name people read and the environment variable
/// of its API key. Each is nil when the spec leaves it out (the runtime then uses the id and
/// `<ID>_API_KEY`).
public struct ProviderInfo: Sendable, Hashable {
    /// The provider's name in messages and tables, such as `Acme`.
    public var displayName: String?
    /// The environment variable that holds the provider's own API key, such as `ACME_API_KEY`.
    public var keyEnvironmentVariable: String?
    public init(displayName: String?, keyEnvironmentVariable: String?) {
        self.displayName = displayName
        self.keyEnvironmentVariable = keyEnvironmentVariable
    }
}

/// A server base URL.
public struct Server: Sendable, Hashable {
    public var url: String
    public var description: String?
    public init(url: String, description: String?) {
        self.url = url
        self.description = description
    }
}

/// How requests carry the API key: `Authorization: <scheme> <key>`.
public struct AuthScheme: Sendable, Hashable {
    /// The scheme word as sent, such as `Bearer` or `Token`.
    public var scheme: String
    public var description: String?
    public init(scheme: String, description: String?) {
        self.scheme = scheme
        self.description = description
    }
}

/// One HTTP operation.
public struct Operation: Sendable {
    public var operationID: String
    /// Upper-case HTTP method.
    public var method: String
    /// The path template, such as `/v1/tasks/{task_id}`.
    public var path: String
    public var summary: String?
    public var description: String?
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Responses in source order; `status` is `"200"`, `"4XX"` or `"default"`.
    public var responses: [Response]
    /// The `x-task` description, on operations that create a task.
    public var task: TaskExtension?
    /// Where the operation was written.
    public var source: SchemaSource

    public init(
        operationID: String, method: String, path: String, summary: String?, description: String?,
        parameters: [Parameter], requestBody: RequestBody?, responses: [Response], task: TaskExtension?,
        source: SchemaSource
    ) {
        self.operationID = operationID
        self.method = method
        self.path = path
        self.summary = summary
        self.description = description
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.task = task
        self.source = source
    }
}

/// A path, query or header parameter.
public struct Parameter: Sendable {
    public enum Location: String, Sendable { case path, query, header, cookie }
    public var name: String
    public var location: Location
    public var required: Bool
    public var description: String?
    public var schema: Schema

    public init(name: String, location: Location, required: Bool, description: String?, schema: Schema) {
        self.name = name
        self.location = location
        self.required = required
        self.description = description
        self.schema = schema
    }
}

/// A request body: the schema of its preferred media type (see `MediaKind`).
public struct RequestBody: Sendable {
    public var required: Bool
    public var description: String?
    public var schema: Schema
    public var examples: [Example]
    /// The media type the client sends, as the spec spells it (`application/json`, `multipart/form-data`).
    public var mediaType: String
    /// The other media types the spec offers for the body, in spec order.
    public var otherMediaTypes: [String]

    public init(required: Bool, description: String?, schema: Schema, examples: [Example], mediaType: String = "application/json", otherMediaTypes: [String] = []) {
        self.required = required
        self.description = description
        self.schema = schema
        self.examples = examples
        self.mediaType = mediaType
        self.otherMediaTypes = otherMediaTypes
    }
}

/// One documented response.
public struct Response: Sendable {
    public var status: String
    public var description: String?
    /// The body schema of the preferred media type; nil when the response has no body schema.
    public var schema: Schema?
    public var examples: [Example]
    /// Documented response headers, such as a request id.
    public var headers: [String]
    /// The preferred media type of the body (see `MediaKind`); nil when no content is documented.
    public var mediaType: String?
    /// The other media types the spec documents for the body, in spec order.
    public var otherMediaTypes: [String]

    public init(status: String, description: String?, schema: Schema?, examples: [Example], headers: [String], mediaType: String? = nil, otherMediaTypes: [String] = []) {
        self.status = status
        self.description = description
        self.schema = schema
        self.examples = examples
        self.headers = headers
        self.mediaType = mediaType ?? (schema == nil ? nil : "application/json")
        self.otherMediaTypes = otherMediaTypes
    }
}

/// One entry of an OpenAPI `examples` map.
public struct Example: Sendable {
    public var name: String
    public var summary: String?
    public var description: String?
    public var value: JSONNode
    /// The pointer of the example object in the spec.
    public var pointer: String

    public init(name: String, summary: String?, description: String?, value: JSONNode, pointer: String) {
        self.name = name
        self.summary = summary
        self.description = description
        self.value = value
        self.pointer = pointer
    }
}

/// A `webhooks` entry: a request the provider sends to the user's server.
public struct Webhook: Sendable {
    public var name: String
    /// The operation that describes the callback request (its body, headers and examples).
    public var operation: Operation

    public init(name: String, operation: Operation) {
        self.name = name
        self.operation = operation
    }
}
