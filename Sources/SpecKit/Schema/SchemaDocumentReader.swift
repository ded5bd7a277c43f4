/// Reads a bare JSON Schema 2020-12 document (not an OpenAPI file), such as a case of the JSON
/// Schema test suite, with any other documents its references may reach.
public enum SchemaDocumentReader {
    /// Reads `node` as the root schema of a document retrieved from `baseURI`.
    ///
    /// - Parameters:
    ///   - file: names the document in diagnostics.
    ///   - externalDocuments: other schema documents by retrieval URI, such as the 2020-12
    ///     metaschema or the test suite's remotes. Only those that a reference reaches (directly
    ///     or through another external document) are read, so an unrelated one cannot fail the read.
    /// - Returns: the root schema, and a registry holding every schema of every document read.
    /// - Throws: every problem found: unsupported keywords, bad values, dangling references, cycles.
    public static func read(
        _ node: JSONNode, file: String, baseURI: String, externalDocuments: [(uri: String, node: JSONNode)] = []
    ) throws(DiagnosticList) -> (root: Schema, registry: SchemaRegistry) {
        let documentURI = SchemaURI.resolve(baseURI, against: "") ?? baseURI
        var reader = SchemaReader(file: file)
        let root = reader.read(node, at: "", documentURI: documentURI)
        var diagnostics = reader.diagnostics
        var references = reader.references
        var registry = reader.registry
        var pending = externalDocuments.map { (uri: SchemaURI.resolve($0.uri, against: "") ?? $0.uri, node: $0.node) }
        var checked = 0
        while checked < references.count {
            let missing = Set(references[checked...].map { SchemaURI.resource(of: $0.target) }.filter { registry.schema(at: $0) == nil })
            checked = references.count
            for uri in missing.sorted() {
                guard let index = pending.firstIndex(where: { $0.uri == uri })
                    ?? pending.firstIndex(where: { rootID(of: $0.node, retrievedFrom: $0.uri) == uri })
                else { continue }
                let document = pending.remove(at: index)
                var external = SchemaReader(file: document.uri, registry: registry)
                _ = external.read(document.node, at: "", documentURI: document.uri)
                diagnostics += external.diagnostics
                references += external.references
                registry = external.registry
            }
        }
        diagnostics += ReferenceChecker.check(references, in: registry)
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return (root, registry)
    }

    /// The `$id` of a document's root, resolved against where it was retrieved from.
    private static func rootID(of node: JSONNode, retrievedFrom uri: String) -> String? {
        node["$id"]?.string.flatMap { SchemaURI.resolve($0, against: uri) }
    }
}
