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

    mutating func readInfo() -> InfoFields {
        var fields = InfoFields()
        guard let info = root["info"] else {
            collector.error("the document has no 'info'", node: root, pointer: "", hint: "add \"info\": {\"title\": ..., \"version\": ..., \"x-swift-namespace\": \"\(Self.namespace(forFile: file))\"}")
            return fields
        }
        guard let members = object(info, at: "/info", what: "'info'") else { return fields }
        checkKeys(members, at: "/info", rules: OpenAPIKeys.info, what: "info")
        fields.title = requiredString("title", of: info, at: "/info", what: "info") ?? ""
        fields.version = requiredString("version", of: info, at: "/info", what: "info") ?? ""
        fields.description = string("description", of: info, at: "/info")
        let suggested = Self.namespace(forFile: file)
        if let namespace = requiredString("x-swift-namespace", of: info, at: "/info", what: "info", hint: "add \"x-swift-namespace\": \"\(suggested)\" (derived from the file name)") {
            if Self.isIdentifier(namespace) {
                fields.namespace = namespace
            } else {
                collector.error("'x-swift-namespace' must be a Swift identifier, not '\(namespace)'", node: info["x-swift-namespace"]!, pointer: "/info/x-swift-namespace", hint: "for example \"\(suggested)\"")
            }
        }
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

    /// `acme.json` → `Acme`, `acme-video.json` → `AcmeVideo`.
    static func namespace(forFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let words = stem.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = joined.first, !first.isNumber else { return "Provider" + joined }
        return joined
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
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

    /// The scheme of the document's `security` requirement, from `components.securitySchemes`.
    mutating func readAuth() -> AuthScheme {
        let fallback = AuthScheme(scheme: "Bearer", description: nil)
        let schemes = root["components"]?["securitySchemes"]
        let schemeNames = schemes?.members?.map(\.key) ?? []
        if let schemes, let members = object(schemes, at: "/components/securitySchemes", what: "'securitySchemes'") {
            for member in members {
                let pointer = JSONPointerText.appending(member.key, to: "/components/securitySchemes")
                if let scheme = object(member.value, at: pointer, what: "a security scheme") {
                    checkKeys(scheme, at: pointer, rules: OpenAPIKeys.securityScheme, what: "a security scheme")
                }
            }
        }
        guard let security = root["security"] else {
            collector.error(
                "the document has no 'security' requirement", node: root, pointer: "",
                hint: "add \"security\": [{\"\(schemeNames.first ?? "apiKey")\": []}] naming an http scheme of components.securitySchemes"
            )
            return fallback
        }
        guard let requirements = security.elements, let first = requirements.first, let requirement = first.members, requirement.count == 1 else {
            collector.error("'security' must hold one requirement naming one scheme", node: security, pointer: "/security", hint: "for example [{\"\(schemeNames.first ?? "apiKey")\": []}]")
            return fallback
        }
        let name = requirement[0].key
        guard let scheme = schemes?[name] else {
            let hint = schemeNames.isEmpty ? "define it under components.securitySchemes" : "defined schemes: " + schemeNames.joined(separator: ", ")
            collector.error("'security' names the scheme '\(name)', which components.securitySchemes does not define", at: requirement[0].keyLocation, pointer: "/security/0/" + JSONPointerText.escape(name), hint: hint)
            return fallback
        }
        let pointer = "/components/securitySchemes/" + JSONPointerText.escape(name)
        guard scheme.members != nil else { return fallback }
        let type = requiredString("type", of: scheme, at: pointer, what: "the security scheme")
        guard type == "http" else {
            if let type {
                collector.error("security scheme type '\(type)' is not supported", node: scheme["type"]!, pointer: pointer + "/type", hint: "use type http with scheme bearer (Authorization: Bearer <key>) or the word the provider expects, such as Token")
            }
            return fallback
        }
        guard let word = requiredString("scheme", of: scheme, at: pointer, what: "the http security scheme") else { return fallback }
        let description = string("description", of: scheme, at: pointer)
        return AuthScheme(scheme: Self.schemeWord(word), description: description)
    }

    /// The word sent before the key: `bearer` → `Bearer`, `basic` → `Basic`, anything else as written.
    static func schemeWord(_ word: String) -> String {
        switch word.lowercased() {
        case "bearer": return "Bearer"
        case "basic": return "Basic"
        default: return word
        }
    }
}
