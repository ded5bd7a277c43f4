extension DocumentContext {
    /// `components.schemas` in source order (after checking the keys of `components`).
    mutating func readComponentSchemas() -> [(name: String, schema: Schema)] {
        guard let components = root["components"], let members = object(components, at: "/components", what: "'components'") else { return [] }
        checkKeys(members, at: "/components", rules: OpenAPIKeys.components, what: "components")
        guard let schemas = components["schemas"], let entries = object(schemas, at: "/components/schemas", what: "'schemas'") else { return [] }
        return entries.map { entry in
            (entry.key, schema(entry.value, at: JSONPointerText.appending(entry.key, to: "/components/schemas")))
        }
    }

    /// Reads every reusable parameter, request body, response, header and example, so that
    /// the ones no operation uses are checked too. Objects that operations use are read again
    /// there; the repeated diagnostics are dropped when the document's list is built.
    mutating func checkReusableComponents() {
        guard let components = root["components"], components.members != nil else { return }
        for kind in ["parameters", "requestBodies", "responses", "headers", "examples"] {
            let pointer = JSONPointerText.appending(kind, to: "/components")
            guard let map = components[kind], let entries = object(map, at: pointer, what: "'\(kind)'") else { continue }
            switch kind {
            case "examples":
                _ = readExamples(map, at: pointer)
            default:
                for entry in entries {
                    let entryPointer = JSONPointerText.appending(entry.key, to: pointer)
                    switch kind {
                    case "parameters": _ = readParameter(entry.value, at: entryPointer)
                    case "requestBodies": _ = readRequestBody(entry.value, at: entryPointer)
                    case "responses": _ = readResponse(entry.value, status: "default", at: entryPointer)
                    default: _ = readHeader(entry.value, at: entryPointer)
                    }
                }
            }
        }
    }
}
