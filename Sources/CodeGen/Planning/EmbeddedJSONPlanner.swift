import SpecKit

/// A string member that carries JSON (`contentMediaType: application/json` with a
/// `contentSchema`), found under a body's schema.
struct EmbeddedJSONField {
    /// One step from the body's root to the string, as the runtime's `SchemaEntry.EmbeddedJSON.Step`.
    enum Step: Equatable {
        case member(String)
        case everyElement
    }

    var path: [Step]
    /// The schema of the JSON inside the string.
    var content: Schema
    /// The qualified Swift type the content decodes into, as the struct's `<name>Content()` accessor returns it.
    var typeName: String
}

/// Finds the JSON-in-string members of a body by walking its schema the way the struct planner
/// does (properties of `allOf` parts merged, `$ref` followed, array items), and names their
/// content types as `StructPlanner` and `TypeResolver` declare them.
///
/// Union branches are not descended into: a string inside one has no single path.
struct EmbeddedJSONPlanner {
    let context: PlanningContext

    /// The fields under a body of qualified type `typeName` (`Acme.AcmeStatusResponse`).
    func fields(of schema: Schema, typeName: String) -> [EmbeddedJSONField] {
        let (scope, name) = Self.split(typeName)
        var found: [EmbeddedJSONField] = []
        walk(schema, scope: scope, name: name, path: [], visited: [], into: &found)
        return found
    }

    /// Walks a value whose Swift type, when it needs one, is `name` declared in `scope`.
    private func walk(_ schema: Schema, scope: String, name: String, path: [EmbeddedJSONField.Step], visited: Set<String>, into found: inout [EmbeddedJSONField]) {
        let classifier = ShapeClassifier(context: context)
        switch classifier.classify(schema).shape {
        case .component(let qualified):
            guard let uri = context.componentTypesURI(forQualified: qualified), !visited.contains(uri),
                  let target = context.document.registry.schema(at: uri) else { return }
            let (componentScope, componentName) = Self.split(qualified)
            walk(target, scope: componentScope, name: componentName, path: path, visited: visited.union([uri]), into: &found)
        case .object(let parts):
            // An inline schema met again through a `$ref` is `JSONValue` (see `TypeResolver`).
            let key = "object " + parts.origin
            guard !visited.contains(key) else { return }
            let visited = visited.union([key])
            let owner = "\(scope).\(name)"
            for (jsonName, property) in parts.properties {
                let here = path + [.member(jsonName)]
                if case .string(let content?) = classifier.classify(property).shape {
                    let contentType = typeText(content, scope: owner, name: SwiftName.nestedType(jsonName) + "Content")
                    found.append(EmbeddedJSONField(path: here, content: content, typeName: contentType))
                    continue
                }
                walk(property, scope: owner, name: SwiftName.nestedType(jsonName), path: here, visited: visited, into: &found)
            }
        case .array(let items?):
            let key = "items " + items.source.uri
            guard !visited.contains(key) else { return }
            walk(items, scope: scope, name: name + "Item", path: path + [.everyElement], visited: visited.union([key]), into: &found)
        case .map, .union, .string, .openEnum, .integer, .number, .boolean, .array(nil), .any, .selfReferential, .file:
            return
        }
    }

    /// The Swift spelling of the type `TypeResolver` gives `schema` when it is named `name` in `scope`.
    /// `entered` holds the keys `TypeResolver` keeps while planning, so that a `$ref` back into
    /// an array or map is `JSONValue` here too.
    private func typeText(_ schema: Schema, scope: String, name: String, entered: Set<String> = []) -> String {
        let (shape, nullable) = ShapeClassifier(context: context).classify(schema)
        let text: String
        switch shape {
        case .component(let qualified): text = qualified
        case .string: text = "String"
        case .file: text = RuntimeSymbols.multipartFile
        case .integer: text = "Int"
        case .number: text = "Double"
        case .boolean: text = "Bool"
        case .any, .selfReferential: text = RuntimeSymbols.jsonValue
        case .openEnum, .object, .union: text = "\(scope).\(name)"
        case .array(let items?):
            let key = "items " + items.source.uri
            text = entered.contains(key) ? RuntimeSymbols.jsonValue : "[" + typeText(items, scope: scope, name: name + "Item", entered: entered.union([key])) + "]"
        case .array(nil): text = "[\(RuntimeSymbols.jsonValue)]"
        case .map(let values):
            let key = "values " + values.source.uri
            text = entered.contains(key) ? RuntimeSymbols.jsonValue : "[String: " + typeText(values, scope: scope, name: name + "Value", entered: entered.union([key])) + "]"
        }
        return nullable ? text + "?" : text
    }

    /// `Acme.Webhooks.Payload` → (`Acme.Webhooks`, `Payload`).
    private static func split(_ qualified: String) -> (scope: String, name: String) {
        guard let dot = qualified.lastIndex(of: ".") else { return ("", qualified) }
        return (String(qualified[..<dot]), String(qualified[qualified.index(after: dot)...]))
    }
}
