import ViduClients
import ViduRuntime

/// The generated schema entries of each provider, by the lower-case name the case files use.
enum ProviderEntries {
    static let all: [String: [SchemaEntry]] = [
        "apimart": Apimart.schemaEntries,
        "apixo": Apixo.schemaEntries,
        "vidu": Vidu.schemaEntries,
        "uniall": UniAll.schemaEntries,
    ]

    /// The entry a body case is checked against, or why there is none.
    static func entry(for testCase: ConformanceCase) -> Result<SchemaEntry, CaseFileError> {
        guard let entries = all[testCase.provider] else {
            return .failure(CaseFileError(description: "unknown provider \(testCase.provider)"))
        }
        let found: SchemaEntry?
        if let webhook = testCase.webhook {
            found = entries.first { $0.kind == .webhook(name: webhook) }
        } else if let operation = testCase.operation {
            let kind: SchemaEntry.Kind = testCase.direction == .request ? .request : .response(status: testCase.status ?? "")
            found = entries.entry(operationID: operation, kind: kind)
        } else {
            found = nil
        }
        guard let found else {
            let what = testCase.webhook.map { "webhook \($0)" }
                ?? "\(testCase.operation ?? "?") \(testCase.direction.rawValue) \(testCase.status ?? "")"
            return .failure(CaseFileError(description: "no generated schema entry for \(testCase.provider) \(what)"))
        }
        return .success(found)
    }
}
