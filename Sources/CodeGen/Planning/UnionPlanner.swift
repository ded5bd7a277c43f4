import SpecKit

/// Plans an enum with associated values for a value that may take several JSON types, such as
/// string-or-array. Decoding tries the branches in a fixed order (boolean, integer, number,
/// string, array, object), so the result never depends on the spec's branch order; encoding
/// writes the value back in the same form.
struct UnionPlanner {
    let context: PlanningContext

    private static let order = ["boolean", "integer", "number", "string", "array", "object"]

    /// The enum for `branches`, or nil (after a diagnostic) when two branches decode from the
    /// same JSON type and so cannot be told apart.
    func plan(name: String, branches: [Schema], source: SchemaSource, discriminator: (propertyName: String, mapping: [String: String])? = nil) -> Declaration? {
        let classifier = ShapeClassifier(context: context)
        let resolver = TypeResolver(context: context)
        let kinds = branches.map { classifier.kind(of: classifier.classify($0).shape) }
        // Branches that JSON types cannot tell apart: by tag or by the schema validator.
        if discriminator != nil || Set(kinds).count != kinds.count || !kinds.allSatisfy(Self.order.contains) {
            return TaggedUnionPlanner(context: context).plan(name: name, branches: branches, kinds: kinds, discriminator: discriminator)
        }
        var planned: [(kind: String, caseName: String, resolved: ResolvedType)] = []
        for (branch, kind) in zip(branches, kinds) {
            let resolved = resolver.resolve(branch, name: name + SwiftName.type(kind))
            planned.append((kind, caseName(for: kind, resolved.type), resolved))
        }
        planned.sort { Self.order.firstIndex(of: $0.kind)! < Self.order.firstIndex(of: $1.kind)! }
        if let shared = RuntimeSymbols.twoFormValue(planned.map { ($0.kind, $0.resolved.type.text) }) {
            return .typeAlias(TypeAliasDeclaration(
                doc: DocComment(["A value that is a JSON \(planned.map(\.kind).joined(separator: " or ")): the runtime's shared `\(shared)`."]),
                name: name, target: .named(shared)))
        }

        var members: [Declaration] = planned.map {
            .enumCase(EnumCaseDeclaration(doc: DocComment(["A JSON \($0.kind)."]), name: $0.caseName, associatedTypes: [$0.resolved.type]))
        }
        members += planned.flatMap(\.resolved.nested)
        let expected = planned.map(\.kind).joined(separator: " or ")
        var decodeBody: [Statement] = [.line("let container = try decoder.singleValueContainer()")]
        for branch in planned {
            decodeBody.append(.block(header: "if let value = try? container.decode(\(branch.resolved.type.text).self)", body: [
                .line("self = .\(branch.caseName)(value)"),
                .line("return"),
            ]))
        }
        decodeBody.append(.line("throw DecodingError.dataCorruptedError(in: container, debugDescription: \(ExpressionPrinter.stringLiteral("Expected a JSON \(expected)")))"))
        members.append(.function(FunctionDeclaration(
            doc: DocComment(["Decodes the first branch that fits, trying \(expected) in that order."]),
            kind: .initializer, parameters: [ParameterDeclaration(label: "from", name: "decoder", type: .named("any Decoder"))],
            throwsErrors: true, body: decodeBody
        )))
        members.append(.function(FunctionDeclaration(
            doc: DocComment(["Encodes the value in the form it was given."]),
            kind: .function(name: "encode", isStatic: false),
            parameters: [ParameterDeclaration(label: "to", name: "encoder", type: .named("any Encoder"))],
            throwsErrors: true,
            body: [
                .line("var container = encoder.singleValueContainer()"),
                .switchOver(subject: "self", cases: planned.map {
                    SwitchCase([".\($0.caseName)(let value)"], [.line("try container.encode(value)")])
                }),
            ]
        )))
        members += JSONValuePlanner.unionMembers(planned.map { ($0.caseName, $0.resolved.type) })
        for branch in planned {
            members.append(.property(PropertyDeclaration(
                doc: DocComment(["The \(branch.kind) value, when this is one."]),
                name: accessorName(branch.caseName), type: branch.resolved.type.optional,
                kind: .computed([
                    .line("if case .\(branch.caseName)(let value) = self { return value }"),
                    .line("return nil"),
                ])
            )))
        }
        return .enumeration(TypeDeclaration(
            doc: DocComment(["A value that is a JSON \(expected)."]),
            name: name, conformances: ["Codable", "Hashable", "Sendable", JSONValuePlanner.conformance], members: members
        ))
    }

    /// `string`, `integer`, `number`, `bool`, `stringArray`, or the object type's name; in
    /// backticks when it is a keyword, with `Value` appended when not even backticks help (`init`).
    private func caseName(for kind: String, _ type: SwiftType) -> String {
        let name = plainCaseName(for: kind, type)
        return SwiftKeywords.unusableAsMember.contains(name) ? name + "Value" : SwiftName.escaped(name)
    }

    private func plainCaseName(for kind: String, _ type: SwiftType) -> String {
        switch kind {
        case "boolean": return "bool"
        case "array":
            if case .array(let element) = type, case .named(let name) = element.nonOptional {
                let base = name.split(separator: ".").last.map(String.init) ?? name
                // `_3dMode` (a name that starts with a digit) keeps its underscore.
                return base.hasPrefix("_") ? base + "Array" : SwiftName.member(base + "Array")
            }
            return "array"
        case "object":
            if case .named(let name) = type, name != RuntimeSymbols.jsonValue {
                let base = name.split(separator: ".").last.map(String.init) ?? name
                // Not `_1Item` itself: the case would have the name of its type, nested beside it.
                return base.hasPrefix("_") ? "case" + base : SwiftName.member(base)
            }
            return "object"
        default: return kind
        }
    }

    /// The optional accessor's name: the case name with `Value` appended, so it never shadows the case.
    private func accessorName(_ caseName: String) -> String {
        caseName.replacing("`", with: "") + "Value"
    }
}
