import SpecKit

/// Plans every model type of a provider: component schemas first (so references resolve to
/// their names), then the inline bodies of operations and webhooks.
struct ModelsPlanner {
    let context: PlanningContext

    func plan() -> PlannedModels {
        var models = PlannedModels()
        let document = context.document
        let checker = NameChecker(context: context)
        var componentNames: [(String, String, SchemaSource)] = []
        // Names usable as they are keep them, in spec order; the others are renamed after.
        var names = UniqueNames()
        var claimed: [String: String] = [:]
        for (name, schema) in document.schemas where !SwiftKeywords.isUnusableType(SwiftName.type(name)) && !names.used.contains(SwiftName.type(name)) {
            claimed[schema.source.uri] = names.claim(SwiftName.type(name))
        }
        for (name, schema) in document.schemas {
            let swiftName = SwiftName.type(name)
            let typeName = claimed[schema.source.uri] ?? names.claim(swiftName, unusable: SwiftKeywords.isUnusableType)
            checker.noteRename(name, what: "schema", from: swiftName, to: typeName, at: schema.source)
            context.registerComponent(uri: schema.source.uri, typeName: typeName)
            componentNames.append((name, typeName, schema.source))
        }
        context.typeNames = names

        // Components sent as a multipart form: their binary strings are files.
        let formComponents = Set(document.operations.compactMap { operation -> String? in
            guard let body = operation.requestBody, MediaType.kind(of: body.mediaType) == .multipartForm else { return nil }
            return body.schema.ref
        })
        var ownTypeNames: [(String, String, SchemaSource)] = []
        for (name, schema) in document.schemas {
            guard let typeName = context.componentTypes[schema.source.uri] else { continue }
            context.plansFormFiles = formComponents.contains(schema.source.uri)
            let declarations = declare(schema, typeName: typeName)
            context.plansFormFiles = false
            ownTypeNames += Self.otherTypeNames(declarations, besides: typeName, of: name, at: schema.source)
            models.components += declarations
            if declaresStruct(declarations, named: typeName) {
                models.validatedTypes.append(("\(context.namespace).\(typeName)", schema))
            }
        }

        var bodyNames: [(String, String, SchemaSource)] = componentNames + ownTypeNames
        for operation in document.operations {
            let base = SwiftName.type(operation.operationID)
            // A body of bytes or text has no type of its own: the client takes `Data` or `String`.
            if let body = operation.requestBody, MediaType.kind(of: body.mediaType) <= .urlEncodedForm {
                context.plansFormFiles = MediaType.kind(of: body.mediaType) == .multipartForm
                let typeName = bodyType(body.schema, name: base + "Request", doc: "The request body of `\(operation.operationID)`.", into: \.operationTypes, models: &models, names: &bodyNames)
                context.plansFormFiles = false
                models.bodies.append(BodyType(operationID: operation.operationID, kind: .request, schema: body.schema, typeName: typeName))
            }
            // SpecKit gives a response a schema only for a JSON media type.
            let jsonResponses = operation.responses
            let firstSuccess = jsonResponses.first { $0.status.hasPrefix("2") && $0.schema != nil }?.status
            for response in jsonResponses {
                guard let schema = response.schema else { continue }
                let suffix = response.status == firstSuccess ? "Response" : "Response" + SwiftName.type(response.status.uppercased() == "DEFAULT" ? "Default" : response.status)
                let typeName = bodyType(schema, name: base + suffix, doc: "The body of `\(operation.operationID)`'s \(response.status) response.", into: \.operationTypes, models: &models, names: &bodyNames)
                models.bodies.append(BodyType(operationID: operation.operationID, kind: .response(status: response.status), schema: schema, typeName: typeName))
            }
        }
        checker.checkDistinct(document.webhooks.map { ($0.name, SwiftName.member($0.name), $0.operation.source) }, what: "webhook", in: "webhooks")
        for webhook in document.webhooks {
            guard let body = webhook.operation.requestBody else { continue }
            let name = SwiftName.type(webhook.name) + "Payload"
            let qualified = "\(context.namespace).Webhooks.\(name)"
            var declarations: [Declaration]
            if let ref = body.schema.ref, let component = context.componentType(at: ref) {
                declarations = [.typeAlias(TypeAliasDeclaration(
                    doc: DocComment(["The body of the `\(webhook.name)` callback."]), name: name, target: .named(component)))]
            } else {
                declarations = declare(body.schema, typeName: name, fallbackDoc: "The body of the `\(webhook.name)` callback.")
                if declaresStruct(declarations, named: name) { models.validatedTypes.append((qualified, body.schema)) }
            }
            declarations.append(.function(FunctionDeclaration(
                doc: DocComment([
                    "Decodes the body of a `\(webhook.name)` callback" + (webhook.operation.summary.map { ": " + $0 } ?? "."),
                    "Check the request's signature first, where the provider signs callbacks.",
                ]),
                kind: .function(name: SwiftName.escaped(SwiftName.member(webhook.name)), isStatic: true),
                parameters: [ParameterDeclaration(label: "from", name: "body", type: .named("Data"))],
                throwsErrors: true, returnType: .named(name),
                body: [.line("try JSONDecoder().decode(\(name).self, from: body)")]
            )))
            models.webhookTypes += declarations
            models.bodies.append(BodyType(operationID: webhook.operation.operationID.isEmpty ? webhook.name : webhook.operation.operationID,
                                          kind: .webhook(name: webhook.name), schema: body.schema, typeName: qualified))
        }
        checker.checkDistinct(bodyNames, what: "type", in: "namespace '\(context.namespace)'")
        return models
    }

