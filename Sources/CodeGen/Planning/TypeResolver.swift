import SpecKit

/// Chooses the Swift type for a schema at a use site, planning nested types through the
/// struct, enum and union planners when the schema needs one.
struct TypeResolver {
    let context: PlanningContext

    /// The type for `schema`; `name` is the nested type's name when one is needed.
    func resolve(_ schema: Schema, name: String) -> ResolvedType {
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
                let element = resolve(items, name: name + "Item")
                result.type = .array(element.nullable ? element.type.optional : element.type)
                result.nested = element.nested
                result.enumCases = element.enumCases
            } else {
                result.type = .array(.named(RuntimeSymbols.jsonValue))
            }
        case .map(let values):
            let value = resolve(values, name: name + "Value")
            result.type = .dictionary(value.nullable ? value.type.optional : value.type)
            result.nested = value.nested
        case .object(let parts):
            let planner = StructPlanner(context: context)
            result.type = .named(name)
            result.nested = [.structure(planner.plan(name: name, schema: schema, parts: parts, doc: nil))]
        case .union(let branches):
            let planner = UnionPlanner(context: context)
            if let union = planner.plan(name: name, branches: branches, source: schema.source, discriminator: TaggedUnionPlanner.discriminator(of: schema)) {
                result.type = .named(name)
                result.nested = [union]
            }
        case .any:
            result.type = .named(RuntimeSymbols.jsonValue)
        }
        return result
    }
}
