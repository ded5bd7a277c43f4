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
            if member.key.hasPrefix("x-") { continue }
            guard member.key.hasPrefix("/") else {
                collector.error("path '\(member.key)' must start with '/'", at: member.keyLocation, pointer: pointer, hint: "write it as '/\(member.key)'")
                continue
            }
            guard let (item, itemPointer) = pathItem(member.value, at: pointer), let itemMembers = object(item, at: itemPointer, what: "a path item") else { continue }
            checkKeys(itemMembers, at: itemPointer, rules: OpenAPIKeys.pathItem, what: "a path item")
            let shared = readParameters(of: item, at: itemPointer)
            for operationMember in itemMembers where OpenAPIKeys.httpMethods.contains(operationMember.key) {
                let operationPointer = JSONPointerText.appending(operationMember.key, to: itemPointer)
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

    /// A path item, following its `$ref` (to `components.pathItems`, say) when it has one.
    private mutating func pathItem(_ node: JSONNode, at pointer: String) -> (node: JSONNode, pointer: String)? {
        node["$ref"] == nil ? (node, pointer) : dereference(node, at: pointer, what: "a path item")
    }

    /// Every explicit operationId (and webhook name), so that derived ones avoid them.
    mutating func collectExplicitOperationIDs() {
        for key in ["paths", "webhooks"] {
            for item in root[key]?.members ?? [] {
                if key == "webhooks" { usedOperationIDs.insert(item.key) }
                let resolved = item.value["$ref"] == nil ? item.value : dereferenceQuietly(item.value)
                for member in resolved?.members ?? [] where OpenAPIKeys.httpMethods.contains(member.key) {
                    if let id = member.value["operationId"]?.string { usedOperationIDs.insert(id) }
                }
            }
        }
    }

    /// The target of a local `$ref`, without diagnostics (they come when it is read).
    private func dereferenceQuietly(_ node: JSONNode) -> JSONNode? {
        guard let text = node["$ref"]?.string, text.hasPrefix("#"), let target = JSONPointerText.percentDecode(String(text.dropFirst())) else { return nil }
        return self.node(at: target)
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
            operationID = derivedOperationID(method: method, path: path)
            if node["operationId"] == nil {
                collector.warning(
                    "the \(method.uppercased()) \(path) operation has no 'operationId'; it is named '\(operationID)' (derived from the method and path)",
                    node: node, pointer: pointer, hint: "add \"operationId\": \"\(operationID)\" to keep the name when paths change"
                )
            }
        }
        if let security = node["security"] {
            operationSecurity.append(OperationSecuritySite(operationID: operationID, node: security, pointer: pointer + "/security"))
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

    /// `get /v1/tasks/{task_id}` → `getV1TasksTaskId`: the method, then each word of the path
    /// (split at every character that is not a letter or digit) with its first letter
    /// upper-cased. `get /` → `get`.
    static func suggestedOperationID(method: String, path: String) -> String {
        let words = path.split(whereSeparator: { !(($0.isLetter || $0.isNumber) && $0.isASCII) })
        return method.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `suggestedOperationID`, made unique in the document: on a collision with an explicit
    /// operationId, a webhook name or an earlier derived id, `2`, `3`, ... is appended.
    mutating func derivedOperationID(method: String, path: String) -> String {
        let base = Self.suggestedOperationID(method: method, path: path)
        var candidate = base
        var suffix = 2
        while usedOperationIDs.contains(candidate) {
            candidate = base + String(suffix)
            suffix += 1
        }
        usedOperationIDs.insert(candidate)
        return candidate
    }

    // MARK: - Parameters

    /// The `parameters` of a path item or operation.
    mutating func readParameters(of node: JSONNode, at pointer: String) -> [Parameter] {
        guard let list = node["parameters"] else { return [] }
        let listPointer = pointer + "/parameters"
        if case .null = list.value {
            collector.warning("'parameters' has no value; read as no parameters", node: list, pointer: listPointer, hint: "remove the key, or write parameters: []")
            return []
        }
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
            collector.error("path parameter '\(name ?? "")' must have \"required\": true", node: node["required"] ?? node, pointer: pointer + (node["required"] == nil ? "" : "/required"), hint: "add \"required\": true")
            required = true
        }
        let examples = readExampleMembers(of: node, at: pointer)
        guard let schemaNode = node["schema"] else {
            if let content = node["content"] {
                _ = readContent(of: node, at: pointer)
                collector.warning(
                    "parameter '\(name ?? "")' gives 'content' instead of 'schema' (a serialized value), which the client cannot send: it is left out",
                    node: content, pointer: pointer + "/content", hint: "send it with a header or query of your own, or describe it with \"schema\""
                )
            } else {
                collector.error("the parameter has no 'schema'", node: node, pointer: pointer, hint: "add \"schema\": {\"type\": \"string\"}")
            }
            return nil
        }
        let schema = self.schema(schemaNode, at: pointer + "/schema")
        guard let name, let location else { return nil }
        checkStyle(of: node, location: location, name: name, at: pointer)
        return Parameter(name: name, location: location, required: required, description: string("description", of: node, at: pointer), schema: schema, examples: examples)
    }

    /// A `style` other than the location's default (`form` for query and cookie, `simple`
    /// for path and header) is sent in the default style: a warning.
    private mutating func checkStyle(of node: JSONNode, location: Parameter.Location, name: String, at pointer: String) {
        guard let style = string("style", of: node, at: pointer) else { return }
        let standard = location == .query || location == .cookie ? "form" : "simple"
        guard style != standard else { return }
        collector.warning(
            "parameter '\(name)' has style '\(style)', which the client does not write: it sends the \(standard) style",
            node: node["style"]!, pointer: pointer + "/style", hint: "check that the provider accepts the \(standard) style, or build that parameter yourself"
        )
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
