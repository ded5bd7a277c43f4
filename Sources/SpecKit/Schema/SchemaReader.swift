import Foundation

/// Reads JSON Schema 2020-12 schemas (objects or booleans) into `Schema` values, recursively.
///
/// Every subschema gets a `SchemaSource` and is registered in `registry` under
/// `<resource>#<pointer>` for each enclosing schema resource (the document and every `$id`),
/// plus its `$id`, `$anchor` and `$dynamicAnchor` names. `$ref` and `$dynamicRef` are resolved
/// against the current base URI (RFC 3986) into the canonical absolute URI `Schema.ref` holds.
/// Problems are collected in `diagnostics`; reading goes on after them, so one pass reports
/// them all. Whether references point anywhere is checked later, by `ReferenceChecker`, once
/// every document is read.
public struct SchemaReader: Sendable {
    /// The file being read, as the user named it.
    public var file: String { collector.file }
    /// Every schema read so far, by absolute URI.
    public private(set) var registry: SchemaRegistry
    /// The problems found so far.
    public var diagnostics: [Diagnostic] { collector.diagnostics }
    /// The warnings found so far: constructs read as OpenAPI 3.0 reads them, or skipped.
    public var warnings: [Diagnostic] { collector.warnings }
    /// The OpenAPI version of the document being read; 3.0 keywords are translated (see
    /// `SchemaReader+OpenAPI.swift`), silently for 3.0 and with a warning for 3.1. Nil for a
    /// bare JSON Schema document, where OpenAPI's keywords are unknown keywords.
    var openAPIVersion: OpenAPIVersion?

    var collector: DiagnosticCollector
    /// Every reference read so far.
    private(set) var references: [ReferenceSite] = []
    /// `$id` and anchor URIs declared by this reader, with where.
    private var declaredNames: [String: SourceLocation] = [:]
    /// The enclosing schema resources, outermost first, while a schema is being read.
    private var resources: [(uri: String, pointer: String)] = []

    /// A reader for `file` that adds to `registry`.
    public init(file: String, registry: SchemaRegistry = SchemaRegistry()) {
        self.collector = DiagnosticCollector(file: file)
        self.registry = registry
    }

    /// Reads the schema `node`, found at `pointer` inside a document whose base URI is `documentURI`.
    public mutating func read(_ node: JSONNode, at pointer: String, documentURI: String) -> Schema {
        resources = [(documentURI, "")]
        defer { resources = [] }
        return readSchema(node, pointer: pointer)
    }

    // MARK: - One schema

    mutating func readSchema(_ node: JSONNode, pointer: String) -> Schema {
        if let bool = node.bool {
            let schema = Schema(source: source(of: node, at: pointer), booleanValue: bool)
            register(schema, at: pointer)
            return schema
        }
        guard let members = node.members else {
            collector.error("a schema must be an object or a boolean, not \(node.typeName.withArticle)", node: node, pointer: pointer)
            let schema = Schema(source: source(of: node, at: pointer))
            register(schema, at: pointer)
            return schema
        }
        var fields = SchemaFields()
        let pushedResource = readID(node.member("$id"), schemaPointer: pointer, into: &fields)
        for member in members {
            readKeyword(member, in: node, schemaPointer: pointer, into: &fields)
        }
        applyOpenAPITranslations(to: &fields, schemaPointer: pointer)
        let schema = fields.build(source: source(of: node, at: pointer))
        register(schema, at: pointer)
        if let anchor = fields.anchor, let member = node.member("$anchor") {
            declare(SchemaURI.uri(resource: currentResource, anchor: anchor), for: schema, what: "$anchor '\(anchor)'", member: member, schemaPointer: pointer)
        }
        if let anchor = fields.dynamicAnchor, let member = node.member("$dynamicAnchor"), anchor != fields.anchor {
            declare(SchemaURI.uri(resource: currentResource, anchor: anchor), for: schema, what: "$dynamicAnchor '\(anchor)'", member: member, schemaPointer: pointer)
        }
        if pushedResource { resources.removeLast() }
        return schema
    }

    /// Handles `$id` before the other keywords, since it sets the base they resolve against.
    private mutating func readID(_ member: JSONNode.Member?, schemaPointer: String, into fields: inout SchemaFields) -> Bool {
        guard let member else { return false }
        let pointer = JSONPointerText.appending("$id", to: schemaPointer)
        guard let text = string(member.value, keyword: "$id", pointer: pointer) else { return false }
        guard let resolved = SchemaURI.resolve(text, against: currentResource) else {
            collector.error("'$id' has a malformed percent-encoding", node: member.value, pointer: pointer)
            return false
        }
        if SchemaURI.fragment(of: resolved) != nil {
            collector.error("'$id' must not have a fragment", node: member.value, pointer: pointer, hint: "use $anchor for a plain name, or drop the '#...' part")
            return false
        }
        if let first = declaredNames[resolved] {
            collector.error("duplicate $id '\(text)' (first declared at line \(first.line))", node: member.value, pointer: pointer)
            return false
        }
        declaredNames[resolved] = member.value.location
        fields.id = resolved
        resources.append((resolved, schemaPointer))
        return true
    }

    // MARK: - Identity and registration

    /// The base URI that references resolve against right now.
    var currentResource: String { resources.last?.uri ?? "" }

    func source(of node: JSONNode, at pointer: String) -> SchemaSource {
        let resource = resources.last ?? ("", "")
        let relative = String(pointer.dropFirst(resource.pointer.count))
        return SchemaSource(file: file, location: node.location, pointer: pointer, uri: SchemaURI.uri(resource: resource.uri, pointer: relative))
    }

    mutating func register(_ schema: Schema, at pointer: String) {
        for resource in resources where pointer.hasPrefix(resource.pointer) {
            let relative = String(pointer.dropFirst(resource.pointer.count))
            registry.register(schema, at: SchemaURI.uri(resource: resource.uri, pointer: relative))
        }
    }

    private mutating func declare(_ uri: String, for schema: Schema, what: String, member: JSONNode.Member, schemaPointer: String) {
        let pointer = JSONPointerText.appending(member.key, to: schemaPointer)
        if let first = declaredNames[uri] {
            collector.error("duplicate \(what) in one schema resource (first declared at line \(first.line))", node: member.value, pointer: pointer)
            return
        }
        declaredNames[uri] = member.value.location
        registry.register(schema, at: uri)
    }

    /// Resolves a `$ref`/`$dynamicRef` value and remembers where it was written.
    mutating func reference(_ node: JSONNode, keyword: String, pointer: String, schemaPointer: String) -> String? {
        guard let text = string(node, keyword: keyword, pointer: pointer) else { return nil }
        guard let target = SchemaURI.resolve(text, against: currentResource) else {
            collector.error("'\(keyword)' has a malformed percent-encoding", node: node, pointer: pointer)
            return nil
        }
        references.append(ReferenceSite(
            keyword: keyword, target: target, file: file, location: node.location, pointer: pointer,
            ownerURI: source(of: node, at: schemaPointer).uri, documentURI: resources.first?.uri ?? ""
        ))
        return target
    }
}

extension String {
    /// "an object", "a string": the type name with its indefinite article.
    var withArticle: String {
        guard let first = first else { return self }
        return ("aeiou".contains(first) ? "an " : "a ") + self
    }
}
