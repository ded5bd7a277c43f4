import SpecKit

/// What Swift type a schema asks for, decided from the keywords that shape data (`type`,
/// `properties`, `items`, `enum`, `const`, `oneOf`/`anyOf`). Keywords that only constrain
/// (`minimum`, `pattern`, `if`/`then`, …) never change the shape; they go to the validator.
///
/// A schema may refer to itself. Through a property, or an array or map inside a struct or
/// union, that is a recursive type (see `RecursionFinder` for the properties that need a box);
/// through a `$ref`, a `oneOf`/`anyOf` branch or an `allOf` part alone, before any value is
/// nested, or as a type alias of itself, it is `selfReferential`.
indirect enum SchemaShape {
    /// A component schema with its own type, by qualified Swift name.
    case component(String)
    /// A string; with the schema of its JSON content when it carries JSON (`contentSchema`).
    case string(content: Schema?)
    /// A binary string (`format: binary`, a `contentMediaType` that is not text) in a form
    /// body: a file part, `MultipartFile`.
    case file
    /// A string with documented values: an open enum.
    case openEnum([String])
    case integer
    case number
    case boolean
    /// An array of the items' shape (nil items: any JSON).
    case array(Schema?)
    /// An object with free-form keys and values of one schema.
    case map(Schema)
    /// An object with named properties: a struct. The properties of every `allOf` part merged.
    case object(ObjectParts)
    /// Values of different JSON types, such as string-or-array.
    case union([Schema])
    /// Anything: `JSONValue`.
    case any
    /// A schema that is itself again before any value is nested, such as `Thing: {anyOf:
    /// [{$ref: Thing}, {type: string}]}` or `Thing: {allOf: [{$ref: Thing}]}`: the union would
    /// hold itself as a branch, so no Swift type describes it; or a component that would be a
    /// type alias of itself (see `classify(_:)`). It is any JSON (`JSONValue`), checked by the
    /// validator, and the generator warns why. The URI is the schema the loop returns to; while
    /// classifying inside the loop it is an ancestor's.
    case selfReferential(String)
}

/// The named properties of an object schema, and which are required.
struct ObjectParts {
    var properties: [(name: String, schema: Schema)]
    var required: Set<String>
    /// The schema refuses undeclared members (`additionalProperties` or
    /// `unevaluatedProperties` is `false`): the struct gets `extraFields`, the explicit way to
    /// send a member the spec does not know yet.
    var closed = false
    /// The URI of the schema the properties were read from (after following `$ref`s): which
    /// struct this is, for finding recursion.
    var origin: String
}

/// Decides the shape of schemas.
struct ShapeClassifier {
    let context: PlanningContext

    /// The shape of `schema`, and whether `null` is also allowed.
    ///
    /// A component that would be a type alias of itself (`A: {allOf: [{$ref: B}]}` with
    /// `B: {allOf: [{$ref: A}]}`, or `List: {type: array, items: {$ref: List}}`: Swift has no
    /// recursive type aliases) is `selfReferential` too.
    func classify(_ schema: Schema) -> (shape: SchemaShape, nullable: Bool) {
        let uri = schema.source.uri
        let result = classify(schema, depth: 0, visiting: [uri])
        if context.componentType(at: uri) != nil {
            var visited: Set<String> = []
            if aliasLeads(result.shape, to: uri, visited: &visited) { return (.selfReferential(uri), false) }
        }
        return result
    }

    /// True when the type alias for `shape` names the component at `owner`: directly, or through
    /// array items, map values and other components that are type aliases.
    private func aliasLeads(_ shape: SchemaShape, to owner: String, visited: inout Set<String>) -> Bool {
        switch shape {
        case .array(let items?):
            return aliasLeads(classify(items, depth: 0, visiting: [items.source.uri]).shape, to: owner, visited: &visited)
        case .map(let values):
            return aliasLeads(classify(values, depth: 0, visiting: [values.source.uri]).shape, to: owner, visited: &visited)
        case .component(let name):
            guard let uri = context.componentTypesURI(forQualified: name) else { return false }
            if uri == owner { return true }
            guard visited.insert(uri).inserted, let target = context.document.registry.schema(at: uri) else { return false }
            return aliasLeads(classify(target, depth: 0, visiting: [uri]).shape, to: owner, visited: &visited)
        default:
            return false
        }
    }

