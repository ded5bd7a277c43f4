/// The OpenAPI version a document declares, as far as reading it differs.
///
/// SpecKit's model is OpenAPI 3.1's. A 3.0.x document is translated while it is read:
/// `nullable: true` becomes a type union with `null`, a schema's `example` one of its
/// `examples`, a boolean `exclusiveMinimum`/`exclusiveMaximum` the numeric 3.1 form (see
/// specs/README.md, "Reading vendors' documents").
enum OpenAPIVersion: Sendable, Hashable {
    case v3_0
    case v3_1

    /// The version of `text` (`3.0.3`, `3.1.0`), or nil for any other.
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "3", Int(parts[2]) != nil, parts[2].allSatisfy(\.isASCII) else { return nil }
        switch parts[1] {
        case "0": self = .v3_0
        case "1": self = .v3_1
        default: return nil
        }
    }

    /// `3.0` or `3.1`, for messages.
    var name: String {
        switch self {
        case .v3_0: return "3.0"
        case .v3_1: return "3.1"
        }
    }
}
