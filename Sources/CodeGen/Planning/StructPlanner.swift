import SpecKit

/// Plans a `Codable, Hashable, Sendable, JSONValueRepresentable` struct for an object schema:
/// properties in spec order, lowerCamel names mapped through `CodingKeys`, a memberwise initializer,
/// `jsonValue`, nested types for
/// inline schemas, `<name>Default`/`<name>OrDefault` for documented defaults, `<name>Const` for
/// `const`, and a typed accessor for JSON carried in a string.
///
/// A member whose type holds this struct again by value is `@Indirect` (see `RecursionFinder`).
///
/// Absent optionals are not encoded, and unknown keys are ignored when decoding. A closed object
/// (`additionalProperties: false`) also gets `extraFields`: members the spec does not declare,
/// sent as given and checked only for being JSON.
struct StructPlanner {
    let context: PlanningContext

    /// One planned stored property.
    private struct Field {
        var jsonName: String
        /// The Swift name without backticks, for derived names.
        var plainName: String
        /// The Swift name as written in declarations.
        var name: String
        var type: SwiftType
        var required: Bool
        var schema: Schema
        var resolved: ResolvedType
        /// Stored in the runtime's `Indirect` box: the type holds this struct again.
        var boxed: Bool
    }

    func plan(name: String, schema: Schema, parts: ObjectParts, doc: DocComment?) -> TypeDeclaration {
        let resolver = TypeResolver(context: context)
        let checker = NameChecker(context: context)
        let recursion = RecursionFinder(context: context)
        var fields: [Field] = []
        var nested: [Declaration] = []
        var extras: [Declaration] = []

        var memberNames = UniqueNames(reserved: Self.generatedMembers(closed: parts.closed))
        var nestedNames = UniqueNames()
        for (jsonName, propertySchema) in parts.properties {
            let preferred = SwiftName.member(jsonName)
            let plain = memberNames.claim(preferred) { SwiftKeywords.unusableAsMember.contains($0) || Self.generatedMembers(closed: parts.closed).contains($0) }
            checker.noteRename(jsonName, what: "property", of: name, from: preferred, to: plain, at: propertySchema.source)
            let nestedName = nestedNames.claim(plain == preferred ? SwiftName.nestedType(jsonName) : SwiftName.nestedType(plain))
            let resolved = resolver.resolve(propertySchema, name: nestedName)
            let required = parts.required.contains(jsonName)
            let type = required && !resolved.nullable ? resolved.type : resolved.type.optional
            fields.append(Field(jsonName: jsonName, plainName: plain, name: SwiftName.escaped(plain), type: type,
                                required: required, schema: propertySchema, resolved: resolved,
                                boxed: recursion.leadsBack(propertySchema, to: parts.origin)))
            nested += resolved.nested
            if case .string(let content?) = resolved.shape {
                let contentName = SwiftName.nestedType(jsonName) + "Content"
                let contentType = resolver.resolve(content, name: contentName)
                nested += contentType.nested
                extras.append(contentAccessor(for: fields[fields.count - 1], content: contentType))
            }
        }
        checker.checkDistinct(
            nested.compactMap { declaration -> (String, String, SchemaSource)? in
                switch declaration {
                case .structure(let value): return (value.name, value.name, schema.source)
                case .enumeration(let value): return (value.name, value.name, schema.source)
                default: return nil
                }
            },
            what: "nested type", in: "'\(name)'"
        )

        var members: [Declaration] = fields.map { field in
            .property(PropertyDeclaration(
                doc: SchemaDocumentation.comment(for: field.schema, resolved: context.resolved(field.schema), fallback: "The `\(field.jsonName)` member."),
                attributes: field.boxed ? ["@" + RuntimeSymbols.indirect] : [],
                name: field.name, type: field.type
            ))
        }
        if parts.closed { members.append(Self.extraFieldsProperty) }
        for field in fields {
            members += defaultMembers(for: field) + constMembers(for: field)
        }
        members.append(.function(initializer(fields, closed: parts.closed)))
        members += JSONValuePlanner.structMembers(fields.map { ($0.jsonName, $0.name, $0.type) }, closed: parts.closed)
        if parts.closed { members.append(.function(Self.extraFieldsEncoder)) }
        members += extras
        let keepsNull = fields.contains { $0.type == .optional(.named(RuntimeSymbols.jsonValue)) }
        if keepsNull { members.append(.function(nullKeepingDecoder(fields))) }
        if keepsNull || parts.closed || fields.contains(where: { $0.plainName != $0.jsonName }) {
            members.append(.enumeration(TypeDeclaration(
                access: .internal, name: "CodingKeys", conformances: ["String", "CodingKey"],
                members: fields.map { .enumCase(EnumCaseDeclaration(name: $0.name, rawValue: $0.plainName == $0.jsonName ? nil : $0.jsonName)) }
            )))
        }
        members += nested
        return TypeDeclaration(
            doc: doc ?? SchemaDocumentation.comment(for: schema, fallback: "A `\(name)` object."),
            name: name, conformances: ["Codable", "Hashable", "Sendable", JSONValuePlanner.conformance], members: members
        )
    }