    /// `visiting` holds the URIs of the schemas this value is already in: `schema` and every
    /// schema a `$ref`, branch or part led here from, without a property, item or member in
    /// between. Reaching one of them again is a loop (`selfReferential`), never a recursion.
    private func classify(_ schema: Schema, depth: Int, visiting: Set<String>) -> (shape: SchemaShape, nullable: Bool) {
        if schema.booleanValue != nil { return (.any, false) }
        if let ref = schema.ref {
            if let name = context.componentType(at: ref) {
                return (visiting.contains(ref) ? .selfReferential(ref) : .component(name), false)
            }
            guard depth < 16, let target = context.document.registry.schema(at: ref) else { return (.any, false) }
            if visiting.contains(target.source.uri) { return (.selfReferential(target.source.uri), false) }
            return classify(target, depth: depth + 1, visiting: visiting.union([target.source.uri]))
        }
        let nullable = schema.types.contains("null")
        let types = schema.types.filter { $0 != "null" }

        if let constant = schema.constValue {
            return (shapeOfLiteral(constant, declared: types), nullable)
        }
        if let values = schema.enumValues {
            let nonNull = values.filter { if case .null = $0.value { return false } else { return true } }
            let strings = nonNull.compactMap(\.string)
            let allowsNull = nullable || nonNull.count != values.count
            if !nonNull.isEmpty, strings.count == nonNull.count { return (.openEnum(strings), allowsNull) }
            if !nonNull.isEmpty, nonNull.allSatisfy({ $0.number != nil }) {
                let integral = nonNull.allSatisfy { ($0.number ?? 0).rounded(.towardZero) == $0.number }
                return (integral && !types.contains("number") ? .integer : .number, allowsNull)
            }
            return (.any, allowsNull)
        }
        if types.contains("string") || types.isEmpty, let known = knownValues(schema) {
            if types.count <= 1 { return (.openEnum(known), nullable) }
        }
        switch types.count {
        case 0:
            return classifyUntyped(schema, depth: depth, visiting: visiting)
        case 1:
            return (shape(ofType: types[0], schema), nullable)
        default:
            return (.union(types.map { syntheticBranch(type: $0, of: schema) }), nullable)
        }
    }

    /// A string schema that holds bytes: `format: binary`, `contentEncoding: binary`, or a
    /// `contentMediaType` that is neither JSON nor text.
    static func isBinary(_ schema: Schema) -> Bool {
        if schema.format == "binary" || schema.contentEncoding == "binary" { return true }
        guard let media = schema.contentMediaType, schema.contentEncoding == nil else { return false }
        let kind = MediaType.kind(of: media)
        return kind == .binary
    }

    /// The values of `x-known-values`, when present.
    func knownValues(_ schema: Schema) -> [String]? {
        guard let node = schema.extensions.first(where: { $0.name == "x-known-values" })?.value,
              let elements = node.elements else { return nil }
        let values = elements.compactMap { $0.string ?? $0["value"]?.string }
        return values.isEmpty ? nil : values
    }

    private func shape(ofType type: String, _ schema: Schema) -> SchemaShape {
        switch type {
        case "string":
            if context.plansFormFiles, Self.isBinary(schema) { return .file }
            let isJSON = schema.contentMediaType.map { $0 == "application/json" || $0.hasSuffix("+json") } ?? false
            return .string(content: isJSON ? schema.contentSchema : nil)
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        case "array": return .array(schema.items)
        case "object": return objectShape(schema) ?? .any
        default: return .any
        }
    }

    /// A struct when the schema (or an `allOf` part) names properties; a map for
    /// `additionalProperties` alone; nil for a free-form object.
    private func objectShape(_ schema: Schema) -> SchemaShape? {
        var parts = ObjectParts(properties: [], required: [], origin: schema.source.uri)
        collectProperties(of: schema, into: &parts, depth: 0)
        parts.closed = schema.additionalProperties?.booleanValue == false || schema.unevaluatedProperties?.booleanValue == false
        if !parts.properties.isEmpty { return .object(parts) }
        if let additional = schema.additionalProperties, additional.booleanValue == nil {
            return .map(additional)
        }
        return nil
    }

    private func collectProperties(of schema: Schema, into parts: inout ObjectParts, depth: Int) {
        guard depth < 8 else { return }
        for property in schema.properties where !parts.properties.contains(where: { $0.name == property.name }) {
            parts.properties.append(property)
        }
        parts.required.formUnion(schema.required)
        for part in schema.allOf {
            let target = part.ref.flatMap { context.document.registry.schema(at: $0) } ?? part
            collectProperties(of: target, into: &parts, depth: depth + 1)
        }
    }

