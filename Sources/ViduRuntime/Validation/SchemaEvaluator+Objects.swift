extension SchemaEvaluator {
    /// `properties`, `patternProperties`, `additionalProperties`, `propertyNames`, `required`,
    /// `dependentRequired`, `dependentSchemas`, `minProperties` and `maxProperties`.
    ///
    /// Members are visited in the schema's `properties` order, then by sorted name, so that
    /// violations come out in the same order on every run.
    mutating func checkObject(
        _ node: UnsafePointer<SchemaNode>, _ members: [String: JSONValue], reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        var valid = true
        var declaredPresent = 0
        for property in node.pointee.properties {
            guard let value = members[property.name] else { continue }
            declaredPresent += 1
            let ok = applyAt(
                .key(property.name), property.node, value, reporting: reporting, keyword: "properties",
                falseMessage: "is not allowed")
            if !ok {
                guard reporting else { return false }
                valid = false
            }
            if needs { annotations.properties.insert(property.name) }
        }
        // When every member is a declared property and there are no patterns, nothing is left
        // for additionalProperties: skip the member-by-member search.
        if !node.pointee.patternProperties.isEmpty || (node.pointee.additionalProperties != nil && declaredPresent < members.count) {
            if !checkUndeclaredMembers(node, members, reporting: reporting, needs: needs, into: &annotations) {
                guard reporting else { return false }
                valid = false
            }
        }
        if let names = node.pointee.propertyNames {
            for name in members.keys.sorted() {
                var ignored = SchemaEvaluatorAnnotations()
                guard !evaluate(names, .string(name), reporting: false, collect: false, into: &ignored) else { continue }
                guard reporting else { return false }
                record("propertyNames", "is not an allowed property name (\(summary(of: names, against: .string(name))))", at: .key(name))
                valid = false
            }
        }
        for name in node.pointee.required where members[name] == nil {
            guard reporting else { return false }
            record("required", "is required", at: .key(name))
            valid = false
        }
        for dependency in node.pointee.dependentRequired where members[dependency.property] != nil {
            for name in dependency.requires where members[name] == nil {
                guard reporting else { return false }
                record("dependentRequired", "is required when \(Text.describe(.string(dependency.property))) is present", at: .key(name))
                valid = false
            }
        }
        for dependency in node.pointee.dependentSchemas where members[dependency.name] != nil {
            if !applyInPlace(dependency.node, .object(members), reporting: reporting, needs: needs, into: &annotations) {
                guard reporting else { return false }
                valid = false
            }
        }
        if let minimum = node.pointee.minProperties, members.count < minimum {
            guard reporting else { return false }
            record("minProperties", "must have at least \(Text.count(minimum, "property", plural: "properties")) (has \(members.count))")
            valid = false
        }
        if let maximum = node.pointee.maxProperties, members.count > maximum {
            guard reporting else { return false }
            record("maxProperties", "must have at most \(Text.count(maximum, "property", plural: "properties")) (has \(members.count))")
            valid = false
        }
        return valid
    }

    /// `patternProperties` over every member and `additionalProperties` over the members
    /// that neither `properties` nor `patternProperties` name.
    private mutating func checkUndeclaredMembers(
        _ node: UnsafePointer<SchemaNode>, _ members: [String: JSONValue], reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        var names: [String] = []
        if node.pointee.patternProperties.isEmpty {
            for name in members.keys where !node.pointee.properties.contains(where: { $0.name == name }) {
                names.append(name)
            }
            if names.isEmpty { return true }
        } else {
            names = Array(members.keys)
        }
        names.sort()
        var valid = true
        for name in names {
            let value = members[name] ?? .null
            var matchedPattern = false
            for member in node.pointee.patternProperties where member.pattern.matches(name) {
                matchedPattern = true
                let ok = applyAt(
                    .key(name), member.node, value, reporting: reporting, keyword: "patternProperties",
                    falseMessage: "is not allowed (its name matches \(SchemaEvaluatorDescriptions.describe(.string(member.pattern.source))))")
                if !ok {
                    guard reporting else { return false }
                    valid = false
                }
            }
            if matchedPattern {
                if needs { annotations.properties.insert(name) }
                continue
            }
            guard let additional = node.pointee.additionalProperties,
                !node.pointee.properties.contains(where: { $0.name == name })
            else { continue }
            let ok = applyAt(
                .key(name), additional, value, reporting: reporting, keyword: "additionalProperties",
                falseMessage: "is not a member the spec declares (misspelt? a field the spec does not know yet goes through extraFields)")
            if !ok {
                guard reporting else { return false }
                valid = false
            }
            if needs { annotations.properties.insert(name) }
        }
        return valid
    }
}
