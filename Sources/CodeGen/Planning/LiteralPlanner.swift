import SpecKit

/// Turns a spec value (`default`, `const`) into a Swift expression of a planned type, when the
/// type can hold it as a literal.
enum LiteralPlanner {
    static func expression(for node: JSONNode, as resolved: ResolvedType) -> Expression? {
        // A component that is itself a primitive takes that primitive's literal.
        if case .component = resolved.shape, let target = resolved.componentShape {
            switch target {
            case .boolean, .integer, .number, .string:
                var primitive = resolved
                primitive.shape = target
                primitive.componentShape = nil
                return expression(for: node, as: primitive)
            default:
                break
            }
        }
        switch (resolved.shape, node.value) {
        case (.string, .string(let text)):
            return .literal(.string(text))
        case (.openEnum, .string(let text)), (.component, .string(let text)):
            if let match = resolved.enumCases.first(where: { $0.raw == text }) { return .member(nil, match.name) }
            return resolved.enumCases.isEmpty ? nil : .call(.member(nil, "unknown"), [Argument(nil, .literal(.string(text)))])
        case (.integer, .number(let value, _)):
            guard value.rounded(.towardZero) == value, abs(value) < 9e15 else { return nil }
            return .literal(.int(Int(value)))
        case (.number, .number(let value, _)):
            return .literal(.double(value))
        case (.boolean, .bool(let value)):
            return .literal(.bool(value))
        case (.array(let items?), .array(let elements)):
            let element = ResolvedType(type: .named(RuntimeSymbols.jsonValue), nullable: false, nested: [],
                                       shape: ShapeOnly.primitive(of: items), enumCases: resolved.enumCases)
            let values = elements.compactMap { expression(for: $0, as: element) }
            return values.count == elements.count ? .array(values, multiline: false) : nil
        default:
            return nil
        }
    }
}

/// The primitive shape of an array's items, for literals only.
private enum ShapeOnly {
    static func primitive(of schema: Schema) -> SchemaShape {
        if schema.enumValues?.allSatisfy({ $0.string != nil }) == true { return .openEnum([]) }
        switch schema.types.first(where: { $0 != "null" }) {
        case "string": return .string(content: nil)
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        default: return .any
        }
    }
}
