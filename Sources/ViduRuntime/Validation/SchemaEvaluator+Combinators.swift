extension SchemaEvaluator {
    /// `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    ///
    /// `allOf`, `then` and `else` report their branches' own violations. `anyOf`, `oneOf` and
    /// `not` report one violation for the keyword, at the instance, naming the closest branch.
    mutating func checkCombinators(
        _ node: UnsafePointer<SchemaNode>, _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var valid = true
        for branch in node.pointee.allOf where !applyInPlace(branch, instance, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        if !node.pointee.anyOf.isEmpty, !checkAnyOf(node.pointee.anyOf, instance, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        if !node.pointee.oneOf.isEmpty, !checkOneOf(node.pointee.oneOf, instance, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        if let negated = node.pointee.not {
            var ignored = SchemaEvaluatorAnnotations()
            if evaluate(negated, instance, reporting: false, collect: false, into: &ignored) {
                guard reporting else { return false }
                record("not", notMessage(negated, instance))
                valid = false
            }
        }
        if let condition = node.pointee.ifSchema, !checkConditional(node, condition, instance, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        return valid
    }

    /// The message for a `not` that matched. The common "forbidden member" forms,
    /// `not: {required: [...]}` and `not: {anyOf: [{required: [...]}, ...]}`, name the members
    /// that are present; any other schema gets the generic sentence.
    private func notMessage(_ negated: Int, _ instance: JSONValue) -> String {
        if case .object(let members) = instance, let forbidden = forbiddenMembers(negated) {
            let present = forbidden.filter { members[$0] != nil }.map { SchemaEvaluatorDescriptions.describe(.string($0)) }
            if !present.isEmpty {
                return "must not have \(present.joined(separator: " or ")) here"
            }
        }
        return "must not match the schema in \"not\" (got \(SchemaEvaluatorDescriptions.describe(instance)))"
    }

    /// The member names a negated schema forbids, when it is only `required`, or only an
    /// `anyOf` of such schemas; nil for any other schema.
    private func forbiddenMembers(_ index: Int) -> [String]? {
        let schema = table.nodes[index]
        if Self.hasOnly(required: true, anyOf: false, schema) { return schema.required }
        guard Self.hasOnly(required: false, anyOf: true, schema) else { return nil }
        var names: [String] = []
        for branch in schema.anyOf {
            let node = table.nodes[branch]
            guard Self.hasOnly(required: true, anyOf: false, node) else { return nil }
            names += node.required
        }
        return names
    }

    /// True when `schema` asserts nothing but `required` (and/or `anyOf`, as asked).
    private static func hasOnly(required: Bool, anyOf: Bool, _ schema: SchemaNode) -> Bool {
        schema.required.isEmpty != required && schema.anyOf.isEmpty != anyOf
            && schema.always == nil && schema.types.isEmpty && schema.enumValues == nil && schema.constValue == nil
            && schema.properties.isEmpty && schema.patternProperties.isEmpty && schema.additionalProperties == nil
            && schema.propertyNames == nil && schema.dependentRequired.isEmpty && schema.dependentSchemas.isEmpty
            && schema.minProperties == nil && schema.maxProperties == nil && schema.unevaluatedProperties == nil
            && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.not == nil
            && schema.ifSchema == nil && schema.ref == nil && schema.dynamicRef == nil
    }

    private mutating func checkAnyOf(
        _ branches: [Int], _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var matched = false
        for branch in branches {
            var inner = SchemaEvaluatorAnnotations()
            guard evaluate(branch, instance, reporting: false, collect: needs, into: &inner) else { continue }
            matched = true
            guard needs else { break }
            annotations.merge(inner)
        }
        if !matched && reporting {
            record("anyOf", "must match at least one of the \(branches.count) schemas in \"anyOf\"; \(closestBranch(branches, instance))")
        }
        return matched
    }

    private mutating func checkOneOf(
        _ branches: [Int], _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var matches: [Int] = []
        var matchedAnnotations = SchemaEvaluatorAnnotations()
        for (offset, branch) in branches.enumerated() {
            var inner = SchemaEvaluatorAnnotations()
            guard evaluate(branch, instance, reporting: false, collect: needs, into: &inner) else { continue }
            matches.append(offset)
            if matches.count == 1 { matchedAnnotations = inner }
            if matches.count == 2 && !reporting { return false }
        }
        if matches.count == 1 {
            if needs { annotations.merge(matchedAnnotations) }
            return true
        }
        guard reporting else { return false }
        if matches.isEmpty {
            record("oneOf", "must match exactly one of the \(branches.count) schemas in \"oneOf\" but matches none; \(closestBranch(branches, instance))")
        } else {
            let listed = matches.map(String.init).joined(separator: ", ")
            record("oneOf", "must match exactly one of the \(branches.count) schemas in \"oneOf\" but matches \(matches.count) (schemas \(listed))")
        }
        return false
    }

    private mutating func checkConditional(
        _ node: UnsafePointer<SchemaNode>, _ condition: Int, _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var inner = SchemaEvaluatorAnnotations()
        if evaluate(condition, instance, reporting: false, collect: needs, into: &inner) {
            if needs { annotations.merge(inner) }
            guard let then = node.pointee.thenSchema else { return true }
            return applyInPlace(then, instance, reporting: reporting, needs: needs, into: &annotations)
        }
        guard let otherwise = node.pointee.elseSchema else { return true }
        return applyInPlace(otherwise, instance, reporting: reporting, needs: needs, into: &annotations)
    }

    /// "closest is schema 2, where …": the failing branch with the fewest violations,
    /// preferring branches whose `type` matched.
    mutating func closestBranch(_ branches: [Int], _ instance: JSONValue) -> String {
        var best: (offset: Int, violations: [Violation], score: (Int, Int))?
        for (offset, branch) in branches.enumerated() {
            let violations = collectViolations(of: branch, against: instance)
            let here = SchemaEvaluatorPathToken.pointer(path)
            let typeMismatch = violations.contains { $0.pointer == here && ($0.keyword == "type" || $0.keyword == "const" || $0.keyword == "enum") }
            let score = (typeMismatch ? 1 : 0, violations.count)
            if let current = best, current.score <= score { continue }
            best = (offset, violations, score)
        }
        guard let best, let first = best.violations.first else { return "no schema matched" }
        return "closest is schema \(best.offset), where \(describeRelative(first))"
            + (best.violations.count > 1 ? " (and \(best.violations.count - 1) more)" : "")
    }

    /// The first violation of `child` against `instance`, described relative to the current path.
    mutating func summary(of child: Int, against instance: JSONValue) -> String {
        guard let first = collectViolations(of: child, against: instance).first else { return "no violation" }
        return describeRelative(first)
    }

    /// The violations `child` reports against `instance` at the current path, without
    /// adding them to this evaluation's violations.
    private mutating func collectViolations(of child: Int, against instance: JSONValue) -> [Violation] {
        let saved = (recorded, seen)
        recorded = []
        seen = []
        var ignored = SchemaEvaluatorAnnotations()
        _ = evaluate(child, instance, reporting: true, collect: false, into: &ignored)
        let collected = recorded
        (recorded, seen) = saved
        return collected
    }

    private func describeRelative(_ violation: Violation) -> String {
        let here = SchemaEvaluatorPathToken.pointer(path)
        let relative = violation.pointer.hasPrefix(here) ? String(violation.pointer.dropFirst(here.count)) : violation.pointer
        return relative.isEmpty ? violation.message : "\(relative) \(violation.message)"
    }
}
