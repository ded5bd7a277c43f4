import SpecKit

/// Compares two versions of provider specs: every semantic change, classified for the wire and
/// for the generated Swift API (see `SpecChange`).
public enum SpecDiff {
    /// The changes between `old` and `new` versions of one provider. Nil on one side means the
    /// provider was added or removed. Sorted: see `sorted(_:)`.
    public static func compare(old: SpecDocument?, new: SpecDocument?, provider: String) -> [SpecChange] {
        switch (old, new) {
        case (nil, nil):
            return []
        case (nil, let document?):
            return [SpecChange(provider: provider, side: .document, location: document.file, kind: .providerAdded,
                               summary: "provider added (namespace \(document.namespace), \(document.operations.count) operations)",
                               wire: .relaxing, swift: .additive)]
        case (let document?, nil):
            return [SpecChange(provider: provider, side: .document, location: document.file, kind: .providerRemoved,
                               summary: "provider removed (namespace \(document.namespace) and its client are gone)",
                               wire: .breaking, swift: .sourceBreaking)]
        case (let old?, let new?):
            let walker = SchemaDiff(provider: provider, old: old, new: new)
            DocumentDiff(walker: walker).compare(old, new)
            walker.diffComponents()
            return sorted(deduplicated(walker.changes()))
        }
    }

    /// The changes of several providers, matched by name (`provider`); a name on one side only is
    /// an added or removed provider.
    public static func compare(old: [String: SpecDocument], new: [String: SpecDocument]) -> [SpecChange] {
        let names = Set(old.keys).union(new.keys).sorted()
        return sorted(names.flatMap { compare(old: old[$0], new: new[$0], provider: $0) })
    }

    /// Stable order: provider, then location, side, kind and summary.
    public static func sorted(_ changes: [SpecChange]) -> [SpecChange] {
        changes.sorted { a, b in
            (a.provider, a.location, a.side.rawValue, a.kind.rawValue, a.summary) < (b.provider, b.location, b.side.rawValue, b.kind.rawValue, b.summary)
        }
    }

    /// A documentation change of a component used on both sides is reported once.
    private static func deduplicated(_ changes: [SpecChange]) -> [SpecChange] {
        var seen = Set<String>()
        return changes.filter { change in
            let side = change.kind.isDocumentation ? "" : change.side.rawValue
            return seen.insert([change.location, side, change.kind.rawValue, change.summary].joined(separator: "\u{1}")).inserted
        }
    }
}
