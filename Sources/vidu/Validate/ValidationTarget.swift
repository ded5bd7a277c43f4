import ViduClients
import ViduRuntime

/// The body `vidu validate` checks: one provider's schema entry for a request, a response status
/// or a webhook, found from the command-line names.
struct ValidationTarget {
    /// The provider's lower-case name, as typed on the command line.
    let provider: String
    let entry: SchemaEntry

    /// Every provider's generated schema entries, by lower-case name.
    static let providers: [(name: String, entries: [SchemaEntry])] = [
        ("apimart", Apimart.schemaEntries),
        ("apixo", Apixo.schemaEntries),
        ("vidu", Vidu.schemaEntries),
        ("uniall", UniAll.schemaEntries),
    ]

    /// `apixo generateTask request`, `vidu taskStateChanged webhook`.
    var label: String {
        switch entry.kind {
        case .request: return "\(provider) \(entry.operationID) request"
        case .response(let status): return "\(provider) \(entry.operationID) response \(status)"
        case .webhook(let name): return "\(provider) webhook \(name)"
        }
    }

    /// Finds the entry, or explains which names are valid.
    ///
    /// - Parameters:
    ///   - provider: Case-insensitive provider name.
    ///   - operation: The operationId; nil for a webhook.
    ///   - responseStatus: The status for `--response`; nil for a request body.
    ///   - webhook: The webhook name for `--webhook`.
    static func find(
        provider: String, operation: String?, responseStatus: String?, webhook: String?
    ) throws(ArgumentReader.UsageError) -> ValidationTarget {
        let name = provider.lowercased()
        guard let entries = providers.first(where: { $0.name == name })?.entries else {
            throw usage("unknown provider '\(provider)'; choose one of: \(providers.map(\.name).joined(separator: ", "))")
        }
        if let webhook {
            let webhooks = entries.compactMap { entry -> String? in
                if case .webhook(let name) = entry.kind { return name }
                return nil
            }
            guard let entry = entries.first(where: { $0.kind == .webhook(name: webhook) }) else {
                throw usage(webhooks.isEmpty
                    ? "\(name) documents no webhooks"
                    : "unknown webhook '\(webhook)' for \(name); choose one of: \(webhooks.joined(separator: ", "))")
            }
            return ValidationTarget(provider: name, entry: entry)
        }
        guard let operation else { throw usage("name an operationId or use --webhook <name>") }
        let operations = unique(entries.filter { !isWebhook($0.kind) }.map(\.operationID))
        guard operations.contains(operation) else {
            throw usage("unknown operation '\(operation)' for \(name); choose one of: \(operations.joined(separator: ", "))")
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

    private static func isWebhook(_ kind: SchemaEntry.Kind) -> Bool {
        if case .webhook = kind { return true }
        return false
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    private static func usage(_ text: String) -> ArgumentReader.UsageError {
        ArgumentReader.UsageError(description: text)
    }
}