    /// Members every generated struct has or inherits, which no property may take.
    static let generatedMemberNames = ["jsonValue", "hashValue", "checkedForSending"]

    /// The property name of a closed struct's undeclared members. `extraFields` is not a
    /// member name a spec can take: `NameChecker` reports a property that maps to it.
    static let extraFieldsName = "extraFields"

    /// The members a generated struct declares or inherits, which no property may take.
    static func generatedMembers(closed: Bool) -> Set<String> {
        [extraFieldsName, "jsonValue", "validate", "checkedForSending", "uncheckedForSending", "encode"]
    }

    private static let extraFieldsType = SwiftType.dictionary(.named(RuntimeSymbols.jsonValue))

    private static let extraFieldsProperty = Declaration.property(PropertyDeclaration(
        doc: DocComment([
            "Members the spec does not declare, sent exactly as given after the declared ones: the way to send a field the provider takes before the spec knows it.",
            "They are checked only for being JSON (`checkedForSending().extraFields.unchecked` lists them); one that names a declared member is a violation. Decoding keeps declared members only.",
        ]),
        name: extraFieldsName, type: extraFieldsType, kind: .variable(initial: .identifier("[:]"))
    ))

    /// `encode(to:)` of a closed struct: its `jsonValue`, so that extra fields are encoded too.
    private static let extraFieldsEncoder = FunctionDeclaration(
        doc: DocComment(["Encodes the declared members and `extraFields`: exactly `jsonValue`."]),
        kind: .function(name: "encode", isStatic: false),
        parameters: [ParameterDeclaration(label: "to", name: "encoder", type: .named("any Encoder"))],
        throwsErrors: true,
        body: [.line("try jsonValue.encode(to: encoder)")]
    )

    private func initializer(_ fields: [Field], closed: Bool) -> FunctionDeclaration {
        var parameters = fields.map { field in
                var defaultValue: Expression?
                if field.type.isOptional {
                    defaultValue = .literal(.nil)
                } else if let constant = field.schema.constValue, LiteralPlanner.expression(for: constant, as: field.resolved) != nil {
                    defaultValue = .member(.identifier("Self"), field.plainName + "Const")
                }
                return ParameterDeclaration(name: field.name, type: field.type, defaultValue: defaultValue)
            }
        var body: [Statement] = fields.map { .line("self.\($0.plainName) = \($0.name)") }
        if closed {
            parameters.append(ParameterDeclaration(name: Self.extraFieldsName, type: Self.extraFieldsType, defaultValue: .identifier("[:]")))
            body.append(.line("self.\(Self.extraFieldsName) = \(Self.extraFieldsName)"))
        }
        return FunctionDeclaration(
            doc: DocComment([closed
                ? "Creates a value from its properties; optional ones default to absent, and `extraFields` to none."
                : "Creates a value from its properties; optional ones default to absent."]),
            kind: .initializer, parameters: parameters, body: body
        )
    }

