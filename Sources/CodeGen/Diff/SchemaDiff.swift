import SpecKit

/// Walks two versions of the schemas of one provider side by side and records every change.
///
/// A `$ref` to the same component on both sides is not walked in place: the use is recorded
/// and the component is diffed once per side at the end (`diffComponents`), so a change in a
/// shared component is reported once, with the places that use it.
final class SchemaDiff {
    let provider: String
    let old: SchemaTypes
    let new: SchemaTypes
    /// Changes found so far, with the component they belong to.
    private(set) var found: [(change: SpecChange, component: ComponentUse?)] = []
    /// Who uses each component, per side.
    private var users: [ComponentUse: Set<String>] = [:]
    private var pending: [ComponentUse] = []
    private var walked: Set<ComponentUse> = []

    init(provider: String, old: SpecDocument, new: SpecDocument) {
        self.provider = provider
        self.old = SchemaTypes(document: old)
        self.new = SchemaTypes(document: new)
    }

    /// Records a change at `site`.
    func record(_ kind: ChangeKind, _ summary: String, at site: SchemaSite, wire: WireImpact, swift: SwiftImpact) {
        let change = SpecChange(provider: provider, side: site.side, location: site.location, kind: kind, summary: summary,
                                wire: wire, swift: site.swift(swift))
        found.append((change, site.component))
    }

    /// Records a change whose wire column follows the direction rule.
    func record(_ kind: ChangeKind, _ summary: String, at site: SchemaSite, effect: ValueSetEffect, decoding: Bool, swift: SwiftImpact) {
        record(kind, summary, at: site, wire: ChangeClassification.wire(effect, side: site.side, decoding: decoding), swift: swift)
    }

    /// Records a place-independent change (documents, operations).
    func record(_ change: SpecChange) {
        found.append((change, nil))
    }

    /// The changes, each component change listing the component's users.
    func changes() -> [SpecChange] {
        found.map { entry in
            var change = entry.change
            if let component = entry.component { change.usedBy = (users[component] ?? []).sorted() }
            return change
        }
    }

    // MARK: Components

    private func use(_ name: String, side: ChangeSide, by location: String) {
        let key = ComponentUse(name: name, side: side)
        users[key, default: []].insert(location)
        if walked.insert(key).inserted { pending.append(key) }
    }

    /// Diffs every component used so far (and those they use), once per side; then the
    /// components no operation uses, as `document`; then reports added and removed components.
    func diffComponents() {
        while !pending.isEmpty {
            let key = pending.removeFirst()
            guard let oldSchema = component(key.name, in: old), let newSchema = component(key.name, in: new) else { continue }
            diff(oldSchema, newSchema, at: SchemaSite(side: key.side, location: key.name, component: key), walkingComponent: true)
        }
        let used = Set(walked.map(\.name))
        for (name, oldSchema) in old.document.schemas where !used.contains(name) {
            guard let newSchema = component(name, in: new) else { continue }
            let key = ComponentUse(name: name, side: .document)
            walked.insert(key)
            diff(oldSchema, newSchema, at: SchemaSite(side: .document, location: name, component: key), walkingComponent: true)
            while !pending.isEmpty {
                let next = pending.removeFirst()
                guard let a = component(next.name, in: old), let b = component(next.name, in: new) else { continue }
                diff(a, b, at: SchemaSite(side: next.side, location: next.name, component: next), walkingComponent: true)
            }
        }
        let oldNames = Set(old.document.schemas.map(\.name))
        let newNames = Set(new.document.schemas.map(\.name))
        let site = SchemaSite(side: .document, location: "components.schemas")
        for name in newNames.subtracting(oldNames).sorted() {
            record(.componentAdded, "component schema \(name) added (a new Swift type)", at: site.sub("." + name), wire: .compatible, swift: .additive)
        }
        for name in oldNames.subtracting(newNames).sorted() {
            record(.componentRemoved, "component schema \(name) removed (its Swift type is gone)", at: site.sub("." + name), wire: .compatible, swift: .sourceBreaking)
        }
    }

    private func component(_ name: String, in types: SchemaTypes) -> Schema? {
        types.document.schemas.first { $0.name == name }?.schema
    }

    // MARK: The walk

    /// Diffs `a` (old) against `b` (new) at `site`.
    func diff(_ a: Schema, _ b: Schema, at site: SchemaSite, walkingComponent: Bool = false) {
        let oldName = old.componentName(a)
        let newName = new.componentName(b)
        if let oldName, oldName == newName, !walkingComponent {
            use(oldName, side: site.side, by: site.location)
            diffDocumentation(a, b, at: site)
            return
        }
        guard site.depth < 12 else { return }
        var site = site
        if oldName != newName || a.ref != nil || b.ref != nil { site.depth += 1 }
        if let oldName, let newName, oldName != newName {
            record(.referenceChanged, "refers to \(newName) instead of \(oldName)", at: site, effect: .neutral, decoding: false,
                   swift: .sourceBreaking)
        }
        let x = old.resolved(a)
        let y = new.resolved(b)
        if x.booleanValue != nil || y.booleanValue != nil {
            diffBooleanSchemas(a, b, x, y, at: site)
            return
        }
        diffDocumentation(x, y, at: site)
        if diffTypes(a, b, x, y, at: site) { return }
        diffValues(x, y, at: site)
        diffBounds(x, y, at: site)
        diffObjects(x, y, at: site)
        diffArrays(x, y, at: site)
        diffAssertions(x, y, at: site)
        if let c = x.contentSchema, let d = y.contentSchema { diff(c, d, at: site.sub("(json)")) }
    }

