import SpecKit

/// Plans a `oneOf`/`anyOf` whose branches cannot be told apart by JSON type alone (two or
/// more objects, two arrays, a branch that is itself a union or any JSON): an enum with one
/// case per branch, in spec order. Decoding picks the branch
///
/// 1. by its tag, when the union has a `discriminator` (its `propertyName` and `mapping`;
///    a branch the mapping leaves out is tagged with its component's name), or when every
///    object branch fixes one property to a distinct value (`const`, or an `enum` of one value);
/// 2. otherwise by the schema validator: the first branch, in spec order, whose schema
///    (compiled into the provider's schema table, `unionBranchRoots`) accepts the JSON;
/// 3. and when no schema accepts it (a provider answer beyond the spec), the first branch
///    that decodes.
struct TaggedUnionPlanner {
    let context: PlanningContext

    /// One branch: its case, Swift type, tag values and validator root slot.
    private struct Branch {
        var caseName: String
        var resolved: ResolvedType
        var schema: Schema
        var tags: [String] = []
        var rootSlot: Int
    }

    /// The discriminator of a union schema as SpecKit reads it: the tag property and the
    /// mapping from tag values to schema URIs.
    static func discriminator(of schema: Schema) -> (propertyName: String, mapping: [String: String])? {
        schema.discriminator
    }

    func plan(name: String, branches schemas: [Schema], kinds: [String], discriminator: (propertyName: String, mapping: [String: String])?) -> Declaration {
        let resolver = TypeResolver(context: context)
        var branches: [Branch] = []
        var used: Set<String> = []
        for (index, (schema, kind)) in zip(schemas, kinds).enumerated() {
            let resolved = resolver.resolve(schema, name: name + SwiftName.type(kind == "any" || kind == "union" ? "variant" : kind) + String(index + 1))
            var caseName = baseCaseName(kind: kind, type: resolved.type, index: index)
            if used.contains(caseName) { caseName += String(index + 1) }
            used.insert(caseName)
            let escaped = SwiftKeywords.unusableAsMember.contains(caseName) ? caseName + "Value" : SwiftName.escaped(caseName)
            branches.append(Branch(caseName: escaped, resolved: resolved, schema: schema, rootSlot: context.unionBranchRoot(schema)))
        }
        let tagProperty = assignTags(&branches, discriminator: discriminator)

        var members: [Declaration] = branches.map { branch in
            .enumCase(EnumCaseDeclaration(doc: DocComment([describe(branch) + "."]), name: branch.caseName, associatedTypes: [branch.resolved.type]))
        }
        members += branches.flatMap(\.resolved.nested)
        members.append(decoder(branches, tagProperty: tagProperty))
        members.append(.function(FunctionDeclaration(
            doc: DocComment(["Encodes the branch it holds."]),
            kind: .function(name: "encode", isStatic: false),
            parameters: [ParameterDeclaration(label: "to", name: "encoder", type: .named("any Encoder"))],
            throwsErrors: true,
            body: [
                .line("var container = encoder.singleValueContainer()"),
                .switchOver(subject: "self", cases: branches.map { SwitchCase([".\($0.caseName)(let value)"], [.line("try container.encode(value)")]) }),
            ]
        )))
        members += JSONValuePlanner.unionMembers(branches.map { ($0.caseName, $0.resolved.type) })
        for branch in branches {
            let plain = branch.caseName.replacing("`", with: "")
            members.append(.property(PropertyDeclaration(
                doc: DocComment(["The \(describe(branch)), when this is one."]),
                name: plain + "Value", type: branch.resolved.type.optional,
                kind: .computed([.line("if case .\(branch.caseName)(let value) = self { return value }"), .line("return nil")])
            )))
        }
        let how = tagProperty.map { "told apart by `\($0)`, else by the schema validator" } ?? "told apart by the schema validator"
        return .enumeration(TypeDeclaration(
            doc: DocComment(["One of \(branches.count) forms, \(how)."]),
            name: name, conformances: ["Codable", "Hashable", "Sendable", JSONValuePlanner.conformance], members: members
        ))
    }

    private func describe(_ branch: Branch) -> String {
        let type = branch.resolved.type.text
        let tags = branch.tags.isEmpty ? "" : " (tagged " + branch.tags.map { "`\($0)`" }.joined(separator: ", ") + ")"
        return "A `\(type.split(separator: ".").last.map(String.init) ?? type)`" + tags
    }

