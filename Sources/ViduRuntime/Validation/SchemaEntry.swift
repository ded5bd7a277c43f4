import Foundation

/// One JSON body a provider's spec describes (a request, a response for one status, or a
/// webhook), with its compiled schema and the generated type it decodes into.
///
/// Each generated provider lists its entries as `<Namespace>.schemaEntries`, so tools such as
/// `vidu validate` can check and decode raw JSON for any operation without knowing the types.
public struct SchemaEntry: Sendable {
    /// Which body of the operation this is.
    public enum Kind: Sendable, Hashable, CustomStringConvertible {
        /// The request body.
        case request
        /// The response body for `status` (`"200"`, `"4XX"`, `"default"`).
        case response(status: String)
        /// The body of the webhook called `name`.
        case webhook(name: String)

        /// `request`, `response 200`, `webhook videoDone`.
        public var description: String {
            switch self {
            case .request: return "request"
            case .response(let status): return "response \(status)"
            case .webhook(let name): return "webhook \(name)"
            }
        }
    }

    /// The operationId (for a webhook: its operationId, or its name when it has none).
    public var operationID: String
    public var kind: Kind
    /// The provider's compiled schemas.
    public var schemaTable: SchemaTable
    /// The body's root node in `schemaTable`.
    public var root: Int
    /// The generated Swift type the body decodes into, such as `Apimart.CreateVideoGenerationRequest`.
    public var typeName: String
    /// Decodes JSON bytes into `typeName`'s type.
    public var decode: @Sendable (Data) throws -> any Sendable

    /// Creates an entry.
    public init(operationID: String, kind: Kind, schemaTable: SchemaTable, root: Int, typeName: String, decode: @escaping @Sendable (Data) throws -> any Sendable) {
        self.operationID = operationID
        self.kind = kind
        self.schemaTable = schemaTable
        self.root = root
        self.typeName = typeName
        self.decode = decode
    }

    /// Every violation of `json` against this body's schema; empty when it conforms.
    public func validate(_ json: JSONValue) -> [Violation] {
        schemaTable.validate(json, against: root)
    }
}

extension Array where Element == SchemaEntry {
    /// The entry for `operationID` and `kind`, if the spec describes that body.
    public func entry(operationID: String, kind: SchemaEntry.Kind) -> SchemaEntry? {
        first { $0.operationID == operationID && $0.kind == kind }
    }
}