    private func diffBooleanSchemas(_ a: Schema, _ b: Schema, _ x: Schema, _ y: Schema, at site: SchemaSite) {
        let before = SchemaFingerprint.of(x)
        let after = SchemaFingerprint.of(y)
        guard before != after else { return }
        let effect = SchemaTypes.effect(from: old.jsonTypes(x), to: new.jsonTypes(y))
        record(.typeChanged, "schema \(before) became \(after)", at: site, effect: effect == .neutral ? .both : effect, decoding: true,
               swift: old.swiftShape(a) == new.swiftShape(b) ? .none : .sourceBreaking)
    }

    func diffDocumentation(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        if x.description != y.description || x.title != y.title {
            record(.descriptionChanged, x.description == nil ? "description added" : y.description == nil ? "description removed" : "description changed",
                   at: site, wire: .none, swift: .none)
        }
        if x.examples.map(SchemaFingerprint.text) != y.examples.map(SchemaFingerprint.text) {
            record(.exampleChanged, "schema examples changed", at: site, wire: .none, swift: .none)
        }
    }

    /// Types and union branches. Returns true when one side is a union and the other is not:
    /// the other side was then compared with the matching branch, and nothing is left to do.
    private func diffTypes(_ a: Schema, _ b: Schema, _ x: Schema, _ y: Schema, at site: SchemaSite) -> Bool {
        let oldTypes = old.jsonTypes(x)
        let newTypes = new.jsonTypes(y)
        let oldShape = old.swiftShape(a)
        let newShape = new.swiftShape(b)
        let nullabilityChanged = (oldTypes?.contains("null") ?? true) != (newTypes?.contains("null") ?? true)
        let swift: SwiftImpact = oldShape != newShape || (nullabilityChanged && site.memberRequired) ? .sourceBreaking : .none
        let oldBranches = old.typedBranches(x)
        let newBranches = new.typedBranches(y)
        let effect = SchemaTypes.effect(from: oldTypes, to: newTypes)
        let describe = { (types: Set<String>?, branches: [Schema]) in
            (branches.isEmpty ? "" : (x.oneOf.isEmpty && y.oneOf.isEmpty ? "anyOf " : "oneOf ")) + SchemaTypes.describe(types)
        }
        if oldBranches.isEmpty != newBranches.isEmpty {
            record(.typeChanged, "type \(describe(oldTypes, oldBranches)) became \(describe(newTypes, newBranches))"
                   + (oldShape != newShape ? " (Swift \(oldShape) → \(newShape))" : ""), at: site, effect: effect, decoding: true, swift: swift)
            if newBranches.isEmpty {
                if let match = matchingBranch(for: y, in: oldBranches, types: old, otherTypes: new) {
                    var branchSite = site.sub(".was(\(match.key))")
                    branchSite.typeReported = true
                    diff(match.schema, b, at: branchSite)
                }
            } else if let match = matchingBranch(for: x, in: newBranches, types: new, otherTypes: old) {
                var branchSite = site.sub(".oneOf[\(match.key)]")
                branchSite.typeReported = true
                diff(a, match.schema, at: branchSite)
            }
            return true
        }
        if !oldBranches.isEmpty {
            diffBranches(oldBranches, newBranches, at: site, swiftChanged: oldShape != newShape)
            return false
        }
        if !site.typeReported, effect != .neutral || oldShape != newShape || nullabilityChanged {
            record(.typeChanged, "type \(SchemaTypes.describe(oldTypes)) became \(SchemaTypes.describe(newTypes))"
                   + (oldShape != newShape ? " (Swift \(oldShape) → \(newShape))" : ""), at: site,
                   effect: effect, decoding: true, swift: swift)
        }
        return false
    }

    /// The branch of `branches` whose JSON types cover `schema`'s.
    private func matchingBranch(for schema: Schema, in branches: [Schema], types: SchemaTypes, otherTypes: SchemaTypes) -> (key: String, schema: Schema)? {
        let wanted = otherTypes.jsonTypes(schema)?.subtracting(["null"])
        for branch in branches {
            let have = types.jsonTypes(branch)
            if let wanted, wanted.allSatisfy({ SchemaTypes.covers(have, $0) }) {
                return (SchemaTypes.describe(have), branch)
            }
        }
        return nil
    }

    /// Matches branches by their JSON types (then by order among equals) and diffs matched pairs.
    private func diffBranches(_ oldBranches: [Schema], _ newBranches: [Schema], at site: SchemaSite, swiftChanged: Bool) {
        func keyed(_ branches: [Schema], _ types: SchemaTypes) -> [(key: String, schema: Schema)] {
            var counts: [String: Int] = [:]
            return branches.map { branch in
                let base = types.componentName(branch) ?? SchemaTypes.describe(types.jsonTypes(branch))
                counts[base, default: 0] += 1
                return (counts[base]! == 1 ? base : "\(base)#\(counts[base]!)", branch)
            }
        }
        let before = keyed(oldBranches, old)
        let after = keyed(newBranches, new)
        for (key, branch) in after where !before.contains(where: { $0.key == key }) {
            _ = branch
            record(.branchAdded, "branch \(key) added", at: site, effect: .widens, decoding: true, swift: swiftChanged ? .additive : .none)
        }
        for (key, _) in before where !after.contains(where: { $0.key == key }) {
            record(.branchRemoved, "branch \(key) removed", at: site, effect: .narrows, decoding: true, swift: swiftChanged ? .sourceBreaking : .none)
        }
        for (key, branch) in before {
            guard let other = after.first(where: { $0.key == key }) else { continue }
            diff(branch, other.schema, at: site.sub(".oneOf[\(key)]"))
        }
    }
}
