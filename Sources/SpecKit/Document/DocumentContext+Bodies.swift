import Foundation

extension DocumentContext {
    /// The JSON media type SpecKit reads; `application/json; charset=utf-8` counts too.
    static func isJSONMediaType(_ name: String) -> Bool {
        MediaContent.isJSON(name)
    }

    /// `application/problem+json` and other `+json` types.
    static func isJSONSuffixMediaType(_ name: String) -> Bool {
        let base = name.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base.hasSuffix("+json")
    }

    /// The entry a body's `schema` and `examples` come from: `application/json`, else a
    /// `+json` type, else (when `anyType`) the first.
    static func primary(of content: [MediaContent], anyType: Bool) -> MediaContent? {
        content.first(where: \.isJSON) ?? content.first(where: { isJSONSuffixMediaType($0.mediaType) }) ?? (anyType ? content.first : nil)
    }

    mutating func readRequestBody(_ node: JSONNode, at pointer: String) -> RequestBody? {
        guard let (node, pointer) = dereference(node, at: pointer, what: "a request body") else { return nil }
        guard let members = object(node, at: pointer, what: "a request body") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.requestBody, what: "a request body")
        let content = readContent(of: node, at: pointer)
        guard let primary = Self.primary(of: content, anyType: true) else {
            collector.error("the request body has no 'content'", node: node, pointer: pointer, hint: "add \"content\": {\"application/json\": {\"schema\": ...}}")
            return nil
        }
        return RequestBody(
            required: bool("required", of: node, at: pointer) ?? false, description: string("description", of: node, at: pointer),
            schema: primary.schema ?? anySchema(at: node, pointer: primary.pointer + "/schema"), examples: primary.examples,
            mediaType: primary.mediaType, content: content
        )
    }

    /// The schema `true` (any value), for a media type that gives no schema.
    private mutating func anySchema(at node: JSONNode, pointer: String) -> Schema {
        schema(JSONNode(.bool(true), at: node.location), at: pointer)
    }

    /// The `responses` of an operation, in source order. A missing map is a warning for a
    /// call (OpenAPI 3.0 requires it, 3.1 does not) and fine for a webhook, whose answer is
    /// the user's.
    mutating func readResponses(of operation: JSONNode, at operationPointer: String, required: Bool) -> [Response] {
        let pointer = operationPointer + "/responses"
        guard let responses = operation["responses"] else {
            guard required else { return [] }
            collector.warning(
                "the operation has no 'responses', so its client returns no typed answer", node: operation, pointer: operationPointer,
                hint: "add \"responses\": {\"200\": {\"description\": ...}}"
            )
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
        let content = readContent(of: node, at: pointer)
        let primary = Self.primary(of: content, anyType: false)
        return Response(
            status: status, description: string("description", of: node, at: pointer), schema: primary?.schema,
            examples: primary?.examples ?? [], headers: readHeaderNames(of: node, at: pointer), content: content
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
        } else if header["content"] != nil {
            _ = readContent(of: header, at: resolvedPointer)
        }
        _ = readExampleMembers(of: header, at: resolvedPointer)
        return true
    }

    /// Every entry of a `content` map, with its schema, examples and encodings.
    mutating func readContent(of owner: JSONNode, at ownerPointer: String) -> [MediaContent] {
        let pointer = ownerPointer + "/content"
        guard let content = owner["content"], let members = object(content, at: pointer, what: "'content'") else { return [] }
        var result: [MediaContent] = []
        for member in members {
            let mediaPointer = JSONPointerText.appending(member.key, to: pointer)
            guard let mediaMembers = object(member.value, at: mediaPointer, what: "a media type") else { continue }
            checkKeys(mediaMembers, at: mediaPointer, rules: OpenAPIKeys.mediaType, what: "a media type")
            var entry = MediaContent(mediaType: member.key, schema: nil, examples: [], pointer: mediaPointer)
            if let schemaNode = member.value["schema"] {
                entry.schema = schema(schemaNode, at: mediaPointer + "/schema")
            }
            entry.examples = readExampleMembers(of: member.value, at: mediaPointer)
            entry.encoding = readEncoding(of: member.value, at: mediaPointer)
            result.append(entry)
        }
        return result
    }

    /// `encoding`: each property's `contentType` (the rest of an Encoding object is ignored).
    private mutating func readEncoding(of media: JSONNode, at mediaPointer: String) -> [(property: String, contentType: String?)] {
        let pointer = mediaPointer + "/encoding"
        guard let encoding = media["encoding"], let members = object(encoding, at: pointer, what: "'encoding'") else { return [] }
        var result: [(property: String, contentType: String?)] = []
        for member in members {
            let entryPointer = JSONPointerText.appending(member.key, to: pointer)
            guard object(member.value, at: entryPointer, what: "an encoding") != nil else { continue }
            result.append((member.key, string("contentType", of: member.value, at: entryPointer)))
        }
        return result
    }

    /// The `examples` map of a media type, parameter or header, then its `example` value
    /// (named `example`). Both may be given; OpenAPI says they are exclusive, but nothing is
    /// lost by reading both.
    mutating func readExampleMembers(of owner: JSONNode, at ownerPointer: String) -> [Example] {
        var examples: [Example] = []
        if let map = owner["examples"] {
            examples = readExamples(map, at: ownerPointer + "/examples")
        }
        if let value = owner["example"] {
            examples.append(Example(name: "example", summary: nil, description: nil, value: value, pointer: ownerPointer + "/example"))
        }
        return examples
    }

    /// An `examples` map: each entry keeps its summary, description and value. An entry with
    /// only an `externalValue` is not loaded (a warning).
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
                if let external = example["externalValue"] {
                    collector.warning(
                        "example '\(member.key)' is only an externalValue, which SpecKit does not fetch: the simulation and the example tests skip it",
                        node: external, pointer: resolvedPointer + "/externalValue", hint: "copy the example inline as \"value\" to use it"
                    )
                } else {
                    collector.warning("example '\(member.key)' has no 'value', so there is nothing to use", node: example, pointer: resolvedPointer, hint: "add \"value\": <the example>")
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
