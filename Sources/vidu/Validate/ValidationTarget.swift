import ViduClients
import ViduRuntime

/// The value `vidu validate` checks: one provider's schema entry for a request, a response
/// status, a webhook, or a parameter or callback header, found from the command-line names.
struct ValidationTarget {
    /// The provider's lower-case name, as typed on the command line.
    let provider: String
    let entry: SchemaEntry
    /// The webhook the entry belongs to (its body or one of its headers), if any.
    var webhook: String?

    /// Every generated provider's schema entries, by id (the spec file's base name).
    static let providers: [(name: String, entries: [SchemaEntry])] = ProviderRegistry.all.map { ($0.id, $0.schemaEntries) }

    /// `acme createVideo request`, `acme webhook taskDone`,
    /// `acme getTask query parameter taskId`, `acme webhook taskDone header Date`.
    var label: String {
        switch entry.kind {
        case .request: return "\(provider) \(entry.operationID) request"
        case .response(let status): return "\(provider) \(entry.operationID) response \(status)"
        case .webhook(let name): return "\(provider) webhook \(name)"
        case .parameter(let name, let location):
            if let webhook { return "\(provider) webhook \(webhook) \(location) \(name)" }
            return "\(provider) \(entry.operationID) \(location) parameter \(name)"
        }
    }

    /// Finds the entry, or explains which names are valid.
    ///
    /// - Parameters:
    ///   - provider: Case-insensitive provider name.
    ///   - operation: The operationId; nil for a webhook.
    ///   - responseStatus: The status for `--response`; nil for a request body.
    ///   - webhook: The webhook name for `--webhook`.
    ///   - parameter: The parameter (or, with `webhook`, callback header) for `--parameter`.
    static func find(
        provider: String, operation: String?, responseStatus: String?, webhook: String?, parameter: String?
    ) throws(ArgumentReader.UsageError) -> ValidationTarget {
        let name = provider.lowercased()
        guard let entries = providers.first(where: { $0.name == name })?.entries else {
            throw usage("unknown provider '\(provider)'; choose one of: \(providers.map(\.name).joined(separator: ", "))")
        }
        let webhookEntries = entries.compactMap { entry -> (name: String, entry: SchemaEntry)? in
            if case .webhook(let webhook) = entry.kind { return (webhook, entry) }
            return nil
        }
        if let webhook {
            guard let body = webhookEntries.first(where: { $0.name == webhook })?.entry else {
                throw usage(webhookEntries.isEmpty
                    ? "\(name) documents no webhooks"
                    : "unknown webhook '\(webhook)' for \(name); choose one of: \(webhookEntries.map(\.name).joined(separator: ", "))")
            }
            guard let parameter else { return ValidationTarget(provider: name, entry: body, webhook: webhook) }
            return ValidationTarget(
                provider: name, entry: try parameterEntry(parameter, of: body.operationID, in: entries, what: "webhook \(webhook)", provider: name),
                webhook: webhook
            )
        }
        guard let operation else { throw usage("name an operationId or use --webhook <name>") }
        let webhookOperations = Set(webhookEntries.map(\.entry.operationID))
        let operations = unique(entries.map(\.operationID).filter { !webhookOperations.contains($0) })
        guard operations.contains(operation) else {
            throw usage("unknown operation '\(operation)' for \(name); choose one of: \(operations.joined(separator: ", "))")
        }
        if let parameter {
            return ValidationTarget(provider: name, entry: try parameterEntry(parameter, of: operation, in: entries, what: operation, provider: name))
        }
        let statuses = entries.compactMap { entry -> String? in
            guard entry.operationID == operation, case .response(let status) = entry.kind else { return nil }
            return status
        }
        if let responseStatus {
            guard let entry = entries.entry(operationID: operation, kind: .response(status: responseStatus)) else {
                throw usage("\(name) \(operation) documents no response '\(responseStatus)'; choose one of: \(statuses.joined(separator: ", "))")
            }
            return ValidationTarget(provider: name, entry: entry)
        }
        guard let entry = entries.entry(operationID: operation, kind: .request) else {
            throw usage("\(name) \(operation) has no request body; check a response with --response <status> (one of: \(statuses.joined(separator: ", ")))")
        }
        return ValidationTarget(provider: name, entry: entry)
    }

    /// The entry of parameter `parameter` of `operationID`, or which parameters there are.
    private static func parameterEntry(
        _ parameter: String, of operationID: String, in entries: [SchemaEntry], what: String, provider: String
    ) throws(ArgumentReader.UsageError) -> SchemaEntry {
        if let entry = entries.parameterEntry(operationID: operationID, name: parameter) { return entry }
        let names = entries.filter { $0.operationID == operationID }.compactMap { entry -> String? in
            if case .parameter(let name, _) = entry.kind { return name }
            return nil
        }
        throw usage(names.isEmpty
            ? "\(provider) \(what) documents no parameters"
            : "unknown parameter '\(parameter)' for \(provider) \(what); choose one of: \(names.joined(separator: ", "))")
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    private static func usage(_ text: String) -> ArgumentReader.UsageError {
        ArgumentReader.UsageError(description: text)
    }
}
