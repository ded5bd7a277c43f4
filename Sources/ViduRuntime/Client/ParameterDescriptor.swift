/// One parameter of a generated operation: where it goes and which schema checks it.
public struct ParameterDescriptor: Sendable, Hashable {
    /// Where a parameter is sent.
    public enum Location: String, Sendable, Hashable, CaseIterable {
        /// A `{name}` segment of the path template.
        case path
        /// `name=value` in the query; an array sends one pair per element.
        case query
        /// A request header.
        case header
        /// A `name=value` pair of the `Cookie` header.
        case cookie
    }

    /// The parameter's name on the wire.
    public var name: String
    /// Where it is sent.
    public var location: Location
    /// Its schema's root node in the provider's `SchemaTable`; nil when the spec gives none.
    public var schemaRoot: Int?

    /// Describes one parameter.
    public init(_ name: String, in location: Location, schemaRoot: Int? = nil) {
        self.name = name
        self.location = location
        self.schemaRoot = schemaRoot
    }
}