    /// `init(from:)` for structs with a free-form optional member: an explicit JSON `null`
    /// decodes as `.null` (not as absent), so it is encoded back as `null`.
    private func nullKeepingDecoder(_ fields: [Field]) -> FunctionDeclaration {
        var body: [Statement] = [.line("let container = try decoder.container(keyedBy: CodingKeys.self)")]
        for field in fields {
            let key = ".\(field.name)"
            if field.type == .optional(.named(RuntimeSymbols.jsonValue)) {
                body.append(.line("self.\(field.plainName) = try container.contains(\(key)) ? container.decode(\(RuntimeSymbols.jsonValue).self, forKey: \(key)) : \(RuntimeSymbols.jsonValue)?.none"))
            } else if field.type.isOptional {
                body.append(.line("self.\(field.plainName) = try container.decodeIfPresent(\(field.type.nonOptional.text).self, forKey: \(key))"))
            } else {
                body.append(.line("self.\(field.plainName) = try container.decode(\(field.type.text).self, forKey: \(key))"))
            }
        }
        return FunctionDeclaration(
            doc: DocComment(["Decodes every member; an explicit `null` in a free-form member is kept as `.null`."]),
            kind: .initializer, parameters: [ParameterDeclaration(label: "from", name: "decoder", type: .named("any Decoder"))],
            throwsErrors: true, body: body
        )
    }

    /// `static let <name>Default` and `var <name>OrDefault`, when the default fits the type.
    private func defaultMembers(for field: Field) -> [Declaration] {
        guard let node = context.resolved(field.schema).defaultValue ?? field.schema.defaultValue,
              let literal = LiteralPlanner.expression(for: node, as: field.resolved) else { return [] }
        let valueType = field.resolved.type
        var members: [Declaration] = [.property(PropertyDeclaration(
            doc: DocComment(["The value the provider uses when `\(field.plainName)` is absent: `\(JSONText.compact(node))`."]),
            isStatic: true, name: field.plainName + "Default", type: valueType, kind: .constant(literal)
        ))]
        if field.type.isOptional {
            members.append(.property(PropertyDeclaration(
                doc: DocComment(["`\(field.plainName)`, or the documented default when it is absent."]),
                name: field.plainName + "OrDefault", type: valueType,
                kind: .computed([.line("\(field.name) ?? Self.\(field.plainName)Default")])
            )))
        }
        return members
    }

    /// `static let <name>Const` for a `const` that fits the type.
    private func constMembers(for field: Field) -> [Declaration] {
        guard let node = field.schema.constValue, let literal = LiteralPlanner.expression(for: node, as: field.resolved) else { return [] }
        return [.property(PropertyDeclaration(
            doc: DocComment(["The only value the spec allows for `\(field.plainName)`: `\(JSONText.compact(node))`."]),
            isStatic: true, name: field.plainName + "Const", type: field.resolved.type, kind: .constant(literal)
        ))]
    }

    /// `func <name>Content() throws -> Content?`: the JSON inside the string, decoded.
    private func contentAccessor(for field: Field, content: ResolvedType) -> Declaration {
        let contentType = content.nullable ? content.type.optional : content.type
        let decode = "try JSONDecoder().decode(\(contentType.text).self, from: Data(\(field.name).utf8))"
        let body: [Statement] = field.type.isOptional
            ? [.line("guard let \(field.name) else { return nil }"), .line("return \(decode)")]
            : [.line("return \(decode)")]
        return .function(FunctionDeclaration(
            doc: DocComment(["`\(field.plainName)` is JSON carried in a string; this decodes it.", "- Throws: `DecodingError` when the string is not JSON of the documented shape."]),
            kind: .function(name: field.plainName + "Content", isStatic: false),
            throwsErrors: true, returnType: field.type.isOptional ? contentType.optional : contentType,
            body: body
        ))
    }
}
