import SpecKit

extension SchemaDiff {
    /// `enum`, `x-known-values`, `const` and `default`.
    func diffValues(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        let stringEnum = new.swiftShape(y) == "open enum" || old.swiftShape(x) == "open enum"
        switch (x.enumValues, y.enumValues) {
        case (nil, let values?):
            record(.enumAdded, "restricted to the values \(list(values))", at: site, effect: .narrows, decoding: true, swift: .none)
        case (_?, nil):
            record(.enumRemoved, "no longer restricted to a list of values", at: site, effect: .widens, decoding: true, swift: .none)
        case (let before?, let after?):
            let oldTexts = before.map(SchemaFingerprint.text)
            let newTexts = after.map(SchemaFingerprint.text)
            for value in newTexts where !oldTexts.contains(value) {
                record(.enumValueAdded, "enum value \(value) added", at: site, effect: .widens, decoding: true, swift: stringEnum ? .additive : .none)
            }
            for value in oldTexts where !newTexts.contains(value) {
                record(.enumValueRemoved, "enum value \(value) removed", at: site, effect: .narrows, decoding: true, swift: stringEnum ? .sourceBreaking : .none)
            }
        case (nil, nil):
            break
        }
        let oldKnown = old.knownValues(x) ?? []
        let newKnown = new.knownValues(y) ?? []
        for value in newKnown where !oldKnown.contains(value) {
            record(.knownValueAdded, "known value \"\(value)\" added (x-known-values; any string is still accepted)", at: site,
                   effect: .neutral, decoding: false, swift: .additive)
        }
        for value in oldKnown where !newKnown.contains(value) {
            record(.knownValueRemoved, "known value \"\(value)\" removed (x-known-values; it now decodes as .unknown)", at: site,
                   effect: .neutral, decoding: false, swift: .sourceBreaking)
        }
        switch (x.constValue, y.constValue) {
        case (nil, let value?):
            record(.constAdded, "const \(SchemaFingerprint.text(value)) added", at: site, effect: .narrows, decoding: true, swift: .additive)
        case (let value?, nil):
            record(.constRemoved, "const \(SchemaFingerprint.text(value)) removed", at: site, effect: .widens, decoding: true, swift: .sourceBreaking)
        case (let before?, let after?) where SchemaFingerprint.text(before) != SchemaFingerprint.text(after):
            record(.constChanged, "const \(SchemaFingerprint.text(before)) became \(SchemaFingerprint.text(after))", at: site,
                   effect: .both, decoding: true, swift: old.jsonType(of: before) == new.jsonType(of: after) ? .none : .sourceBreaking)
        default:
            break
        }
        switch (x.defaultValue, y.defaultValue) {
        case (nil, let value?):
            record(.defaultAdded, "default \(SchemaFingerprint.text(value)) added (a new `…Default`)", at: site, effect: .neutral, decoding: false, swift: .additive)
        case (let value?, nil):
            record(.defaultRemoved, "default \(SchemaFingerprint.text(value)) removed (its `…Default` is gone)", at: site, effect: .neutral, decoding: false, swift: .sourceBreaking)
        case (let before?, let after?) where SchemaFingerprint.text(before) != SchemaFingerprint.text(after):
            let sameType = old.jsonType(of: before) == new.jsonType(of: after)
            record(.defaultChanged, "default \(SchemaFingerprint.text(before)) became \(SchemaFingerprint.text(after))"
                   + (sameType ? "" : " (the default's type changed)"), at: site, effect: .neutral, decoding: false, swift: sameType ? .none : .sourceBreaking)
        default:
            break
        }
    }

    private func list(_ values: [JSONNode]) -> String {
        values.map(SchemaFingerprint.text).joined(separator: ", ")
    }

    /// Numeric, length and count bounds, `pattern`, `multipleOf`, `uniqueItems`: validation only,
    /// so the Swift column is always `none` and a response is never broken by them.
    func diffBounds(_ x: Schema, _ y: Schema, at site: SchemaSite) {
        let lower: [(String, Double?, Double?)] = [
            ("minimum", x.minimum, y.minimum), ("exclusiveMinimum", x.exclusiveMinimum, y.exclusiveMinimum),
            ("minLength", x.minLength.map(Double.init), y.minLength.map(Double.init)),
            ("minItems", x.minItems.map(Double.init), y.minItems.map(Double.init)),
            ("minProperties", x.minProperties.map(Double.init), y.minProperties.map(Double.init)),
        ]
        let upper: [(String, Double?, Double?)] = [
            ("maximum", x.maximum, y.maximum), ("exclusiveMaximum", x.exclusiveMaximum, y.exclusiveMaximum),
            ("maxLength", x.maxLength.map(Double.init), y.maxLength.map(Double.init)),
            ("maxItems", x.maxItems.map(Double.init), y.maxItems.map(Double.init)),
            ("maxProperties", x.maxProperties.map(Double.init), y.maxProperties.map(Double.init)),
        ]
        for (name, before, after) in lower { bound(name, before, after, tighterWhenHigher: true, at: site) }
        for (name, before, after) in upper { bound(name, before, after, tighterWhenHigher: false, at: site) }
        switch (x.pattern, y.pattern) {
        case (nil, let pattern?): boundChange("pattern \(pattern) added", .narrows, at: site)
        case (let pattern?, nil): boundChange("pattern \(pattern) removed", .widens, at: site)
        case (let before?, let after?) where before != after: boundChange("pattern \(before) became \(after)", .both, at: site)
        default: break
        }
        switch (x.multipleOf, y.multipleOf) {
        case (nil, let value?): boundChange("multipleOf \(SchemaFingerprint.number(value)) added", .narrows, at: site)
        case (let value?, nil): boundChange("multipleOf \(SchemaFingerprint.number(value)) removed", .widens, at: site)
        case (let before?, let after?) where before != after:
            let ratio = after / before
            let effect: ValueSetEffect = ratio.rounded() == ratio ? .narrows : (before / after).rounded() == before / after ? .widens : .both
            boundChange("multipleOf \(SchemaFingerprint.number(before)) became \(SchemaFingerprint.number(after))", effect, at: site)
        default: break
        }
        if x.uniqueItems != y.uniqueItems {
            boundChange(y.uniqueItems ? "uniqueItems added" : "uniqueItems removed", y.uniqueItems ? .narrows : .widens, at: site)
        }
    }

    private func bound(_ name: String, _ before: Double?, _ after: Double?, tighterWhenHigher: Bool, at site: SchemaSite) {
        switch (before, after) {
        case (nil, let value?): boundChange("\(name) \(SchemaFingerprint.number(value)) added", .narrows, at: site)
        case (let value?, nil): boundChange("\(name) \(SchemaFingerprint.number(value)) removed", .widens, at: site)
        case (let a?, let b?) where a != b:
            let tighter = tighterWhenHigher ? b > a : b < a
            boundChange("\(name) \(SchemaFingerprint.number(a)) became \(SchemaFingerprint.number(b))", tighter ? .narrows : .widens, at: site)
        default: break
        }
    }

    private func boundChange(_ summary: String, _ effect: ValueSetEffect, at site: SchemaSite) {
        let kind: ChangeKind = effect == .narrows ? .boundTightened : effect == .widens ? .boundRelaxed : .boundChanged
        record(kind, summary, at: site, effect: effect, decoding: false, swift: .none)
    }
}
