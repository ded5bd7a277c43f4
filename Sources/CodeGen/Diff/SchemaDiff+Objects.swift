import SpecKit

extension SchemaDiff {
    /// The properties of an object and of its plain `allOf` parts, as the generator merges them.
    private func members(_ schema: Schema, _ types: SchemaTypes) -> (properties: [(name: String, schema: Schema)], required: Set<String>) {
        var properties: [(name: String, schema: Schema)] = []
        var required: Set<String> = []
        func collect(_ schema: Schema, depth: Int) {
            guard depth < 8 else { return }
            for property in schema.properties where !properties.contains(where: { $0.name == property.name }) { properties.append(property) }
            required.formUnion(schema.required)
            for part in schema.allOf where part.ifSchema == nil { collect(types.resolved(part), depth: depth + 1) }
        }
        collect(schema, depth: 0)
        return (properties, required)
    }

    private func isClosed(_ schema: Schema) -> Bool {
        schema.additionalProperties?.booleanValue == false || schema.unevaluatedProperties?.booleanValue == false
    }

    /// Properties, required members, `additionalProperties`, `dependentRequired`.
    func diffObjects(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        let before = members(x, old)
        let after = members(y, new)
        let wasClosed = isClosed(x)
        let isClosed = isClosed(y)
        for (name, _) in after.properties where !before.properties.contains(where: { $0.name == name }) {
            let required = after.required.contains(name)
            let effect: ValueSetEffect = site.validationOnly ? .narrows : required ? .narrows : wasClosed ? .widens : .neutral
            record(.propertyAdded, (required ? "required" : "optional") + " member \(name) added", at: site.member(name, required: required),
                   effect: effect, decoding: required, swift: required ? .sourceBreaking : .additive)
        }
        for (name, _) in before.properties where !after.properties.contains(where: { $0.name == name }) {
            let effect: ValueSetEffect = site.validationOnly ? .widens : isClosed ? .narrows : .neutral
            record(.propertyRemoved, "member \(name) removed" + (isClosed ? " from a closed object" : ""),
                   at: site.member(name, required: before.required.contains(name)), effect: effect, decoding: false, swift: .sourceBreaking)
        }
        let oldNames = Set(before.properties.map(\.name))
        let newNames = Set(after.properties.map(\.name))
        for name in before.required.union(after.required).sorted() where oldNames.contains(name) == newNames.contains(name) {
            let memberSite = site.member(name, required: after.required.contains(name))
            switch (before.required.contains(name), after.required.contains(name)) {
            case (false, true):
                record(.propertyBecameRequired, "\(name) became required", at: memberSite, effect: .narrows, decoding: true, swift: .sourceBreaking)
            case (true, false):
                record(.propertyBecameOptional, "\(name) became optional", at: memberSite, effect: .widens, decoding: true, swift: .sourceBreaking)
            default:
                break
            }
        }
        for (name, a) in before.properties {
            guard let b = after.properties.first(where: { $0.name == name })?.schema else { continue }
            diff(a, b, at: site.member(name, required: after.required.contains(name)))
        }
        if wasClosed != isClosed {
            if isClosed {
                record(.objectClosed, "closed (additionalProperties: false): undeclared members are refused; the Swift type gains extraFields",
                       at: site, effect: .narrows, decoding: false, swift: .additive)
            } else {
                record(.objectOpened, "opened: undeclared members are accepted; the Swift type loses extraFields",
                       at: site, effect: .widens, decoding: false, swift: .sourceBreaking)
            }
        }
        if let a = x.additionalProperties, let b = y.additionalProperties, a.booleanValue == nil, b.booleanValue == nil {
            diff(a, b, at: site.sub("{}"))
        }
        let oldDependencies = Dictionary(x.dependentRequired.map { ($0.name, Set($0.requires)) }, uniquingKeysWith: { $0.union($1) })
        let newDependencies = Dictionary(y.dependentRequired.map { ($0.name, Set($0.requires)) }, uniquingKeysWith: { $0.union($1) })
        for name in Set(oldDependencies.keys).union(newDependencies.keys).sorted() {
            let a = oldDependencies[name] ?? []
            let b = newDependencies[name] ?? []
            for added in b.subtracting(a).sorted() {
                record(.constraintAdded, "dependentRequired: \(name) now requires \(added)", at: site, effect: .narrows, decoding: false, swift: .none)
            }
            for removed in a.subtracting(b).sorted() {
                record(.constraintRemoved, "dependentRequired: \(name) no longer requires \(removed)", at: site, effect: .widens, decoding: false, swift: .none)
            }
        }
    }

