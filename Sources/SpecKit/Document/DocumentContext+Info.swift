extension DocumentContext {
    /// What `info` says: title, version, description, namespace, rate limits and provider facts.
    struct InfoFields {
        var title = ""
        var version = ""
        var description: String?
        var namespace = ""
        var rateLimits: RateLimits?
        var providerInfo: ProviderInfo?
    }

    /// `info`; `namespace` (from `--namespace`) replaces the namespace the document gives.
    mutating func readInfo(namespace override: String?) -> InfoFields {
        var fields = InfoFields()
        guard let info = root["info"] else {
            collector.error("the document has no 'info'", node: root, pointer: "", hint: "add \"info\": {\"title\": ..., \"version\": ...}")
            fields.namespace = override ?? Self.namespace(forFile: file)
            return fields
        }
        guard let members = object(info, at: "/info", what: "'info'") else { return fields }
        checkKeys(members, at: "/info", rules: OpenAPIKeys.info, what: "info")
        fields.title = requiredString("title", of: info, at: "/info", what: "info", hint: "add \"title\": \"<the API's name>\"") ?? ""
        fields.version = requiredString("version", of: info, at: "/info", what: "info", hint: "add \"version\": \"1.0.0\"") ?? ""
        fields.description = string("description", of: info, at: "/info")
        fields.namespace = readNamespace(of: info, title: fields.title, override: override)
        if let limits = info["x-rate-limits"], let limitMembers = object(limits, at: "/info/x-rate-limits", what: "'x-rate-limits'") {
            checkKeys(limitMembers, at: "/info/x-rate-limits", rules: OpenAPIKeys.rateLimits, what: "x-rate-limits")
            fields.rateLimits = RateLimits(
                requestsPerMinute: positiveInteger("requestsPerMinute", of: limits, at: "/info/x-rate-limits"),
                concurrentTasks: positiveInteger("concurrentTasks", of: limits, at: "/info/x-rate-limits")
            )
        }
        if let provider = info["x-provider"] {
            fields.providerInfo = readProviderInfo(provider)
        }
        return fields
    }

    mutating func readServers() -> [Server] {
        guard let servers = root["servers"] else { return [] }
        guard let elements = servers.elements else {
            collector.error("'servers' must be an array, not \(servers.typeName.withArticle)", node: servers, pointer: "/servers")
            return []
        }
        var result: [Server] = []
        for (index, element) in elements.enumerated() {
            let pointer = JSONPointerText.appending(index, to: "/servers")
            guard let members = object(element, at: pointer, what: "a server") else { continue }
            checkKeys(members, at: pointer, rules: OpenAPIKeys.server, what: "a server")
            if let url = requiredString("url", of: element, at: pointer, what: "the server") {
                let expanded = expandServerVariables(in: url, of: element, at: pointer)
                result.append(Server(url: expanded, description: string("description", of: element, at: pointer)))
            }
        }
        if let first = result.first, !first.url.contains("://") {
            collector.warning(
                "the first server's URL '\(first.url)' is relative, so the generated client has no host to send to",
                node: elements[0]["url"] ?? elements[0], pointer: "/servers/0/url", hint: "set ClientConfiguration.baseURL to the API's address"
            )
        }
        return result
    }

    /// `url` with each `{name}` replaced by the `default` of its server variable. Every
    /// placeholder needs a variable, and every variable a placeholder.
    private mutating func expandServerVariables(in url: String, of server: JSONNode, at pointer: String) -> String {
        var defaults: [String: String] = [:]
        let variablesPointer = pointer + "/variables"
        if let variables = server["variables"], let members = object(variables, at: variablesPointer, what: "'variables'") {
            for member in members {
                let variablePointer = JSONPointerText.appending(member.key, to: variablesPointer)
                guard let variableMembers = object(member.value, at: variablePointer, what: "a server variable") else { continue }
                checkKeys(variableMembers, at: variablePointer, rules: OpenAPIKeys.serverVariable, what: "a server variable")
                if let value = requiredString("default", of: member.value, at: variablePointer, what: "the server variable") {
                    defaults[member.key] = value
                }
                if !url.contains("{" + member.key + "}") {
                    collector.error("server variable '\(member.key)' is not used in the URL '\(url)'", at: member.keyLocation, pointer: variablePointer)
                }
            }
        }
        var expanded = ""
        var rest = Substring(url)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            expanded += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = defaults[name] {
                expanded += value
            } else {
                let exists = server["variables"]?[name] != nil
                if !exists {
                    collector.error("the server URL uses '{\(name)}', which 'variables' does not define", node: server["url"]!, pointer: pointer + "/url", hint: "add \"variables\": {\"\(name)\": {\"default\": ...}}")
                }
                expanded += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return expanded + rest
    }
}
