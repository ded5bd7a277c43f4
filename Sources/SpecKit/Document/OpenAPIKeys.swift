/// Every key SpecKit accepts in each kind of OpenAPI 3.1 object, in one place.
///
/// `read` keys are turned into the model. `ignored` keys are documentation that the model
/// has no place for (tags, contact, links...): accepted and dropped. `unsupported` keys are
/// valid OpenAPI that SpecKit cannot honour, so they are errors with a hint. Any other key is
/// an error too, unless it starts with `x-` (an extension; the ones SpecKit reads are listed
/// under `read`).
enum OpenAPIKeys {
    struct Rules: Sendable {
        var read: Set<String>
        var ignored: Set<String> = []
        var unsupported: [String: String] = [:]
        /// Every key that is not an error, for "did you mean" hints.
        var known: [String] { (read.union(ignored)).sorted() }
    }

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
    static let serverVariable = Rules(read: ["default", "description"], unsupported: ["enum": "give the one default value"])
    static let components = Rules(
        read: ["schemas", "securitySchemes", "parameters", "requestBodies", "responses", "examples", "headers"],
        ignored: ["links"],
        unsupported: [
            "callbacks": "describe callbacks under the top-level webhooks",
            "pathItems": "write the path item under paths or webhooks",
        ]
    )
    static let securityScheme = Rules(
        read: ["type", "scheme", "description"],
        ignored: ["bearerFormat"],
        unsupported: ["in": "use type http", "name": "use type http", "flows": "use type http", "openIdConnectUrl": "use type http"]
    )
    static let pathItem = Rules(
        read: Set(["summary", "description", "parameters"]).union(httpMethods),
        unsupported: [
            "$ref": "write the path item in place",
            "servers": "give the document one servers list",
        ]
    )
    static let operation = Rules(
        read: ["operationId", "summary", "description", "parameters", "requestBody", "responses", "x-task"],
        ignored: ["tags", "externalDocs", "deprecated", "security"],
        unsupported: [
            "callbacks": "describe callbacks under the top-level webhooks",
            "servers": "give the document one servers list",
        ]
    )
    static let parameter = Rules(
        read: ["name", "in", "description", "required", "schema"],
        ignored: ["deprecated", "style", "explode", "allowReserved", "allowEmptyValue", "examples"],
        unsupported: [
            "content": "use schema",
            "example": "use examples: {\"name\": {\"value\": ...}}",
        ]
    )
    static let requestBody = Rules(read: ["description", "content", "required"])
    static let mediaType = Rules(
        read: ["schema", "examples"],
        // Per-part headers and content types of a form: parts go with the runtime's defaults.
        ignored: ["encoding"],
        unsupported: [
            "example": "use examples: {\"name\": {\"value\": ...}}",
        ]
    )
    static let response = Rules(read: ["description", "content", "headers"], ignored: ["links"])
    static let header = Rules(
        read: ["description", "required", "schema"],
        ignored: ["deprecated", "style", "explode", "examples"],
        unsupported: ["content": "use schema", "example": "use examples"]
    )
    static let example = Rules(
        read: ["summary", "description", "value"],
        unsupported: ["externalValue": "put the example inline as value"]
    )
    static let reference = Rules(read: ["$ref"], ignored: ["summary", "description"])
    static let task = Rules(read: [
        "statusOperation", "statusParameter", "taskId", "state", "progress", "succeeded", "failed", "resultUrls",
        "coverUrl", "errorCode", "errorMessage", "estimatedSeconds", "polling", "cancelOperation",
    ])
    static let polling = Rules(read: ["initialDelaySeconds", "intervalSeconds"])

    /// The operation keys of a path item, in the order operations are listed.
    static let httpMethodOrder = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    static let httpMethods = Set(httpMethodOrder)
}
