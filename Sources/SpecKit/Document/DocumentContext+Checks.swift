import Foundation

/// Checks that need the whole document read first.
extension DocumentContext {
    /// An operationId used twice is reported at the second use, naming the first one's line.
    mutating func checkDuplicateOperationIDs() {
        var first: [String: OperationIDSite] = [:]
        for site in operationIDSites {
            if let earlier = first[site.id] {
                collector.error("duplicate operationId '\(site.id)' (first used at line \(earlier.location.line))", at: site.location, pointer: site.pointer, hint: "give each operation its own operationId")
            } else {
                first[site.id] = site
            }
        }
    }

    /// `statusOperation` and `cancelOperation` must name operations, and both must have the
    /// parameter `statusParameter` names (it takes the task id).
    mutating func checkTaskReferences(_ operations: [Operation]) {
        let ids = operations.map(\.operationID)
        for site in taskSites {
            let statusPointer = site.pointer + "/statusOperation"
            if let status = operations.first(where: { $0.operationID == site.task.statusOperation }) {
                let names = status.parameters.map(\.name)
                if !names.contains(site.task.statusParameter) {
                    collector.error(
                        "'\(site.task.statusParameter)' is not a parameter of \(status.operationID)", node: site.node["statusParameter"]!,
                        pointer: site.pointer + "/statusParameter",
                        hint: names.isEmpty ? "\(status.operationID) has no parameters" : "its parameters: " + names.joined(separator: ", ")
                    )
                }
            } else {
                collector.error("x-task statusOperation '\(site.task.statusOperation)' is not an operationId of this document", node: site.node["statusOperation"]!, pointer: statusPointer, hint: Self.operationHint(site.task.statusOperation, ids))
            }
            guard let cancel = site.task.cancelOperation else { continue }
            if let operation = operations.first(where: { $0.operationID == cancel }) {
                if !operation.parameters.contains(where: { $0.name == site.task.statusParameter }) {
                    collector.error(
                        "cancelOperation \(cancel) has no parameter '\(site.task.statusParameter)' to take the task id",
                        node: site.node["cancelOperation"]!, pointer: site.pointer + "/cancelOperation",
                        hint: "the cancel call takes the task id in a parameter named like statusParameter"
                    )
                }
            } else {
                collector.error("x-task cancelOperation '\(cancel)' is not an operationId of this document", node: site.node["cancelOperation"]!, pointer: site.pointer + "/cancelOperation", hint: Self.operationHint(cancel, ids))
            }
        }
    }

    private static func operationHint(_ name: String, _ ids: [String]) -> String {
        guard !ids.isEmpty else { return "the document has no operations" }
        return "existing operationIds: " + NearestNames.nearest(to: name, in: ids).joined(separator: ", ")
    }

    /// A `required` name should be a declared property when nothing else could supply it
    /// (valid JSON Schema either way, so a warning).
    ///
    /// The rule, kept simple on purpose: it applies to a schema that has `properties`, whose
    /// `additionalProperties` is absent or `false`, and that has no `allOf`, `anyOf`, `oneOf`,
    /// `$ref`, `$dynamicRef`, `if`/`then`/`else` or `dependentSchemas` (which could declare the
    /// property elsewhere). Then each required name must be in `properties` or match a
    /// `patternProperties` pattern. Otherwise the name is almost surely a typo.
    mutating func checkRequiredProperties(in registry: SchemaRegistry) {
        var seen = Set<ObjectIdentifier>()
        let schemas = registry.schemas.values.filter { $0.source.file == file && seen.insert(ObjectIdentifier($0)).inserted }
        for schema in schemas.sorted(by: { $0.source.location < $1.source.location }) {
            guard !schema.properties.isEmpty, !schema.required.isEmpty,
                schema.additionalProperties == nil || schema.additionalProperties?.booleanValue == false,
                schema.allOf.isEmpty, schema.anyOf.isEmpty, schema.oneOf.isEmpty, schema.ref == nil, schema.dynamicRef == nil,
                schema.ifSchema == nil, schema.thenSchema == nil, schema.elseSchema == nil, schema.dependentSchemas.isEmpty
            else { continue }
            let names = schema.properties.map(\.name)
            for (index, name) in schema.required.enumerated() where !names.contains(name) {
                let matchesPattern = schema.patternProperties.contains { entry in
                    (try? NSRegularExpression(pattern: entry.pattern))?.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
                }
                if matchesPattern { continue }
                let pointer = schema.source.pointer + "/required/" + String(index)
                let location = node(at: pointer)?.location ?? schema.source.location
                let hint = NearestNames.likelyTypo(of: name, in: names).map { "did you mean '\($0)'?" }
                    ?? "declared properties: " + names.joined(separator: ", ")
                collector.warning("required property '\(name)' is not in 'properties', so the generated type has no member for it", at: location, pointer: pointer, hint: hint)
            }
        }
    }
}
