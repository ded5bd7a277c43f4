import SpecKit
import ViduRuntime

extension SchemaTableBuilder {
    /// `$ref` and `$dynamicRef`. A `$dynamicRef` whose static target declares a
    /// `$dynamicAnchor` of the same name (the "bookend") becomes a dynamic reference; any
    /// other `$dynamicRef` behaves exactly like `$ref`, as JSON Schema 2020-12 §8.2.3.2 says.
    mutating func lowerReferences(of schema: Schema, into node: inout SchemaNode) {
        if let uri = schema.ref, let target = resolve(uri, keyword: "$ref", in: schema) {
            node.ref = enter(target)
        }
        guard let uri = schema.dynamicRef, let target = resolve(uri, keyword: "$dynamicRef", in: schema) else { return }
        let fragment = uri.firstIndex(of: "#").map { String(uri[uri.index(after: $0)...]) } ?? ""
        let index = enter(target)
        if !fragment.isEmpty, !fragment.hasPrefix("/"), target.dynamicAnchor == fragment {
            node.dynamicRef = SchemaDynamicReference(fragment, fallback: index)
        } else if node.ref == nil {
            node.ref = index
        } else {
            node.allOf.append(index)
        }
    }

    /// The schema at `uri`, or a diagnostic.
    private mutating func resolve(_ uri: String, keyword: String, in schema: Schema) -> Schema? {
        if let target = registry.schema(at: uri) { return target }
        diagnose(schema, "'\(keyword)' target '\(uri)' is not defined", hint: "check the spelling, or add the document that defines it")
        return nil
    }

    /// Lowers a reference target and remembers which resource following the reference enters.
    private mutating func enter(_ target: Schema) -> Int {
        let index = lower(target)
        let resourceURI = target.source.uri.firstIndex(of: "#").map { String(target.source.uri[..<$0]) } ?? target.source.uri
        if let root = registry.schema(at: resourceURI), root !== target, hasDynamicAnchors(root) {
            enteredResources[index] = lower(root)
        }
        return index
    }

    /// True when the resource rooted at `root` declares any `$dynamicAnchor`.
    private mutating func hasDynamicAnchors(_ root: Schema) -> Bool {
        if let known = resourceHasDynamicAnchors[ObjectIdentifier(root)] { return known }
        let answer = !dynamicAnchors(inResource: root).isEmpty
        resourceHasDynamicAnchors[ObjectIdentifier(root)] = answer
        return answer
    }

    /// Every `$dynamicAnchor` in the resource rooted at `root`, in source order, not looking
    /// into embedded resources (subschemas with their own `$id`).
    func dynamicAnchors(inResource root: Schema) -> [(name: String, schema: Schema)] {
        var found: [(name: String, schema: Schema)] = []
        var pending = [root]
        while let schema = pending.popLast() {
            if schema !== root && schema.id != nil { continue }
            if let name = schema.dynamicAnchor, !found.contains(where: { $0.name == name }) {
                found.append((name, schema))
            }
            pending.append(contentsOf: Self.subschemas(of: schema).reversed())
        }
        return found
    }

    /// The subschemas written inside `schema`, in source order (references not followed).
    static func subschemas(of schema: Schema) -> [Schema] {
        var children = schema.defs.map(\.schema)
        children += schema.prefixItems
        children += [schema.items, schema.contains, schema.unevaluatedItems].compactMap { $0 }
        children += schema.properties.map(\.schema) + schema.patternProperties.map(\.schema)
        children += [schema.additionalProperties, schema.propertyNames].compactMap { $0 }
        children += schema.dependentSchemas.map(\.schema)
        children += [schema.unevaluatedProperties].compactMap { $0 }
        children += schema.allOf + schema.anyOf + schema.oneOf
        children += [schema.not, schema.ifSchema, schema.thenSchema, schema.elseSchema, schema.contentSchema].compactMap { $0 }
        return children
    }
}
