/// One provider's OpenAPI document (3.1, or 3.0 translated into 3.1's model), read and
/// checked by SpecKit.
public struct SpecDocument: Sendable {
    /// The file it came from, as the user named it.
    public var file: String
    /// The provider's id: the file's base name without `.json`, `.yaml` or `.yml`
    /// (`specs/acme.json` → `acme`).
    public var providerID: String { Self.stem(of: file) }

    /// `specs/acme-video.yaml` → `acme-video`.
    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        for suffix in [".json", ".yaml", ".yml"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
    public var title: String
    public var version: String
    public var description: String?
    /// The Swift namespace for the provider's generated types: the one `--namespace` gives,
    /// else `info.x-swift-namespace`, else derived from `info.title` or the file name (see
    /// specs/README.md, "Namespaces").
    public var namespace: String
    /// The OpenAPI version the document declares, `3.0` or `3.1` (a 3.0 document was
    /// translated into 3.1's model while it was read).
    public var openAPIVersion = "3.1"
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
    /// The parameter's `examples` (and its `example`, named `example`).
    public var examples: [Example]

    public init(name: String, location: Location, required: Bool, description: String?, schema: Schema, examples: [Example] = []) {
        self.name = name
        self.location = location
        self.required = required
        self.description = description
        self.schema = schema
        self.examples = examples
    }
}

/// A request body.
///
/// `schema` and `examples` are those of `mediaType`: `application/json` when the body offers
/// it, else the first media type of `content`. `content` holds every media type as written.
public struct RequestBody: Sendable {
    public var required: Bool
    public var description: String?
    public var schema: Schema
    public var examples: [Example]
    /// The media type `schema` and `examples` belong to, as written (`application/json`).
    public var mediaType: String
    /// Every entry of the body's `content` map, in source order.
    public var content: [MediaContent]

    public init(
        required: Bool, description: String?, schema: Schema, examples: [Example], mediaType: String = "application/json",
        content: [MediaContent] = []
    ) {
        self.required = required
        self.description = description
        self.schema = schema
        self.examples = examples
        self.mediaType = mediaType
        self.content = content
    }
}

/// One documented response.
public struct Response: Sendable {
    public var status: String
    public var description: String?
    /// The JSON body schema; nil when the response has no JSON body.
    public var schema: Schema?
    public var examples: [Example]
    /// Documented response headers, such as a request id.
    public var headers: [String]
    /// Every entry of the response's `content` map (JSON or not), in source order.
    public var content: [MediaContent]

    public init(status: String, description: String?, schema: Schema?, examples: [Example], headers: [String], content: [MediaContent] = []) {
        self.status = status
        self.description = description
        self.schema = schema
        self.examples = examples
        self.headers = headers
        self.content = content
    }
}

/// One entry of an OpenAPI `examples` map, or an `example` value (named `example`).
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
