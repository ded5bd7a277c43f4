extension SchemaEvaluator {
    /// `unevaluatedItems` and `unevaluatedProperties`: applied to the items and members that
    /// no adjacent keyword and no successful in-place subschema evaluated. Afterwards every
    /// item and member counts as evaluated, for the enclosing schema's own check.
    mutating func checkUnevaluated(
        _ node: UnsafePointer<SchemaNode>, _ instance: JSONValue, reporting: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var valid = true
        if let unevaluated = node.pointee.unevaluatedItems, case .array(let elements) = instance {
            for (offset, element) in elements.enumerated() where !annotations.hasEvaluated(item: offset) {
                let ok = applyAt(
                    .index(offset), unevaluated, element, reporting: reporting, keyword: "unevaluatedItems",
                    falseMessage: "is not allowed (no schema describes this item)")
                if !ok {
                    guard reporting else { return false }
                    valid = false
                }
            }
            annotations.allItems = true
        }
        if let unevaluated = node.pointee.unevaluatedProperties, case .object(let members) = instance {
            var names: [String] = []
            for name in members.keys where !annotations.hasEvaluated(property: name) {
                names.append(name)
            }
            names.sort()
            for name in names {
                let ok = applyAt(
                    .key(name), unevaluated, members[name] ?? .null, reporting: reporting,
                    keyword: "unevaluatedProperties", falseMessage: "is not a member the spec declares (misspelt? a field the spec does not know yet goes through extraFields)")
                if !ok {
                    guard reporting else { return false }
                    valid = false
                }
            }
            annotations.allProperties = true
        }
        return valid
    }
}
