import Foundation

/// The one call every generated client method makes: check, send, decode.
extension RequestExecutor {
    /// Checks `parameters` (one value per `operation.parameters`, in order; nil is not sent)
    /// against `schemas` by their roots, and the body's own violations; refuses the request
    /// with every violation at once; then sends it and decodes the 2xx answer.
    ///
    /// - Throws: `.invalidRequest` before anything is sent, and the errors of `sendRaw`.
    @_spi(Generated)
    public func perform<Response: Decodable & Sendable>(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil,
        as type: Response.Type
    ) async throws(ViduError) -> Response {
        let response = try await performRaw(operation, schemas: schemas, parameters: parameters, body: body)
        return try response.decoded(as: Response.self, operationID: operation.operationID, redactingWith: configuration.apiKey)
    }

    /// `perform` for an operation that starts a task: the task id is read from the raw
    /// answer at `task`'s pointers before the answer is decoded, so an answer that names its
    /// task but does not decode ends in `.taskCreatedAnswerUnreadable` with that id (follow
    /// it; do not resubmit) rather than a bare `.decoding`.
    @_spi(Generated)
    public func perform<Response: Decodable & Sendable>(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil,
        task: TaskDescriptor, as type: Response.Type
    ) async throws(ViduError) -> CreatedTask<Response> {
        let answer = try await performRaw(operation, schemas: schemas, parameters: parameters, body: body)
        let taskID = task.taskID(inRawBody: answer.body)
        do {
            let decoded = try answer.decoded(as: Response.self, operationID: operation.operationID, redactingWith: configuration.apiKey)
            return CreatedTask(response: decoded, taskID: taskID, task: task)
        } catch {
            guard let taskID, !taskID.isEmpty, case .decoding(let failure) = error else { throw error }
            throw .taskCreatedAnswerUnreadable(operationID: operation.operationID, taskID: taskID, reason: "cannot decode the answer: \(failure.message)")
        }
    }

    /// `perform` without decoding: the 2xx answer as received.
    @_spi(Generated)
    public func performRaw(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?] = [], body: CheckedBody? = nil
    ) async throws(ViduError) -> HTTPResponse {
        try await performRaw(operation, schemas: schemas, parameters: parameters, body: body, accepting: nil)
    }

    /// `performRaw`, asking for `accept` (nil: JSON) and sending a form body as its bytes;
    /// with `stream`, a 2xx body goes to its file (see `sendRaw(…streamingTo:)`).
    func performRaw(
        _ operation: OperationDescriptor, schemas: SchemaTable, parameters: [JSONValue?], body: CheckedBody?, accepting accept: String?,
        streamingTo stream: BodyStream? = nil
    ) async throws(ViduError) -> HTTPResponse {
        var request = try Self.placed(parameters, of: operation, checkedAgainst: schemas)
        let violations = (body?.violations ?? []) + request.violations
        guard violations.isEmpty else { throw .invalidRequest(violations) }
        if let accept { request.headers.insert(("Accept", accept), at: 0) }
        var payload: (any Encodable & Sendable)? = body?.json
        if let encoded = body?.encoded { payload = try encoded.encoded() }
        return try await sendRaw(
            operation, pathParameters: request.path, query: request.query, headers: request.headers, body: payload,
            streamingTo: stream)
    }

    /// The parameter values placed on the wire, and every violation of their schemas. Each
    /// violation's pointer starts with the parameter's name (`/task_id`).
    static func placed(
        _ values: [JSONValue?], of operation: OperationDescriptor, checkedAgainst schemas: SchemaTable
    ) throws(ViduError) -> PlacedParameters {
        guard values.count == operation.parameters.count else {
            throw .invalidRequest([Violation(
                pointer: "", keyword: "parameters",
                message: "\(operation.operationID) takes \(operation.parameters.count) parameters, the client passed \(values.count) (regenerate the client)")])
        }
        var placed = PlacedParameters()
        var cookies: [String] = []
        for (parameter, value) in zip(operation.parameters, values) {
            guard let value else { continue }
            if let root = parameter.schemaRoot {
                for violation in schemas.validate(value, against: root) {
                    placed.violations.append(Violation(
                        pointer: JSONPointer.appending("", parameter.name) + violation.pointer,
                        keyword: violation.keyword, message: violation.message))
                }
            }
            let texts = Self.wireTexts(value)
            if parameter.location == .header || parameter.location == .cookie,
               texts.contains(where: { $0.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" } }) {
                placed.violations.append(Violation(
                    pointer: JSONPointer.appending("", parameter.name), keyword: "header",
                    message: "must not contain a line break or NUL (it would end the header)"))
                continue
            }
            switch parameter.location {
            case .path: placed.path[parameter.name] = texts.joined(separator: ",")
            case .query: placed.query += texts.map { (parameter.name, $0) }
            case .header: placed.headers.append((parameter.name, texts.joined(separator: ",")))
            case .cookie: cookies += texts.map { parameter.name + "=" + $0 }
            }
        }
        if !cookies.isEmpty { placed.headers.append(("Cookie", cookies.joined(separator: "; "))) }
        return placed
    }

    /// The text of a parameter value on the wire (OpenAPI's default styles: `simple` for
    /// path and header, `form` with `explode` for query and cookie): a string as is, a number
    /// as JSON writes it, `true`/`false`, an array one text per element, an object or null
    /// as compact JSON.
    static func wireTexts(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .bool(let flag): return [flag ? "true" : "false"]
        case .array(let elements): return elements.flatMap { element -> [String] in
            if case .array = element { return [Self.jsonText(element)] }
            return wireTexts(element)
        }
        case .number, .object, .null: return [Self.jsonText(value)]
        }
    }

    private static func jsonText(_ value: JSONValue) -> String {
        (try? JSONValueWriter.data(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// Parameter values as `sendRaw` takes them, with the violations found on the way.
struct PlacedParameters {
    var path: [String: String] = [:]
    var query: [(name: String, value: String)] = []
    var headers: [(name: String, value: String)] = []
    var violations: [Violation] = []
}