    /// The declarations of a named top-level type: the planned type itself, or a typealias
    /// when the schema is a primitive, an array or a reference.
    private func declare(_ schema: Schema, typeName: String, fallbackDoc: String? = nil) -> [Declaration] {
        let resolved = TypeResolver(context: context).resolve(schema, name: ownTypeName(schema, typeName))
        var declarations = resolved.nested
        if let fallbackDoc, schema.description == nil, schema.title == nil {
            declarations = declarations.map { declaration in
                guard case .structure(var value) = declaration, value.name == typeName else { return declaration }
                value.doc = DocComment([fallbackDoc])
                return .structure(value)
            }
        }
        let type = resolved.nullable ? resolved.type.optional : resolved.type
        if type != .named(typeName) {
            declarations.append(.typeAlias(TypeAliasDeclaration(doc: SchemaDocumentation.comment(for: schema, fallback: fallbackDoc ?? "The `\(typeName)` schema."), name: typeName, target: type)))
        }
        return declarations
    }

    /// The name of the type declared for a top-level schema: `typeName`, or `<typeName>Value`
    /// when the schema also allows `null` and needs a type of its own (a struct, enum or union),
    /// which `typeName` then aliases as an optional: `typealias Pet = PetValue?`.
    private func ownTypeName(_ schema: Schema, _ typeName: String) -> String {
        let (shape, nullable) = ShapeClassifier(context: context).classify(schema)
        guard nullable else { return typeName }
        switch shape {
        case .openEnum, .object, .union: return typeName + "Value"
        default: return typeName
        }
    }

    /// The types a top-level schema declares in the namespace besides its own name: its
    /// `<Name>Value` (see `ownTypeName`), or the types nested in an alias (`Pets = [PetsItem]`).
    private static func otherTypeNames(_ declarations: [Declaration], besides typeName: String, of original: String, at source: SchemaSource) -> [(String, String, SchemaSource)] {
        declarations.compactMap { declaration in
            switch declaration {
            case .structure(let value) where value.name != typeName, .enumeration(let value) where value.name != typeName:
                return ("\(original) (its type \(value.name))", value.name, source)
            default:
                return nil
            }
        }
    }

    private func declaresStruct(_ declarations: [Declaration], named name: String) -> Bool {
        declarations.contains { if case .structure(let value) = $0 { return value.name == name } else { return false } }
    }

    /// The qualified type of a body: its component when it is a `$ref`, otherwise a new type.
    private func bodyType(_ schema: Schema, name: String, doc: String, into section: WritableKeyPath<PlannedModels, [Declaration]>, models: inout PlannedModels, names: inout [(String, String, SchemaSource)]) -> String {
        if let ref = schema.ref, let component = context.componentType(at: ref) { return component }
        let preferred = name
        let name = context.typeNames.claim(preferred, unusable: SwiftKeywords.isUnusableType)
        NameChecker(context: context).noteRename(preferred, what: "body type", from: preferred, to: name, at: schema.source)
        let declarations = declare(schema, typeName: name, fallbackDoc: doc)
        models[keyPath: section] += declarations
        names.append((name, name, schema.source))
        names += Self.otherTypeNames(declarations, besides: name, of: name, at: schema.source)
        context.declaredNames.insert(name)
        let qualified = "\(context.namespace).\(name)"
        if declaresStruct(declarations, named: name) { models.validatedTypes.append((qualified, schema)) }
        return qualified
    }
}
