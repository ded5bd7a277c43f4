/// The document's security: which scheme the client uses, and where it puts the key.
///
/// The scheme is the first of the top-level `security` requirement's alternatives that
/// names one; without a top-level `security`, the first an operation names; with neither
/// (or `security: []`), the client sends no key. `http` schemes send
/// `Authorization: <scheme word> <key>`; `apiKey` schemes put the key in the header, query
/// parameter or cookie they name (a header value may start with the scheme's `x-key-prefix`);
/// `oauth2` and `openIdConnect` send the key as a bearer token, with a warning.
extension DocumentContext {
    /// An operation's own `security`, for the check against the scheme the client uses.
    struct OperationSecuritySite {
        var operationID: String
        var node: JSONNode
        var pointer: String
    }

    mutating func readAuth() -> AuthScheme {
        let fallback = AuthScheme(scheme: "Bearer", description: nil)
        let schemes = root["components"]?["securitySchemes"]
        let schemeNames = schemes?.members?.map(\.key) ?? []
        if let schemes, let members = object(schemes, at: "/components/securitySchemes", what: "'securitySchemes'") {
            for member in members {
                let pointer = JSONPointerText.appending(member.key, to: "/components/securitySchemes")
                if let (scheme, resolved) = dereference(member.value, at: pointer, what: "a security scheme"),
                    let schemeMembers = object(scheme, at: resolved, what: "a security scheme") {
                    checkKeys(schemeMembers, at: resolved, rules: OpenAPIKeys.securityScheme, what: "a security scheme")
                }
            }
        }
        let chosen: (name: String, location: SourceLocation, pointer: String)?
        if let security = root["security"] {
            chosen = firstSchemeName(in: security, at: "/security", schemeNames: schemeNames)
        } else {
            let sites = operationSecurity
            chosen = sites.lazy.compactMap { Self.firstSchemeNameQuietly(in: $0.node, at: $0.pointer) }.first
        }
        guard let chosen else { return AuthScheme(placement: .unauthenticated, description: nil) }
        checkOperationSecurity(against: chosen.name)
        guard let schemeNode = schemes?[chosen.name] else {
            let hint = schemeNames.isEmpty ? "define it under components.securitySchemes" : "defined schemes: " + schemeNames.joined(separator: ", ")
            collector.error("'security' names the scheme '\(chosen.name)', which components.securitySchemes does not define", at: chosen.location, pointer: chosen.pointer, hint: hint)
            return fallback
        }
        let namedPointer = "/components/securitySchemes/" + JSONPointerText.escape(chosen.name)
        guard let (scheme, pointer) = dereference(schemeNode, at: namedPointer, what: "a security scheme"), scheme.members != nil else { return fallback }
        return placement(of: scheme, at: pointer) ?? fallback
    }

    /// The first scheme named by the alternatives of a `security` list, or nil for none.
    private mutating func firstSchemeName(in security: JSONNode, at pointer: String, schemeNames: [String]) -> (name: String, location: SourceLocation, pointer: String)? {
        guard let requirements = security.elements else {
            collector.error("'security' must be an array of requirements, not \(security.typeName.withArticle)", node: security, pointer: pointer, hint: "for example [{\"\(schemeNames.first ?? "apiKey")\": []}]")
            return nil
        }
        for (index, requirement) in requirements.enumerated() {
            let requirementPointer = JSONPointerText.appending(index, to: pointer)
            guard let members = object(requirement, at: requirementPointer, what: "a security requirement") else { continue }
            guard let first = members.first else { continue }
            if members.count > 1 {
                collector.warning(
                    "the security requirement needs \(members.count) schemes at once; the client sends only '\(first.key)'",
                    node: requirement, pointer: requirementPointer, hint: "send the other credentials with a header of your own (HTTPTransport)"
                )
            }
            return (first.key, first.keyLocation, JSONPointerText.appending(first.key, to: requirementPointer))
        }
        return nil
    }

    private static func firstSchemeNameQuietly(in security: JSONNode, at pointer: String) -> (name: String, location: SourceLocation, pointer: String)? {
        for (index, requirement) in (security.elements ?? []).enumerated() {
            if let first = requirement.members?.first {
                return (first.key, first.keyLocation, JSONPointerText.appending(first.key, to: JSONPointerText.appending(index, to: pointer)))
            }
        }
        return nil
    }

