import SpecKit

/// Plans the provider's compiled schema table, the `SchemaValidated` conformances of its
/// top-level structs, and `schemaEntries`: every body with its root and decoder.
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
        let bodies = models.bodies.map { (body: $0, position: root(of: $0.schema)) }
        let lowered = try SchemaTableCompiler.compile(roots: roots, document: context.document)

        var declarations: [Declaration] = [.extensionOf(ExtensionDeclaration(extendedType: namespace, members: [
            .property(PropertyDeclaration(
                doc: DocComment(["Every schema of the spec that a body or type is checked against, compiled into one table."]),
                isStatic: true, name: "schemaTable", type: .named("SchemaTable"), kind: .constant(lowered.table)
            )),
            .property(PropertyDeclaration(
                doc: DocComment(["Every JSON body the spec describes, with its schema root and generated type, in spec order."]),
                isStatic: true, name: "schemaEntries", type: .array(.named("SchemaEntry")),
                kind: .constant(.array(bodies.map { entry($0.body, root: lowered.roots[$0.position]) }, multiline: true))
            )),
        ]))]
        for type in validated {
            declarations.append(.extensionOf(ExtensionDeclaration(extendedType: type.typeName, conformances: ["SchemaValidated"], members: [
                .property(PropertyDeclaration(doc: DocComment(["The provider's compiled schemas."]), isStatic: true, name: "schemaTable",
                                              type: .named("SchemaTable"), kind: .computed([.line("\(namespace).schemaTable")]))),
                .property(PropertyDeclaration(doc: DocComment(["This type's schema in `schemaTable`."]), isStatic: true, name: "schemaRoot",
                                              type: .named("Int"), kind: .computed([.line(String(lowered.roots[type.position]))]))),
            ])))
        }
        return declarations
    }

    private func entry(_ body: BodyType, root: Int) -> Expression {
        let kind: Expression
        switch body.kind {
        case .request: kind = .member(nil, "request")
        case .response(let status): kind = .call(.member(nil, "response"), [Argument("status", .literal(.string(status)))])
        case .webhook(let name): kind = .call(.member(nil, "webhook"), [Argument("name", .literal(.string(name)))])
        }
        return .multilineCall(.identifier("SchemaEntry"), [
            Argument("operationID", .literal(.string(body.operationID))),
            Argument("kind", kind),
            Argument("schemaTable", .identifier("schemaTable")),
            Argument("root", .literal(.int(root))),
            Argument("typeName", .literal(.string(body.typeName))),
            Argument("decode", .identifier("{ try JSONDecoder().decode(\(body.typeName).self, from: $0) }")),
        ])
    }
}
