import ViduClients
import ViduRuntime

/// The generated schema entries of each provider (the registry), by the id the case files use.
enum ProviderEntries {
    static let all: [String: [SchemaEntry]] = Dictionary(uniqueKeysWithValues: ProviderRegistry.all.map { ($0.id, $0.schemaEntries) })

    /// The entry a case is checked against (a body, a parameter or a callback header), or why there is none.
    static func entry(for testCase: ConformanceCase) -> Result<SchemaEntry, CaseFileError> {
        guard let entries = all[testCase.provider] else {
            return .failure(CaseFileError(description: "unknown provider \(testCase.provider)"))
        }
        let found: SchemaEntry?
        if let parameter = testCase.parameter {
            // A callback header belongs to the webhook's operation, named by its body entry.
            let operationID = testCase.webhook.map { webhook in
                entries.first { $0.kind == .webhook(name: webhook) }?.operationID ?? webhook
            } ?? testCase.operation ?? ""
            found = entries.parameterEntry(operationID: operationID, name: parameter)
        } else if let webhook = testCase.webhook {
            found = entries.first { $0.kind == .webhook(name: webhook) }
        } else if let operation = testCase.operation {
            let kind: SchemaEntry.Kind = testCase.direction == .request ? .request : .response(status: testCase.status ?? "")
            found = entries.entry(operationID: operation, kind: kind)
        } else {
            found = nil
        }
        guard let found else {
            let what = testCase.parameter.map { "parameter \($0) of \(testCase.webhook ?? testCase.operation ?? "?")" } ?? testCase.webhook.map { "webhook \($0)" }
                ?? "\(testCase.operation ?? "?") \(testCase.direction.rawValue) \(testCase.status ?? "")"
            return .failure(CaseFileError(description: "no generated schema entry for \(testCase.provider) \(what)"))
        }
        return .success(found)
    }
}
