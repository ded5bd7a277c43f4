import Foundation

extension DocumentContext {
    mutating func readRequestBody(_ node: JSONNode, at pointer: String) -> RequestBody? {
        guard let (node, pointer) = dereference(node, at: pointer, what: "a request body") else { return nil }
        guard let members = object(node, at: pointer, what: "a request body") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.requestBody, what: "a request body")
        let content = readJSONContent(of: node, at: pointer)
        guard let schema = content.schema else {
            collector.error("the request body has no schema", node: node, pointer: pointer, hint: "add \"content\": {\"application/json\": {\"schema\": ...}}")
            return nil
        }
        return RequestBody(
            required: bool("required", of: node, at: pointer) ?? false, description: string("description", of: node, at: pointer),
            schema: schema, examples: content.examples, mediaType: content.mediaType ?? "application/json", otherMediaTypes: content.others
        )
    }

    /// The `responses` of an operation, in source order; `required` (true for calls, false
    /// for webhooks, whose answer is the user's) makes a missing map an error.
    mutating func readResponses(of operation: JSONNode, at operationPointer: String, required: Bool) -> [Response] {
        let pointer = operationPointer + "/responses"
        guard let responses = operation["responses"] else {
            guard required else { return [] }
            collector.error("the operation has no 'responses'", node: operation, pointer: operationPointer, hint: "add at least \"responses\": {\"200\": {\"description\": ...}}")
            return []
        }
        guard let members = object(responses, at: pointer, what: "'responses'") else { return [] }
        var result: [Response] = []
        for member in members {
            let responsePointer = JSONPointerText.appending(member.key, to: pointer)
            if member.key.hasPrefix("x-") { continue }
            guard Self.isStatusKey(member.key) else {
                collector.error("'\(member.key)' is not a response status", at: member.keyLocation, pointer: responsePointer, hint: "use a code such as \"200\", a range such as \"4XX\", or \"default\"")
                continue
            }
            if let response = readResponse(member.value, status: member.key, at: responsePointer) {
                result.append(response)
            }
        }
        return result
    }

    /// `"200"`, `"4XX"` or `"default"`.
    static func isStatusKey(_ key: String) -> Bool {
        if key == "default" { return true }
        let characters = Array(key)
        guard characters.count == 3, let first = characters.first, ("1"..."5").contains(first) else { return false }
        let rest = characters.dropFirst()
        return rest.allSatisfy(\.isNumber) && rest.allSatisfy(\.isASCII) || rest.allSatisfy { $0 == "X" }
    }

    mutating func readResponse(_ node: JSONNode, status: String, at pointer: String) -> Response? {
        guard let (node, pointer) = dereference(node, at: pointer, what: "a response") else { return nil }
        guard let members = object(node, at: pointer, what: "a response") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.response, what: "a response")
        let content = readJSONContent(of: node, at: pointer)
        return Response(
            status: status, description: string("description", of: node, at: pointer), schema: content.schema,
            examples: content.examples, headers: readHeaderNames(of: node, at: pointer),
            mediaType: content.mediaType, otherMediaTypes: content.others
        )
    }

    private mutating func readHeaderNames(of response: JSONNode, at responsePointer: String) -> [String] {
        let pointer = responsePointer + "/headers"
        guard let headers = response["headers"], let members = object(headers, at: pointer, what: "'headers'") else { return [] }
        var names: [String] = []
        for member in members {
            let headerPointer = JSONPointerText.appending(member.key, to: pointer)
            if readHeader(member.value, at: headerPointer) {
                names.append(member.key)
            }
        }
        return names
    }

    /// Checks one header object (reading its schema); false when it is unusable.
    mutating func readHeader(_ node: JSONNode, at pointer: String) -> Bool {
        guard let (header, resolvedPointer) = dereference(node, at: pointer, what: "a header"),
            let headerMembers = object(header, at: resolvedPointer, what: "a header")
        else { return false }
        checkKeys(headerMembers, at: resolvedPointer, rules: OpenAPIKeys.header, what: "a header")
        if let schemaNode = header["schema"] {
            _ = schema(schemaNode, at: resolvedPointer + "/schema")
        }
        return true
    }

    /// The schema and examples of the preferred media type of a `content` map (JSON first,
    /// then the order of `MediaKind`; the first of the spec's order within a kind), and the
    /// other media types offered. A media type without a schema (a file download) still counts.
    mutating func readJSONContent(of owner: JSONNode, at ownerPointer: String) -> (schema: Schema?, examples: [Example], mediaType: String?, others: [String]) {
        let pointer = ownerPointer + "/content"
        guard let content = owner["content"], let members = object(content, at: pointer, what: "'content'") else { return (nil, [], nil, []) }
        let names = members.map(\.key)
        guard let preferred = names.indices.min(by: { (MediaType.kind(of: names[$0]), $0) < (MediaType.kind(of: names[$1]), $1) }) else {
            return (nil, [], nil, [])
        }
        let member = members[preferred]
        var result: (schema: Schema?, examples: [Example], mediaType: String?, others: [String]) = (nil, [], member.key, [])
        result.others = names.enumerated().filter { $0.offset != preferred }.map(\.element)
        let mediaPointer = JSONPointerText.appending(member.key, to: pointer)
        guard let mediaMembers = object(member.value, at: mediaPointer, what: "a media type") else { return result }
        checkKeys(mediaMembers, at: mediaPointer, rules: OpenAPIKeys.mediaType, what: "a media type")
        if let schemaNode = member.value["schema"] {
            result.schema = schema(schemaNode, at: mediaPointer + "/schema")
        }
        if MediaType.kind(of: member.key) == .json, let examples = member.value["examples"] {
            result.examples = readExamples(examples, at: mediaPointer + "/examples")
        }
        return result
    }

    /// An `examples` map: each entry keeps its summary, description and value.
    mutating func readExamples(_ node: JSONNode, at pointer: String) -> [Example] {
        guard let members = object(node, at: pointer, what: "'examples'") else { return [] }
        var examples: [Example] = []
        for member in members {
            let examplePointer = JSONPointerText.appending(member.key, to: pointer)
            guard let (example, resolvedPointer) = dereference(member.value, at: examplePointer, what: "an example"),
                let exampleMembers = object(example, at: resolvedPointer, what: "an example")
            else { continue }
            checkKeys(exampleMembers, at: resolvedPointer, rules: OpenAPIKeys.example, what: "an example")
            guard let value = example["value"] else {
                if example["externalValue"] == nil {
                    collector.error("example '\(member.key)' has no 'value'", node: example, pointer: resolvedPointer)
                }
                continue
            }
            examples.append(Example(
                name: member.key, summary: string("summary", of: example, at: resolvedPointer),
                description: string("description", of: example, at: resolvedPointer), value: value, pointer: resolvedPointer
            ))
        }
        return examples
    }
}