    private func classifyUntyped(_ schema: Schema, depth: Int, visiting: Set<String>) -> (shape: SchemaShape, nullable: Bool) {
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !branches.isEmpty {
            var nullable = false
            var kept: [Schema] = []
            for branch in branches {
                let target = context.resolved(branch)
                if target.types == ["null"] || (target.constValue.map { if case .null = $0.value { return true } else { return false } } ?? false) {
                    nullable = true
                } else {
                    kept.append(branch)
                }
            }
            if kept.count == 1 {
                let inner = classify(kept[0], depth: depth + 1, visiting: visiting)
                // `JSONValue` holds `null` already.
                if case .selfReferential = inner.shape { return (inner.shape, false) }
                return (inner.shape, nullable || inner.nullable)
            }
            let shapes = kept.map { classify($0, depth: depth + 1, visiting: visiting).shape }
            var kinds: [String] = []
            for shape in shapes {
                switch branchKind(of: shape, depth: depth + 1, visiting: visiting) {
                case .json(let kind): kinds.append(kind)
                // A branch that is this union again (or a union it is a branch of): a loop.
                case .loop(let uri): return (.selfReferential(uri), false)
                }
            }
            // Branches of one primitive JSON type (say, a URL or a data URI) are one Swift type.
            if let first = kinds.first, kinds.allSatisfy({ $0 == first }), ["string", "integer", "number", "boolean"].contains(first) {
                let merged = shapes[0]
                if case .openEnum = merged { return (.string(content: nil), nullable) }
                return (merged, nullable)
            }
            return (.union(kept), nullable)
        }
        if let object = objectShape(schema) { return (object, false) }
        if schema.allOf.count == 1, schema.allOf[0].ref != nil {
            return classify(schema.allOf[0], depth: depth + 1, visiting: visiting)
        }
        if schema.items != nil { return (.array(schema.items), false) }
        return (.any, false)
    }

    /// A branch schema for one entry of a multi-type `type` array.
    private func syntheticBranch(type: String, of schema: Schema) -> Schema {
        Schema(
            source: schema.source, types: [type],
            items: type == "array" ? schema.items : nil,
            properties: type == "object" ? schema.properties : [],
            additionalProperties: type == "object" ? schema.additionalProperties : nil,
            required: type == "object" ? schema.required : []
        )
    }

    private func shapeOfLiteral(_ node: JSONNode, declared: [String]) -> SchemaShape {
        switch node.value {
        case .string: return .string(content: nil)
        case .bool: return .boolean
        case .number(let value, _):
            return declared == ["number"] || value.rounded(.towardZero) != value ? .number : .integer
        default: return .any
        }
    }

    /// The JSON type a shape decodes from: the key that orders and names union branches. A
    /// component is the kind of its own shape; a `selfReferential` one is `any`.
    func kind(of shape: SchemaShape) -> String {
        switch branchKind(of: shape, depth: 0, visiting: []) {
        case .json(let kind): return kind
        case .loop: return "any"
        }
    }

    /// What a union branch is: a JSON kind, or a loop back to one of the schemas in `visiting`.
    private enum BranchKind {
        case json(String)
        case loop(String)
    }

    private func branchKind(of shape: SchemaShape, depth: Int, visiting: Set<String>) -> BranchKind {
        switch shape {
        case .component(let name):
            let target = unaliased(name, depth: depth, visiting: visiting)
            if case .component = target { return .json("object") }
            return branchKind(of: target, depth: depth, visiting: visiting)
        case .selfReferential(let uri):
            // Back to a schema this value is already in, or a loop closed inside the branch.
            return visiting.contains(uri) ? .loop(uri) : .json("any")
        default:
            return .json(plainKind(of: shape))
        }
    }

    /// The shape of the component `name`, following components that are aliases of other
    /// components; `selfReferential` when the chain comes back to one it passed or to `visiting`.
    private func unaliased(_ name: String, depth: Int, visiting: Set<String>) -> SchemaShape {
        var chain = visiting
        var current = name
        while let uri = context.componentTypesURI(forQualified: current), let schema = context.document.registry.schema(at: uri) {
            if chain.contains(uri) { return .selfReferential(uri) }
            chain.insert(uri)
            let shape = classify(schema, depth: depth, visiting: chain).shape
            guard case .component(let next) = shape else { return shape }
            current = next
        }
        return .component(current)
    }

    /// The kind of a shape that is not a reference.
    private func plainKind(of shape: SchemaShape) -> String {
        switch shape {
        case .component: return "object"
        case .string, .openEnum, .file: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .array: return "array"
        case .map, .object: return "object"
        case .union: return "union"
        case .any, .selfReferential: return "any"
        }
    }
}
