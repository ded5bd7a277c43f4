/// Plans `jsonValue` (the `JSONValueRepresentable` conformance) of generated structs, open
/// enums and unions: the `JSONValue` built directly, equal to what the type's `Encodable`
/// conformance produces, so that validation does not go through an `Encoder`.
enum JSONValuePlanner {
    /// The runtime protocol the planned member implements.
    static let conformance = RuntimeSymbols.jsonValueRepresentable

    private static let doc = DocComment(["The value as JSON, built directly: exactly what its `Encodable` conformance writes."])

    /// A struct's members in spec order (`jsonName`, Swift name, declared type); optional
    /// members are left out when nil, as the synthesized `encode(to:)` leaves them out. A closed
    /// struct adds its `extraFields` last, when they are included.
    static func structMembers(_ members: [(jsonName: String, name: String, type: SwiftType)], closed: Bool) -> [Declaration] {
        var body: [Statement] = [.line("var object = [String: \(RuntimeSymbols.jsonValue)](minimumCapacity: \(members.count))")]
        for member in members {
            let key = "object[\(ExpressionPrinter.stringLiteral(member.jsonName))]"
            if member.type.isOptional {
                let value = ExpressionPrinter.render(expression(.identifier("value"), of: member.type.nonOptional))
                body.append(.line("if let value = self.\(member.name) { \(key) = \(value) }"))
            } else {
                let value = ExpressionPrinter.render(expression(.member(.identifier("self"), member.name), of: member.type))
                body.append(.line("\(key) = \(value)"))
            }
        }
        if closed {
            body.append(.line("if \(inclusion) == .included { object.addExtraFields(self.extraFields) }"))
        }
        body.append(.line("return .object(object)"))
        return [wireProperty(), inclusionFunction(body)]
    }

    /// An open enum: its raw value as a string.
    static func enumProperty() -> Declaration {
        property([.returnValue(.call(.member(nil, "string"), [Argument(nil, .identifier("rawValue"))]))])
    }

    /// A union: the JSON of the branch it holds.
    static func unionMembers(_ branches: [(caseName: String, type: SwiftType)]) -> [Declaration] {
        [wireProperty(), inclusionFunction([.switchOver(subject: "self", cases: branches.map { branch in
            SwitchCase([".\(branch.caseName)(let value)"], [.returnValue(expression(.identifier("value"), of: branch.type))])
        })])]
    }

    /// The name of the `ExtraFieldsInclusion` argument inside `jsonValue(extraFields:)`.
    private static let inclusion = "inclusion"

    /// The JSON of `value`, of Swift type `type`: primitives by their case, anything else
    /// (generated types, arrays, maps, optionals) through its own `jsonValue`.
    static func expression(_ value: Expression, of type: SwiftType) -> Expression {
        func wrap(_ caseName: String, _ inner: Expression) -> Expression {
            .call(.member(nil, caseName), [Argument(nil, inner)])
        }
        switch type {
        case .named("String"): return wrap("string", value)
        case .named("Bool"): return wrap("bool", value)
        case .named("Double"): return wrap("number", value)
        case .named("Int"): return wrap("number", .call(.identifier("Double"), [Argument(nil, value)]))
        case .named(RuntimeSymbols.jsonValue): return value
        case .named, .optional, .array, .dictionary:
            return .call(.member(value, "jsonValue"), [Argument("extraFields", .identifier(inclusion))])
        }
    }

    private static func property(_ body: [Statement]) -> Declaration {
        .property(PropertyDeclaration(doc: doc, name: "jsonValue", type: .named(RuntimeSymbols.jsonValue), kind: .computed(body)))
    }

    /// `var jsonValue`: the JSON that is sent, extra fields included.
    private static func wireProperty() -> Declaration {
        .property(PropertyDeclaration(
            doc: DocComment(["The value as JSON, as it is sent: exactly what its `Encodable` conformance writes."]),
            name: "jsonValue", type: .named(RuntimeSymbols.jsonValue), kind: .computed([.line("jsonValue(extraFields: .included)")])
        ))
    }

    /// `func jsonValue(extraFields:)`: the JSON built directly, with or without extra fields.
    private static func inclusionFunction(_ body: [Statement]) -> Declaration {
        .function(FunctionDeclaration(
            doc: DocComment(["The value as JSON, built directly; `.omitted` leaves out the `extraFields` of closed objects, as validation checks it."]),
            kind: .function(name: "jsonValue", isStatic: false),
            parameters: [ParameterDeclaration(label: "extraFields", name: inclusion, type: .named(RuntimeSymbols.extraFieldsInclusion))],
            returnType: .named(RuntimeSymbols.jsonValue),
            body: body
        ))
    }
}
