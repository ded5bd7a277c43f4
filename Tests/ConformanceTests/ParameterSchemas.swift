import ViduRuntime

/// WORKAROUND (generator gap): the generated `schemaEntries` cover bodies only, so the schemas of
/// parameters and callback headers whose examples the specs document are written here by hand,
/// copied from the specs, and checked with the runtime's evaluator. Remove this file once the
/// generator emits parameter entries (see the conformance report).
enum ParameterSchemas {
    /// `{"type": "string"}`, or with `minLength`.
    private static func string(_ location: String, minLength: Int? = nil) -> SchemaTable {
        SchemaTable(nodes: [SchemaNode(location: location, types: [.string], minLength: minLength)])
    }

    /// Keyed by `<provider> <operationId or webhook> <parameter>`.
    static let tables: [String: SchemaTable] = [
        "apixo statusTask taskId": string("/paths/~1api~1v1~1statusTask~1vidu-q3/get/parameters/0/schema", minLength: 1),
        "vidu taskStateChanged Date": string("/webhooks/taskStateChanged/post/parameters/0/schema"),
        "vidu taskStateChanged x-request-nonce": string("/webhooks/taskStateChanged/post/parameters/1/schema"),
        "vidu taskStateChanged X-HMAC-SIGNED-HEADERS": string("/webhooks/taskStateChanged/post/parameters/2/schema"),
        "vidu taskStateChanged X-HMAC-SIGNATURE": string("/webhooks/taskStateChanged/post/parameters/3/schema"),
        "vidu taskStateChanged X-HMAC-ALGORITHM": string("/webhooks/taskStateChanged/post/parameters/4/schema"),
        "vidu taskStateChanged X-HMAC-ACCESS-KEY": string("/webhooks/taskStateChanged/post/parameters/5/schema"),
    ]

    static func table(for testCase: ConformanceCase) -> SchemaTable? {
        guard let parameter = testCase.parameter else { return nil }
        return tables["\(testCase.provider) \(testCase.webhook ?? testCase.operation ?? "") \(parameter)"]
    }
}
