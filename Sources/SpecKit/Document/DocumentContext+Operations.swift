extension DocumentContext {
    /// Where an operationId was written, for the duplicate check.
    struct OperationIDSite {
        var id: String
        var location: SourceLocation
        var pointer: String
    }

    /// Every operation under `paths`, in source order.
    mutating func readPaths() -> [Operation] {
        guard let paths = root["paths"], let members = object(paths, at: "/paths", what: "'paths'") else { return [] }
        var operations: [Operation] = []
        for member in members {
            let pointer = JSONPointerText.appending(member.key, to: "/paths")
            guard member.key.hasPrefix("/") else {
                collector.error("path '\(member.key)' must start with '/'", at: member.keyLocation, pointer: pointer)
                continue
            }
            guard let itemMembers = object(member.value, at: pointer, what: "a path item") else { continue }
            checkKeys(itemMembers, at: pointer, rules: OpenAPIKeys.pathItem, what: "a path item")
            let shared = readParameters(of: member.value, at: pointer)
            for operationMember in itemMembers where OpenAPIKeys.httpMethods.contains(operationMember.key) {
                let operationPointer = JSONPointerText.appending(operationMember.key, to: pointer)
                if let operation = readOperation(
                    operationMember.value, method: operationMember.key, path: member.key, at: operationPointer,
                    shared: shared, fallbackID: nil
                ) {
                    operations.append(operation)
                    checkPathTemplate(of: operation, at: operationPointer, keyLocation: member.keyLocation)
                }
            }
        }
        return operations
    }

    /// Every entry of `webhooks`: a path item with exactly one operation.
    mutating func readWebhooks() -> [Webhook] {
        guard let webhooks = root["webhooks"], let members = object(webhooks, at: "/webhooks", what: "'webhooks'") else { return [] }
        var result: [Webhook] = []
        for member in members {
            let pointer = JSONPointerText.appending(member.key, to: "/webhooks")
            guard let itemMembers = object(member.value, at: pointer, what: "a webhook") else { continue }
            checkKeys(itemMembers, at: pointer, rules: OpenAPIKeys.pathItem, what: "a webhook")
            let methods = itemMembers.filter { OpenAPIKeys.httpMethods.contains($0.key) }
            guard methods.count == 1 else {
                collector.error("webhook '\(member.key)' must describe exactly one operation, not \(methods.count)", node: member.value, pointer: pointer, hint: "describe the callback request as one post")
                continue
            }
            let shared = readParameters(of: member.value, at: pointer)
            let operationPointer = JSONPointerText.appending(methods[0].key, to: pointer)
            if let operation = readOperation(methods[0].value, method: methods[0].key, path: "", at: operationPointer, shared: shared, fallbackID: member.key) {
                result.append(Webhook(name: member.key, operation: operation))
            }
        }
        return result
    }

    /// One operation; `fallbackID` names it when it has no operationId (webhooks only).
    mutating func readOperation(
        _ node: JSONNode, method: String, path: String, at pointer: String, shared: [Parameter], fallbackID: String?
    ) -> Operation? {
        guard let members = object(node, at: pointer, what: "an operation") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.operation, what: "an operation")
        let explicitID = string("operationId", of: node, at: pointer)
        let operationID: String
        if let explicitID {
            operationID = explicitID
            operationIDSites.append(OperationIDSite(id: explicitID, location: node["operationId"]!.location, pointer: pointer + "/operationId"))
        } else if let fallbackID {
            operationID = fallbackID
            operationIDSites.append(OperationIDSite(id: fallbackID, location: node.location, pointer: pointer))
        } else {
            if node["operationId"] == nil {
                collector.error("the \(method.uppercased()) \(path) operation has no 'operationId'", node: node, pointer: pointer, hint: "add \"operationId\": \"\(Self.suggestedOperationID(method: method, path: path))\"")
            }
            operationID = Self.suggestedOperationID(method: method, path: path)
        }
        var parameters = shared
        for parameter in readParameters(of: node, at: pointer) {
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        var requestBody: RequestBody?
        if let body = node["requestBody"] {
            requestBody = readRequestBody(body, at: pointer + "/requestBody")
        }
        let responses = readResponses(of: node, at: pointer, required: fallbackID == nil)
        var task: TaskExtension?
        if let taskNode = node["x-task"] {
            task = readTask(taskNode, at: pointer + "/x-task")
        }
        return Operation(
            operationID: operationID, method: method.uppercased(), path: path,
            summary: string("summary", of: node, at: pointer), description: string("description", of: node, at: pointer),
            parameters: parameters, requestBody: requestBody, responses: responses, task: task,
            source: SchemaSource(file: file, location: node.location, pointer: pointer, uri: SchemaURI.uri(resource: documentURI, pointer: pointer))
        )
    }

    /// `get /v1/tasks/{task_id}` → `getV1TasksTaskId`, for hints.
    static func suggestedOperationID(method: String, path: String) -> String {
        let words = path.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return method.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    // MARK: - Parameters

    /// The `parameters` of a path item or operation.
    mutating func readParameters(of node: JSONNode, at pointer: String) -> [Parameter] {
        guard let list = node["parameters"] else { return [] }
        let listPointer = pointer + "/parameters"
        guard let elements = list.elements else {
            collector.error("'parameters' must be an array, not \(list.typeName.withArticle)", node: list, pointer: listPointer)
            return []
        }
        var result: [Parameter] = []
        for (index, element) in elements.enumerated() {
            let elementPointer = JSONPointerText.appending(index, to: listPointer)
            guard let parameter = readParameter(element, at: elementPointer) else { continue }
            if result.contains(where: { $0.name == parameter.name && $0.location == parameter.location }) {
                collector.error("duplicate \(parameter.location.rawValue) parameter '\(parameter.name)'", node: element, pointer: elementPointer)
                continue
            }
            result.append(parameter)
        }
        return result
    }

    mutating func readParameter(_ node: JSONNode, at pointer: String) -> Parameter? {
        guard let (node, pointer) = dereference(node, at: pointer, what: "a parameter") else { return nil }
        guard let members = object(node, at: pointer, what: "a parameter") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.parameter, what: "a parameter")
        let name = requiredString("name", of: node, at: pointer, what: "the parameter")
        let locationText = requiredString("in", of: node, at: pointer, what: "the parameter", hint: "add \"in\": \"path\", \"query\", \"header\" or \"cookie\"")
        var location: Parameter.Location?
        if let locationText {
            location = Parameter.Location(rawValue: locationText)
            if location == nil {
                collector.error("parameter location '\(locationText)' is not supported", node: node["in"]!, pointer: pointer + "/in", hint: "use path, query, header or cookie")
            }
        }
        var required = bool("required", of: node, at: pointer) ?? false
        if location == .path && !required {
            collector.error("path parameter '\(name ?? "")' must have \"required\": true", node: node["required"] ?? node, pointer: pointer + (node["required"] == nil ? "" : "/required"))
            required = true
        }
        guard let schemaNode = node["schema"] else {
            collector.error("the parameter has no 'schema'", node: node, pointer: pointer, hint: "add \"schema\": {\"type\": \"string\"}")
            return nil
        }
        let schema = self.schema(schemaNode, at: pointer + "/schema")
        guard let name, let location else { return nil }
        return Parameter(name: name, location: location, required: required, description: string("description", of: node, at: pointer), schema: schema)
    }

    /// Every `{name}` of the path template must be a path parameter, and the other way round.
    private mutating func checkPathTemplate(of operation: Operation, at pointer: String, keyLocation: SourceLocation) {
        var names: [String] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        let pathParameters = operation.parameters.filter { $0.location == .path }.map(\.name)
        for name in names where !pathParameters.contains(name) {
            collector.error(
                "the path template names '{\(name)}', but \(operation.operationID) has no path parameter '\(name)'",
                at: operation.source.location, pointer: pointer, hint: "add {\"name\": \"\(name)\", \"in\": \"path\", \"required\": true, \"schema\": {\"type\": \"string\"}}"
            )
        }
        for name in pathParameters where !names.contains(name) {
            collector.error("path parameter '\(name)' of \(operation.operationID) is not in the path template '\(operation.path)'", at: operation.source.location, pointer: pointer)
        }
    }
}
