/// Every key SpecKit accepts in each kind of OpenAPI 3.0/3.1 object, in one place.
///
/// `read` keys are turned into the model. `ignored` keys are documentation that the model
/// has no place for (tags, contact, externalDocs...): accepted and dropped. `warned` keys are
/// valid OpenAPI that SpecKit does not honour: accepted with a warning that says what the
/// user loses. Any other key is an error (almost surely a typo, which could make wrong
/// code), unless it starts with `x-` (an extension; the ones SpecKit reads are listed under
/// `read`) or the object's rules say unknown keys are only ignored (`unknownKeys`).
enum OpenAPIKeys {
    /// What a warned key loses, and what to do about it.
    struct Loss: Sendable {
        var message: String
        var hint: String
    }

    struct Rules: Sendable {
        var read: Set<String>
        var ignored: Set<String> = []
        var warned: [String: Loss] = [:]
        /// When set, an unknown key is a warning with this hint instead of an error.
        var unknownKeys: Loss?
        /// Every key that is not an error, for "did you mean" hints.
        var known: [String] { read.union(ignored).union(warned.keys).sorted() }
    }

    static let serversLoss = Loss(
        message: "its requests go to the document's first server",
        hint: "set ClientConfiguration.baseURL to reach another server"
    )
    static let callbacksLoss = Loss(
        message: "callbacks are not generated, so the requests the provider sends back have no typed handler",
        hint: "describe them under the top-level webhooks (OpenAPI 3.1) to get one"
    )

    static let document = Rules(
        read: ["openapi", "info", "servers", "paths", "webhooks", "components", "security", "jsonSchemaDialect"],
        ignored: ["tags", "externalDocs"]
    )
    static let info = Rules(
        read: ["title", "version", "description", "x-swift-namespace", "x-rate-limits", "x-provider"],
        ignored: ["summary", "termsOfService", "contact", "license"]
    )
    static let rateLimits = Rules(read: ["requestsPerMinute", "concurrentTasks"])
    static let providerInfo = Rules(read: ["displayName", "keyEnvironmentVariable"])
    static let server = Rules(read: ["url", "description", "variables"])
    /// `enum` lists the values a variable may take; the client uses the `default`.
    static let serverVariable = Rules(read: ["default", "description"], ignored: ["enum"])
    static let components = Rules(
        read: ["schemas", "securitySchemes", "parameters", "requestBodies", "responses", "examples", "headers", "pathItems"],
        ignored: ["links", "callbacks"]
    )
    static let securityScheme = Rules(
        read: ["type", "scheme", "description", "in", "name", "x-key-prefix"],
        ignored: ["bearerFormat", "flows", "openIdConnectUrl"]
    )
    static let pathItem = Rules(
        read: Set(["summary", "description", "parameters", "$ref"]).union(httpMethods),
        warned: [
            "servers": Loss(message: "the path's own servers are not used: " + serversLoss.message, hint: serversLoss.hint),
            "query": Loss(
                message: "'query' is an HTTP method of OpenAPI 3.2, not of 3.0 or 3.1: the operation is not generated",
                hint: "call it with your own HTTP client, or describe it as a post"
            ),
        ]
    )
    static let operation = Rules(
        read: ["operationId", "summary", "description", "parameters", "requestBody", "responses", "x-task", "security"],
        ignored: ["tags", "externalDocs", "deprecated"],
        warned: [
            "callbacks": callbacksLoss,
            "servers": Loss(message: "the operation's own servers are not used: " + serversLoss.message, hint: serversLoss.hint),
        ]
    )
    static let parameter = Rules(
        read: ["name", "in", "description", "required", "schema", "content", "example", "examples", "style", "explode"],
        ignored: ["deprecated", "allowReserved", "allowEmptyValue"]
    )
    static let requestBody = Rules(read: ["description", "content", "required"])
    static let mediaType = Rules(read: ["schema", "example", "examples", "encoding"])
    static let response = Rules(
        read: ["description", "content", "headers"],
        warned: ["links": Loss(message: "links are not generated: the client does not follow them", hint: "call the linked operation yourself with the value the link names")]
    )
    static let header = Rules(
        read: ["description", "required", "schema", "content", "example", "examples"],
        ignored: ["deprecated", "style", "explode"]
    )
    static let example = Rules(
        read: ["summary", "description", "value", "externalValue"],
        warned: ["title": Loss(message: "'title' is not a field of an Example object, so it is not shown", hint: "write it as summary")]
    )
    /// OpenAPI 3.1: a Reference Object may carry `summary` and `description`, and any other
    /// member SHALL be ignored.
    static let reference = Rules(
        read: ["$ref"], ignored: ["summary", "description"],
        unknownKeys: Loss(message: "a reference object's other members are ignored (OpenAPI says so)", hint: "move it into the object the $ref names")
    )
    static let task = Rules(read: [
        "statusOperation", "statusParameter", "taskId", "state", "progress", "succeeded", "failed", "resultUrls",
        "coverUrl", "errorCode", "errorMessage", "estimatedSeconds", "polling", "cancelOperation",
    ])
    static let polling = Rules(read: ["initialDelaySeconds", "intervalSeconds"])

    /// The operation keys of a path item, in the order operations are listed.
    static let httpMethodOrder = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    static let httpMethods = Set(httpMethodOrder)
}
