import SpecKit

/// Chooses the Swift type for a schema at a use site, planning nested types through the
/// struct, enum and union planners when the schema needs one.
///
/// Recursion: a `$ref` to a component is the component's name, so recursive components need
/// nothing here (`RecursionFinder` boxes the struct members that hold their own type). An
/// inline schema has no name to refer back to: a `$ref` that leads back to one while its type
/// is being planned becomes `JSONValue`, with a warning, as does a `selfReferential` schema.
struct TypeResolver {
    let context: PlanningContext

    /// The type for `schema`; `name` is the nested type's name when one is needed.
    func resolve(_ schema: Schema, name: String) -> ResolvedType {
        // A derived name (`<property>Value` for a map's values, say) may be one Swift or the
        // generated code needs, such as `JSONValue`: such a name gets `Value` appended.
        let name = SwiftKeywords.unusableAsType.contains(name) || SwiftKeywords.reserved.contains(name) ? name + "Value" : name
        let classifier = ShapeClassifier(context: context)
        let (shape, nullable) = classifier.classify(schema)
        var result = ResolvedType(type: .named(RuntimeSymbols.jsonValue), nullable: nullable, nested: [], shape: shape, enumCases: [])
        switch shape {
        case .component(let qualified):
            result.type = .named(qualified)
            if let uri = context.componentTypesURI(forQualified: qualified), let target = context.document.registry.schema(at: uri) {
                let targetShape = classifier.classify(target).shape
                result.componentShape = targetShape
                if case .openEnum(let values) = targetShape {
                    result.enumCases = EnumPlanner.caseNames(for: values)
                }
            }
        case .string:
            result.type = .named("String")
        case .file:
            result.type = .named(RuntimeSymbols.multipartFile)
        case .openEnum(let values):
            let planner = EnumPlanner(context: context)
            result.type = .named(name)
            result.nested = [.enumeration(planner.plan(name: name, values: values, doc: nil, source: schema.source))]
            result.enumCases = EnumPlanner.caseNames(for: values)
        case .integer:
            result.type = .named("Int")
        case .number:
            result.type = .named("Double")
        case .boolean:
            result.type = .named("Bool")
        case .array(let items):
            if let items {
                guard enter("items " + items.source.uri, from: schema) else { return anyJSON(result) }
                defer { context.typesBeingPlanned.removeLast() }
                let element = resolve(items, name: name + "Item")
                result.type = .array(element.nullable ? element.type.optional : element.type)
                result.nested = element.nested
                result.enumCases = element.enumCases
            } else {
                result.type = .array(.named(RuntimeSymbols.jsonValue))
            }
        case .map(let values):
            guard enter("values " + values.source.uri, from: schema) else { return anyJSON(result) }
            defer { context.typesBeingPlanned.removeLast() }
            let value = resolve(values, name: name + "Value")
            result.type = .dictionary(value.nullable ? value.type.optional : value.type)
            result.nested = value.nested
        case .object(let parts):
            guard enter(parts.origin, from: schema) else { return anyJSON(result) }
            defer { context.typesBeingPlanned.removeLast() }
            let planner = StructPlanner(context: context)
            result.type = .named(name)
            result.nested = [.structure(planner.plan(name: name, schema: schema, parts: parts, doc: nil))]
        case .union(let branches):
            guard enter("oneOf/anyOf " + branches.map(\.source.uri).joined(separator: " "), from: schema) else { return anyJSON(result) }
            defer { context.typesBeingPlanned.removeLast() }
            let planner = UnionPlanner(context: context)
            if let union = planner.plan(name: name, branches: branches, source: schema.source, discriminator: TaggedUnionPlanner.discriminator(of: schema)) {
                result.type = .named(name)
                result.nested = [union]
            }
        case .any:
            result.type = .named(RuntimeSymbols.jsonValue)
        case .selfReferential(let uri):
            context.warn(
                "this schema refers back to '\(Self.fragment(uri))' where no Swift type can: as a $ref, oneOf/anyOf branch or allOf part that is the schema itself again, or as a type alias (an array, a map, another component) of itself, which Swift does not allow; it is planned as JSONValue, and the validator still checks it",
                at: schema.source,
                hint: "nest the recursion in an object's property (which may be an array of the schema), or remove the branch that refers back"
            )
            result.type = .named(RuntimeSymbols.jsonValue)
            result.shape = .any
        }
        return result
    }

    /// Starts planning the inline type `key`; false (after a warning) when its type is already
    /// being planned further out, so that a `$ref` led back into it.
    private func enter(_ key: String, from schema: Schema) -> Bool {
        guard context.typesBeingPlanned.contains(key) else {
            context.typesBeingPlanned.append(key)
            return true
        }
        context.warn(
            "this $ref leads back into an inline schema whose type is still being planned ('\(Self.fragment(context.resolved(schema).source.uri))'); only component schemas have a Swift name to refer back to, so it is planned as JSONValue, and the validator still checks it",
            at: schema.source,
            hint: "move the recursive schema into components.schemas and refer to it there"
        )
        return false
    }

    private func anyJSON(_ planned: ResolvedType) -> ResolvedType {
        var result = planned
        result.type = .named("JSONValue")
        result.shape = .any
        return result
    }

    /// `#/components/schemas/Thing` for a schema's absolute URI.
    static func fragment(_ uri: String) -> String {
        uri.firstIndex(of: "#").map { String(uri[$0...]) } ?? uri
    }
}
