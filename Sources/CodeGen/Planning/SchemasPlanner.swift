import SpecKit

/// Plans the provider's compiled schema table, the `SchemaValidated` conformances of its
/// top-level structs, and `schemaEntries`: every body, parameter and callback header with its
/// root, decoder and JSON-in-string members.
struct SchemasPlanner {
    let context: PlanningContext

    func plan(_ models: PlannedModels) throws(DiagnosticList) -> [Declaration] {
        let namespace = context.namespace
        var roots: [Schema] = []
        var rootIndex: [String: Int] = [:]
        func root(of schema: Schema) -> Int {
            let target = schema.ref.flatMap { context.document.registry.schema(at: $0) } ?? schema
            if let index = rootIndex[target.source.uri] { return index }
            rootIndex[target.source.uri] = roots.count
            roots.append(target)
            return roots.count - 1
        }
        let validated = models.validatedTypes.map { (typeName: $0.typeName, position: root(of: $0.schema)) }
        let embedded = EmbeddedJSONPlanner(context: context)
        let bodies = models.bodies.map { body in
            (body: body, position: root(of: body.schema),
             embedded: embedded.fields(of: body.schema, typeName: body.typeName).map { (field: $0, position: root(of: $0.content)) })
        }
        let parameters = ParameterType.plan(context).map { (parameter: $0, position: root(of: $0.parameter.schema)) }
        let unionBranches = context.unionBranchSchemas.map(root(of:))
        let lowered = try SchemaTableCompiler.compile(roots: roots, document: context.document)
        let operationIDs = Set(context.document.operations.map(\.operationID))
        for item in parameters where operationIDs.contains(item.parameter.operationID) {
            let key = ParameterKey.text(operationID: item.parameter.operationID, item.parameter.parameter)
            context.parameterRoots[key] = lowered.roots[item.position]
        }

        var tables: [Declaration] = [
            .property(PropertyDeclaration(
                doc: DocComment(["Every schema of the spec that a body or type is checked against, compiled into one table."]),
                isStatic: true, name: "schemaTable", type: .named(RuntimeSymbols.schemaTable), kind: .constant(lowered.expression)
            )),
            .property(PropertyDeclaration(
                doc: DocComment(["Every JSON body the spec describes, then every parameter and callback header, with its schema root and generated type, in spec order."]),
                isStatic: true, name: "schemaEntries", type: .array(.named(RuntimeSymbols.schemaEntry)),
                kind: .constant(.array(
                    bodies.map { body in
                        entry(body.body, root: lowered.roots[body.position],
                              embedded: body.embedded.map { (field: $0.field, root: lowered.roots[$0.position]) })
                    } + parameters.map { entry($0.parameter, root: lowered.roots[$0.position]) },
                    multiline: true
                ))
            )),
        ]
        if !unionBranches.isEmpty {
            tables.append(.property(PropertyDeclaration(
                doc: DocComment(["The schema root of each branch that a union tells apart by validating, by slot."]),
                isStatic: true, name: "unionBranchRoots", type: .array(.named("Int")),
                kind: .constant(.array(unionBranches.map { .literal(.int(lowered.roots[$0])) }, multiline: false))
            )))
        }
        var declarations: [Declaration] = [.extensionOf(ExtensionDeclaration(extendedType: namespace, members: tables))]
        for type in validated {
            // Witnesses only: `SchemaValidated` documents both.
            declarations.append(.extensionOf(ExtensionDeclaration(extendedType: type.typeName, conformances: [RuntimeSymbols.schemaValidated], members: [
                .property(PropertyDeclaration(isStatic: true, name: "schemaTable", type: .named(RuntimeSymbols.schemaTable),
                                              kind: .computed([.line("\(namespace).schemaTable")]))),
                .property(PropertyDeclaration(isStatic: true, name: "schemaRoot", type: .named("Int"),
                                              kind: .computed([.line(String(lowered.roots[type.position]))]))),
            ])))
        }
        return declarations
    }

    private func entry(_ body: BodyType, root: Int, embedded: [(field: EmbeddedJSONField, root: Int)]) -> Expression {
        let kind: Expression
        switch body.kind {
        case .request: kind = .member(nil, "request")
        case .response(let status): kind = .call(.member(nil, "response"), [Argument("status", .literal(.string(status)))])
        case .webhook(let name): kind = .call(.member(nil, "webhook"), [Argument("name", .literal(.string(name)))])
        }
        var arguments = [
            Argument("operationID", .literal(.string(body.operationID))),
            Argument("kind", kind),
            Argument("schemaTable", .identifier("schemaTable")),
            Argument("root", .literal(.int(root))),
            Argument("typeName", .literal(.string(body.typeName))),
            Argument("decoding", decoded(body.typeName)),
        ]
        if !embedded.isEmpty {
            arguments.append(Argument("embeddedJSON", .array(embedded.map { embeddedJSON($0.field, root: $0.root) }, multiline: false)))
        }
        return .call(.identifier(RuntimeSymbols.schemaEntry), arguments)
    }

    private func entry(_ item: ParameterType, root: Int) -> Expression {
        .call(.identifier(RuntimeSymbols.schemaEntry), [
            Argument("operationID", .literal(.string(item.operationID))),
            Argument("kind", .call(.member(nil, "parameter"), [
                Argument("name", .literal(.string(item.parameter.name))),
                Argument("location", .literal(.string(item.parameter.location.rawValue))),
            ])),
            Argument("schemaTable", .identifier("schemaTable")),
            Argument("root", .literal(.int(root))),
            Argument("typeName", .literal(.string(item.typeName))),
            Argument("decoding", decoded(item.typeName)),
        ])
    }

    private func embeddedJSON(_ field: EmbeddedJSONField, root: Int) -> Expression {
        let steps: [Expression] = field.path.map { step in
            switch step {
            case .member(let name): return .call(.member(nil, "member"), [Argument(nil, .literal(.string(name)))])
            case .everyElement: return .member(nil, "everyElement")
            }
        }
        return .call(.member(.identifier(RuntimeSymbols.schemaEntry), "EmbeddedJSON"), [
            Argument("path", .array(steps, multiline: false)),
            Argument("contentRoot", .literal(.int(root))),
            Argument("typeName", .literal(.string(field.typeName))),
            Argument("decoding", decoded(field.typeName)),
        ])
    }

    /// `T.self`, which the runtime's entry decodes into (`(T).self` for an optional `T?`).
    private func decoded(_ typeName: String) -> Expression {
        .identifier((typeName.hasSuffix("?") ? "(\(typeName))" : typeName) + ".self")
    }
}
