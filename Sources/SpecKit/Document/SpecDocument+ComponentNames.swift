extension SpecDocument {
    /// The `components.schemas` name a `$ref` target URI (`Schema.ref`) stands for, or nil
    /// when the target is some other schema.
    public func componentSchemaName(for uri: String) -> String? {
        guard let target = registry.schema(at: uri) else { return nil }
        return schemas.first { $0.schema === target }?.name
    }
}