    /// `items`.
    func diffArrays(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        switch (x.items, y.items) {
        case (let a?, let b?): diff(a, b, at: site.sub("[]"))
        case (nil, _?): record(.constraintAdded, "items schema added", at: site, effect: .narrows, decoding: true, swift: .none)
        case (_?, nil): record(.constraintRemoved, "items schema removed", at: site, effect: .widens, decoding: false, swift: .none)
        case (nil, nil): break
        }
    }

    /// Conditional rules (`allOf` items with `if`, matched by their `if`), other assertion-only
    /// `allOf` parts, `not`, and `oneOf`/`anyOf` whose branches only assert. None of them shape
    /// the generated types.
    func diffAssertions(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        let rules = { (schema: Schema) -> [(key: String, rule: Schema)] in
            schema.allOf.compactMap { part in part.ifSchema.map { (SchemaFingerprint.of($0), part) } }
        }
        let before = rules(x)
        let after = rules(y)
        for (key, rule) in after where !before.contains(where: { $0.key == key }) {
            record(.conditionalRuleAdded, "rule added: if \(key) then \(rule.thenSchema.map(SchemaFingerprint.of) ?? "{}")"
                   + (rule.elseSchema.map { " else \(SchemaFingerprint.of($0))" } ?? ""), at: site, effect: .narrows, decoding: false, swift: .none)
        }
        for (key, rule) in before where !after.contains(where: { $0.key == key }) {
            record(.conditionalRuleRemoved, "rule removed: if \(key) then \(rule.thenSchema.map(SchemaFingerprint.of) ?? "{}")"
                   + (rule.elseSchema.map { " else \(SchemaFingerprint.of($0))" } ?? ""), at: site, effect: .widens, decoding: false, swift: .none)
        }
        for (key, a) in before {
            guard let b = after.first(where: { $0.key == key })?.rule else { continue }
            let ruleSite = site.sub(".allOf[if \(key)]", validationOnly: true)
            let empty = Schema(source: a.source)
            diff(a.thenSchema ?? empty, b.thenSchema ?? Schema(source: b.source), at: ruleSite.sub(".then"))
            diff(a.elseSchema ?? empty, b.elseSchema ?? Schema(source: b.source), at: ruleSite.sub(".else"))
        }
        let plain = { (schema: Schema) -> [String] in
            schema.allOf.filter { $0.ifSchema == nil && $0.ref == nil && $0.properties.isEmpty && $0.required.isEmpty }.map(SchemaFingerprint.of)
        }
        constraintParts(plain(x), plain(y), name: "allOf part", added: .narrows, removed: .widens, at: site)
        switch (x.not, y.not) {
        case (nil, let b?): record(.constraintAdded, "not \(SchemaFingerprint.of(b)) added", at: site, effect: .narrows, decoding: false, swift: .none)
        case (let a?, nil): record(.constraintRemoved, "not \(SchemaFingerprint.of(a)) removed", at: site, effect: .widens, decoding: false, swift: .none)
        case (let a?, let b?) where SchemaFingerprint.of(a) != SchemaFingerprint.of(b):
            record(.constraintChanged, "not \(SchemaFingerprint.of(a)) became not \(SchemaFingerprint.of(b))", at: site, effect: .both, decoding: false, swift: .none)
        default: break
        }
        if old.typedBranches(x).isEmpty, new.typedBranches(y).isEmpty {
            constraintParts(x.anyOf.map(SchemaFingerprint.of), y.anyOf.map(SchemaFingerprint.of), name: "anyOf branch", added: .widens, removed: .narrows, at: site)
            constraintParts(x.oneOf.map(SchemaFingerprint.of), y.oneOf.map(SchemaFingerprint.of), name: "oneOf branch", added: .both, removed: .narrows, at: site)
        }
    }

    private func constraintParts(_ before: [String], _ after: [String], name: String, added: ValueSetEffect, removed: ValueSetEffect, at site: SchemaSite) {
        for part in after where !before.contains(part) {
            record(.constraintAdded, "\(name) \(part) added", at: site, effect: added, decoding: false, swift: .none)
        }
        for part in before where !after.contains(part) {
            record(.constraintRemoved, "\(name) \(part) removed", at: site, effect: removed, decoding: false, swift: .none)
        }
    }
}
