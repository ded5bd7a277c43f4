/// A JSON body the simulation sends, with `$TASK_ID`, `$VIDEO_URL`, `$COVER_URL` and
/// `$PROGRESS` standing for the values of the simulated task.
struct BodyTemplate: Sendable {
    /// Where the body comes from.
    enum Source: Sendable {
        /// Copied from the spec: the example `example` of `operationID`'s response `status`,
        /// whose placeholders stand for `values` there.
        case documented(operationID: String, status: String, example: String, values: [String: String])
        /// Built only from documented fields, where the spec has no full example.
        case composed
    }

    /// The JSON text with placeholders.
    let text: String
    /// Where it comes from.
    let source: Source

    /// The body for one task.
    func render(_ values: [String: String]) -> String {
        values.reduce(text) { text, entry in text.replacingOccurrences(of: entry.key, with: entry.value) }
    }
}