    /// One warning per other scheme that operations require: the client sends its one key to them.
    private mutating func checkOperationSecurity(against chosen: String) {
        var groups: [(name: String, sites: [OperationSecuritySite])] = []
        for site in operationSecurity {
            let names = (site.node.elements ?? []).compactMap { $0.members?.first?.key }
            guard !names.isEmpty, !names.contains(chosen) else { continue }
            if let index = groups.firstIndex(where: { $0.name == names[0] }) {
                groups[index].sites.append(site)
            } else {
                groups.append((names[0], [site]))
            }
        }
        for group in groups {
            let first = group.sites[0]
            let count = group.sites.count == 1 ? "operation \(first.operationID) requires" : "\(group.sites.count) operations (the first: \(first.operationID)) require"
            collector.warning(
                "\(count) the security scheme '\(group.name)'; the client sends the key of '\(chosen)' to every operation",
                node: first.node, pointer: first.pointer, hint: "call those operations with a second client configured with the key '\(group.name)' needs"
            )
        }
    }

    /// Where `scheme` puts the key, or nil after an error.
    private mutating func placement(of scheme: JSONNode, at pointer: String) -> AuthScheme? {
        let description = string("description", of: scheme, at: pointer)
        guard let type = requiredString("type", of: scheme, at: pointer, what: "the security scheme", hint: "add \"type\": \"http\" with \"scheme\": \"bearer\"") else { return nil }
        switch type {
        case "http":
            guard let word = requiredString("scheme", of: scheme, at: pointer, what: "the http security scheme", hint: "add \"scheme\": \"bearer\"") else { return nil }
            return AuthScheme(scheme: Self.schemeWord(word), description: description)
        case "apiKey":
            let name = requiredString("name", of: scheme, at: pointer, what: "the apiKey security scheme", hint: "add the header, query parameter or cookie name, such as \"name\": \"X-API-Key\"")
            let location = requiredString("in", of: scheme, at: pointer, what: "the apiKey security scheme", hint: "add \"in\": \"header\", \"query\" or \"cookie\"")
            let prefix = string("x-key-prefix", of: scheme, at: pointer)
            guard let name, let location else { return nil }
            if prefix != nil, location != "header" {
                collector.warning("'x-key-prefix' is ignored: the key goes in the \(location) as it is", node: scheme["x-key-prefix"]!, pointer: pointer + "/x-key-prefix", hint: "remove it, or put the key in a header")
            }
            switch location {
            case "header": return AuthScheme(placement: .header(name: name, prefix: prefix), description: description)
            case "query": return AuthScheme(placement: .query(name: name), description: description)
            case "cookie": return AuthScheme(placement: .cookie(name: name), description: description)
            default:
                collector.error("apiKey location '\(location)' is not one of header, query, cookie", node: scheme["in"]!, pointer: pointer + "/in", hint: "use \"in\": \"header\", \"query\" or \"cookie\"")
                return nil
            }
        case "oauth2", "openIdConnect":
            collector.warning(
                "security scheme type '\(type)': the client sends the API key as a bearer token (Authorization: Bearer <key>) and does not run the \(type) flow",
                node: scheme["type"]!, pointer: pointer + "/type", hint: "obtain an access token yourself and use it as the API key"
            )
            return AuthScheme(scheme: "Bearer", description: description)
        case "mutualTLS":
            collector.warning(
                "security scheme type 'mutualTLS': the client sends no key and does not present a certificate", node: scheme["type"]!,
                pointer: pointer + "/type", hint: "give the client an HTTPTransport whose URLSession presents the certificate"
            )
            return AuthScheme(placement: .unauthenticated, description: description)
        default:
            collector.error(
                "security scheme type '\(type)' is not an OpenAPI type", node: scheme["type"]!, pointer: pointer + "/type",
                hint: "use http (with scheme bearer, basic or the provider's word, such as Token) or apiKey (with in and name)"
            )
            return nil
        }
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
