import SpecKit

/// What a schema admits and what Swift type the generator gives it, reduced to what the diff
/// compares. `document` resolves `$ref`s and names components.
struct SchemaTypes {
    let document: SpecDocument

    /// The schema a `$ref` chain ends at (at most 32 steps).
    func resolved(_ schema: Schema) -> Schema {
        var current = schema
        var steps = 0
        while let ref = current.ref, current.isBareReference, let target = document.registry.schema(at: ref), steps < 32 {
            current = target
            steps += 1
        }
        return current
    }

    /// The component name `schema` refers to, when it is a `$ref` to `components.schemas`.
    func componentName(_ schema: Schema) -> String? {
        schema.ref.flatMap { document.componentSchemaName(for: $0) }
    }

    /// The JSON types a value may have (`null` included when allowed); nil means any type.
    func jsonTypes(_ schema: Schema, depth: Int = 0) -> Set<String>? {
        if let boolean = schema.booleanValue { return boolean ? nil : [] }
        guard depth < 16 else { return nil }
        let schema = resolved(schema)
        if let constant = schema.constValue { return [jsonType(of: constant)] }
        if let values = schema.enumValues { return Set(values.map(jsonType(of:))) }
        if !schema.types.isEmpty { return Set(schema.types) }
        let branches = schema.oneOf + schema.anyOf
        if !branches.isEmpty {
            var union: Set<String> = []
            for branch in branches {
                guard let types = jsonTypes(branch, depth: depth + 1) else { return nil }
                union.formUnion(types)
            }
            return union
        }
        var result: Set<String>?
        for part in schema.allOf {
            guard let types = jsonTypes(part, depth: depth + 1) else { continue }
            result = result.map { $0.intersection(types) } ?? types
        }
        if let result { return result }
        if !schema.properties.isEmpty { return ["object"] }
        if schema.items != nil { return ["array"] }
        return nil
    }

    /// True when `types` admits a value of JSON type `type` (`integer` is a `number`).
    static func covers(_ types: Set<String>?, _ type: String) -> Bool {
        guard let types else { return true }
        return types.contains(type) || (type == "integer" && types.contains("number"))
    }

    /// How the admitted types move from `old` to `new`.
    static func effect(from old: Set<String>?, to new: Set<String>?) -> ValueSetEffect {
        let narrows = old == nil ? new != nil : old!.contains { !covers(new, $0) }
        let widens = new == nil ? old != nil : new!.contains { !covers(old, $0) }
        switch (narrows, widens) {
        case (true, true): return .both
        case (true, false): return .narrows
        case (false, true): return .widens
        case (false, false): return .neutral
        }
    }

    /// Readable types: `integer | string | null`, or `any`.
    static func describe(_ types: Set<String>?) -> String {
        guard let types else { return "any" }
        return types.isEmpty ? "nothing" : types.sorted().joined(separator: " | ")
    }

    /// The Swift type the generator makes of `schema`, without optionality, as comparable text
    /// (`Int`, `String`, `open enum`, `[String]`, `struct`, `union(integer|string)`, `Acme component X`).
    /// It follows `ShapeClassifier`: a `$ref` to a component is that component's type; `enum` of
    /// strings and `x-known-values` are open enums; `oneOf`/`anyOf` whose branches are one
    /// primitive type are that type; other branches are a union.
    func swiftShape(_ schema: Schema, depth: Int = 0) -> String {
        if schema.booleanValue != nil { return "JSONValue" }
        guard depth < 16 else { return "JSONValue" }
        if let name = componentName(schema) { return "component \(name)" }
        if let ref = schema.ref, let target = document.registry.schema(at: ref) { return swiftShape(target, depth: depth + 1) }
        let types = schema.types.filter { $0 != "null" }
        if let constant = schema.constValue { return primitive(jsonType(of: constant)) }
        if let values = schema.enumValues {
            let nonNull = values.filter { jsonType(of: $0) != "null" }
            if !nonNull.isEmpty, nonNull.allSatisfy({ $0.string != nil }) { return "open enum" }
            if !nonNull.isEmpty, nonNull.allSatisfy({ $0.number != nil }) {
                return nonNull.allSatisfy { ($0.number ?? 0).rounded(.towardZero) == $0.number } && !types.contains("number") ? "Int" : "Double"
            }
            return "JSONValue"
        }
        if types.count <= 1, types.first ?? "string" == "string", knownValues(schema) != nil { return "open enum" }
        if types.count > 1 { return "union(" + types.sorted().joined(separator: "|") + ")" }
        if let type = types.first {
            switch type {
            case "array": return "[" + (schema.items.map { swiftShape($0, depth: depth + 1) } ?? "JSONValue") + "]"
            case "object": return objectShape(schema)
            default: return primitive(type)
            }
        }
        let branches = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { jsonTypes($0) != ["null"] }
        if branches.count == 1 { return swiftShape(branches[0], depth: depth + 1) }
        if !branches.isEmpty {
            let shapes = branches.map { swiftShape($0, depth: depth + 1) }
            if let first = shapes.first, shapes.allSatisfy({ $0 == first || ($0 == "open enum" && first == "String") || ($0 == "String" && first == "open enum") }),
               ["String", "Int", "Double", "Bool", "open enum"].contains(first) {
                return first == "open enum" ? "String" : first
            }
            return "union(" + shapes.joined(separator: "|") + ")"
        }
        if !schema.properties.isEmpty || schema.additionalProperties != nil { return objectShape(schema) }
        if schema.allOf.count == 1, schema.allOf[0].ref != nil { return swiftShape(schema.allOf[0], depth: depth + 1) }
        if let items = schema.items { return "[" + swiftShape(items, depth: depth + 1) + "]" }
        if schema.allOf.contains(where: { !resolved($0).properties.isEmpty }) { return "struct" }
        return "JSONValue"
    }

    private func objectShape(_ schema: Schema) -> String {
        if !schema.properties.isEmpty || schema.allOf.contains(where: { !resolved($0).properties.isEmpty }) { return "struct" }
        if let additional = schema.additionalProperties, additional.booleanValue == nil { return "[String: " + swiftShape(additional) + "]" }
        return "JSONValue"
    }

    private func primitive(_ type: String) -> String {
        switch type {
        case "string": return "String"
        case "integer": return "Int"
        case "number": return "Double"
        case "boolean": return "Bool"
        default: return "JSONValue"
        }
    }

    /// The `x-known-values` strings of a schema, when present.
    func knownValues(_ schema: Schema) -> [String]? {
        guard let node = schema.extensions.first(where: { $0.name == "x-known-values" })?.value, let elements = node.elements else { return nil }
        let values = elements.compactMap { $0.string ?? $0["value"]?.string }
        return values.isEmpty ? nil : values
    }

    /// The JSON type name of a literal (`integer` for integral numbers).
    func jsonType(of node: JSONNode) -> String {
        if case .number(let value, _) = node.value { return value.rounded(.towardZero) == value ? "integer" : "number" }
        return node.typeName
    }

    /// Branches of `oneOf`/`anyOf` that name types (so they shape a Swift union), or empty when
    /// the branches only assert (`anyOf: [{required: [a]}, {required: [b]}]`).
    func typedBranches(_ schema: Schema) -> [Schema] {
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        guard !branches.isEmpty, branches.allSatisfy({ $0.ref != nil || jsonTypes($0) != nil }) else { return [] }
        return branches
    }
}
