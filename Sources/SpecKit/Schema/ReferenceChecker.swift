/// Checks, once every document is read, that each `$ref`/`$dynamicRef` target exists and that
/// no chain of bare references (`Schema.isBareReference`) loops without reaching a schema.
///
/// Recursion through keywords (a `Node` whose `children` items `$ref` `Node`) is fine: only a
/// loop of schemas that are nothing but `$ref` is an error, since it describes no value at all.
enum ReferenceChecker {
    static func check(_ sites: [ReferenceSite], in registry: SchemaRegistry) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for site in sites where registry.schema(at: site.target) == nil {
            diagnostics.append(Diagnostic(
                file: site.file, location: site.location, pointer: site.pointer,
                message: "\(site.keyword) target '\(display(site.target, in: site.documentURI))' not found",
                hint: danglingHint(for: site, in: registry)
            ))
        }
        diagnostics.append(contentsOf: cycles(sites, in: registry))
        return diagnostics
    }

    /// A URI as messages show it: `#/pointer` inside the same document, else in full.
    static func display(_ uri: String, in documentURI: String) -> String {
        let resource = SchemaURI.resource(of: uri)
        guard resource == documentURI else { return uri }
        return "#" + (SchemaURI.fragment(of: uri) ?? "")
    }

    // MARK: - Dangling targets

    private static func danglingHint(for site: ReferenceSite, in registry: SchemaRegistry) -> String {
        let resource = SchemaURI.resource(of: site.target)
        let keys = registry.schemas.keys.filter { SchemaURI.resource(of: $0) == resource }
        guard !keys.isEmpty else {
            return "no document or $id has the URI '\(resource)'; check the spelling, or add that document"
        }
        let fragments = keys.compactMap { SchemaURI.fragment(of: $0) }
        guard let fragment = SchemaURI.fragment(of: site.target) else {
            return "no schema has the URI '\(resource)'"
        }
        if fragment.hasPrefix("/"), let slash = fragment.lastIndex(of: "/") {
            let parent = String(fragment[...slash])
            let name = String(fragment[fragment.index(after: slash)...])
            let siblings = fragments.compactMap { candidate -> String? in
                guard candidate.hasPrefix(parent) else { return nil }
                let rest = candidate.dropFirst(parent.count)
                return rest.isEmpty || rest.contains("/") ? nil : String(rest)
            }
            if !siblings.isEmpty {
                let names = NearestNames.nearest(to: name, in: siblings).joined(separator: ", ")
                return "existing names under '#\(parent)': \(names)"
            }
            let pointers = fragments.filter { $0.hasPrefix("/") }
            if let nearest = NearestNames.nearest(to: fragment, in: pointers, limit: 1).first {
                return "nothing is defined under '#\(parent)'; did you mean '#\(nearest)'?"
            }
            return "nothing is defined under '#\(parent)'"
        }
        let anchors = fragments.filter { !$0.hasPrefix("/") }
        guard !anchors.isEmpty else { return "no $anchor in that resource has the name '\(fragment)'" }
        return "existing anchors: " + NearestNames.nearest(to: fragment, in: anchors).joined(separator: ", ")
    }

    // MARK: - Cycles

    private static func cycles(_ sites: [ReferenceSite], in registry: SchemaRegistry) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for site in sites where site.keyword == "$ref" {
            guard let start = registry.schema(at: site.ownerURI), let cycle = cycle(from: start, in: registry) else { continue }
            // Report each cycle once, at its first member in source order.
            let first = cycle.min { ($0.source.file, $0.source.location) < ($1.source.file, $1.source.location) }
            guard first === start else { continue }
            let names = (cycle + [cycle[0]]).map { display($0.source.uri, in: site.documentURI) }
            diagnostics.append(Diagnostic(
                file: site.file, location: site.location, pointer: site.pointer,
                message: "$ref cycle never reaches a schema: " + names.joined(separator: " → "),
                hint: "each schema in the cycle is only a $ref; give one of them its own keywords or point it elsewhere"
            ))
        }
        return diagnostics
    }

    /// The loop of bare references that `start` is part of, starting at `start`; nil when
    /// following its references reaches a real schema, a missing target, or a loop elsewhere.
    private static func cycle(from start: Schema, in registry: SchemaRegistry) -> [Schema]? {
        var chain: [Schema] = [start]
        var current = start
        while current.isBareReference, let target = current.ref, let next = registry.schema(at: target) {
            if next === start { return chain }
            if chain.contains(where: { $0 === next }) { return nil }
            chain.append(next)
            current = next
        }
        return nil
    }
}
