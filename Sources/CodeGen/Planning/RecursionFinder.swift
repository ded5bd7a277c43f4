import SpecKit

/// Finds the struct members that hold their own struct by value: a property whose type leads
/// back to the struct through structs' properties, union branches and optionals, with no array
/// or map in between (their elements are already stored out of line). `StructPlanner` declares
/// such a member `@Indirect`, the runtime's box, since a struct cannot contain itself inline:
/// `Node.parent: Node?`, or both `A.b: B?` and `B.a: A?`.
///
/// Every cycle of types held by value passes a struct property (a union branch is never itself
/// a union, see `UnionPlanner`), so boxing these members is enough and unions need no
/// `indirect`. A member that holds no cycle is never boxed, so other types are unchanged.
struct RecursionFinder {
    let context: PlanningContext

    /// True when a value of `property` can hold, by value, the struct read from the schema at
    /// `owner` (its `ObjectParts.origin`).
    func leadsBack(_ property: Schema, to owner: String) -> Bool {
        var visited: Set<String> = []
        return reaches(property, owner, visited: &visited)
    }

    private func reaches(_ schema: Schema, _ owner: String, visited: inout Set<String>) -> Bool {
        switch ShapeClassifier(context: context).classify(schema).shape {
        case .component(let qualified):
            guard let uri = context.componentTypesURI(forQualified: qualified) else { return false }
            if uri == owner { return true }
            guard visited.insert(uri).inserted, let target = context.document.registry.schema(at: uri) else { return false }
            return reaches(target, owner, visited: &visited)
        case .object(let parts):
            if parts.origin == owner { return true }
            // Keyed apart from components: a component's own object is entered right after it.
            guard visited.insert("object " + parts.origin).inserted else { return false }
            return parts.properties.contains { reaches($0.schema, owner, visited: &visited) }
        case .union(let branches):
            return branches.contains { reaches($0, owner, visited: &visited) }
        case .string, .file, .openEnum, .integer, .number, .boolean, .array, .map, .any, .selfReferential:
            return false
        }
    }
}