    private func baseCaseName(kind: String, type: SwiftType, index: Int) -> String {
        if case .named(let name) = type, name != RuntimeSymbols.jsonValue, name.contains(".") {
            let last = name.split(separator: ".").last.map(String.init) ?? name
            return last.hasPrefix("_") ? last : SwiftName.member(last)
        }
        switch kind {
        case "boolean": return "bool"
        case "integer", "number", "string", "array", "object": return kind
        default: return "variant"
        }
    }

    /// Sets each branch's tags; returns the tag property, or nil when the union has none.
    private func assignTags(_ branches: inout [Branch], discriminator: (propertyName: String, mapping: [String: String])?) -> String? {
        if let discriminator {
            for index in branches.indices {
                let ref = branches[index].schema.ref
                var tags = discriminator.mapping.filter { $0.value == ref }.map(\.key).sorted()
                if tags.isEmpty, let ref, let slash = ref.lastIndex(of: "/") {
                    tags = [String(ref[ref.index(after: slash)...])]
                }
                branches[index].tags = tags
            }
            return discriminator.propertyName
        }
        let objects = branches.indices.compactMap { index -> (Int, ObjectParts)? in
            objectParts(branches[index].schema).map { (index, $0) }
        }
        guard objects.count >= 2 else { return nil }
        var candidates = objects[0].1.properties.map(\.name)
        for (_, parts) in objects.dropFirst() {
            candidates = candidates.filter { name in parts.properties.contains { $0.name == name } }
        }
        for candidate in candidates {
            let values = objects.map { _, parts in parts.properties.first { $0.name == candidate }.flatMap { fixedString(of: $0.schema) } }
            let known = values.compactMap { $0 }
            guard known.count == values.count, Set(known).count == known.count else { continue }
            for ((index, _), value) in zip(objects, known) { branches[index].tags = [value] }
            return candidate
        }
        return nil
    }

    /// The named properties of an object branch (inline or a component), if it is one.
    private func objectParts(_ schema: Schema) -> ObjectParts? {
        let classifier = ShapeClassifier(context: context)
        switch classifier.classify(schema).shape {
        case .object(let parts): return parts
        case .component:
            guard case .object(let parts) = classifier.classify(context.resolved(schema)).shape else { return nil }
            return parts
        default: return nil
        }
    }

    /// The one string a property schema allows: `const`, or an `enum` of one string.
    private func fixedString(of schema: Schema) -> String? {
        let target = context.resolved(schema)
        if let constant = target.constValue { return constant.string }
        if let values = target.enumValues, values.count == 1 { return values[0].string }
        return nil
    }

    private func decoder(_ branches: [Branch], tagProperty: String?) -> Declaration {
        let namespace = context.namespace
        var body: [Statement] = [
            .line("let container = try decoder.singleValueContainer()"),
            .line("let json = try container.decode(\(RuntimeSymbols.jsonValue).self)"),
        ]
        let tagged = branches.filter { !$0.tags.isEmpty }
        if let tagProperty, !tagged.isEmpty {
            body.append(.block(header: "if case .object(let object) = json, case .string(let tag)? = object[\(ExpressionPrinter.stringLiteral(tagProperty))]", body: [
                .switchOver(subject: "tag", cases: tagged.map { branch in
                    SwitchCase(branch.tags.map(ExpressionPrinter.stringLiteral), [
                        .line("self = .\(branch.caseName)(try container.decode(\(branch.resolved.type.text).self))"),
                        .line("return"),
                    ])
                } + [SwitchCase([], [.line("break")])]),
            ]))
        }
        for branch in branches {
            body.append(.block(
                header: "if \(namespace).schemaTable.validate(json, against: \(namespace).unionBranchRoots[\(branch.rootSlot)]).isEmpty, let value = try? container.decode(\(branch.resolved.type.text).self)",
                body: [.line("self = .\(branch.caseName)(value)"), .line("return")]))
        }
        for branch in branches {
            body.append(.block(header: "if let value = try? container.decode(\(branch.resolved.type.text).self)", body: [
                .line("self = .\(branch.caseName)(value)"), .line("return"),
            ]))
        }
        body.append(.line("throw DecodingError.dataCorruptedError(in: container, debugDescription: \(ExpressionPrinter.stringLiteral("Matches none of the \(branches.count) forms")))"))
        return .function(FunctionDeclaration(
            doc: DocComment([tagProperty.map { "Decodes the branch `\($0)` names; else the first whose schema accepts the JSON; else the first that decodes." }
                ?? "Decodes the first branch whose schema accepts the JSON; else the first that decodes."]),
            kind: .initializer, parameters: [ParameterDeclaration(label: "from", name: "decoder", type: .named("any Decoder"))],
            throwsErrors: true, body: body
        ))
    }
}
