/// Every schema of a document (and of any documents it may reference), by absolute URI.
/// `$ref` and `$dynamicRef` targets are looked up here.
public struct SchemaRegistry: Sendable {
    /// Schemas by the absolute URI of their location (`<base>#<pointer>`), plus `$id`/`$anchor` aliases.
    public private(set) var schemas: [String: Schema]

    public init(schemas: [String: Schema] = [:]) {
        self.schemas = schemas
    }

    /// The schema at `uri`, or nil.
    public func schema(at uri: String) -> Schema? {
        schemas[uri]
    }

    /// Records `schema` under `uri`.
    public mutating func register(_ schema: Schema, at uri: String) {
        schemas[uri] = schema
    }
}
