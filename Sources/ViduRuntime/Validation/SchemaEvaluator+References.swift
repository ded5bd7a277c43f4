extension SchemaEvaluator {
    /// `$ref` and `$dynamicRef`. Both apply alongside the node's other keywords and report
    /// the target's violations as their own.
    mutating func checkReferences(
        _ node: UnsafePointer<SchemaNode>, _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var valid = true
        if let target = node.pointee.ref, !follow(target, instance, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        if let reference = node.pointee.dynamicRef {
            let target = resolveDynamic(reference)
            if !follow(target, instance, reporting: reporting, needs: needs, into: &annotations) {
                guard reporting else { return false }
                valid = false
            }
        }
        return valid
    }

    /// The node a `$dynamicRef` reaches: the `$dynamicAnchor` of the same name in the
    /// outermost resource of the dynamic scope that declares one, else the static target.
    /// vidu-codegen emits `dynamicRef` only when the static target itself declares the anchor
    /// (the "bookend"); otherwise the reference is lowered as a plain `$ref`.
    func resolveDynamic(_ reference: SchemaDynamicReference) -> Int {
        for resource in scope {
            if let anchor = nodes[resource].dynamicAnchors.first(where: { $0.name == reference.anchor }) {
                return anchor.node
            }
        }
        return reference.fallback
    }

    /// Evaluates a reference target in place, entering its schema resource first when the
    /// target lies inside a resource other than its own root.
    private mutating func follow(
        _ target: Int, _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        let entered = nodes[target].isResourceRoot ? nil : nodes[target].resource
        if let entered { scope.append(entered) }
        defer { if entered != nil { scope.removeLast() } }
        return applyInPlace(target, instance, reporting: reporting, needs: needs, into: &annotations)
    }
}
