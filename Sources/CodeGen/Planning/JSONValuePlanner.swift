/// Plans `jsonValue` (the `JSONValueRepresentable` conformance) of generated structs, open
/// enums and unions: the `JSONValue` built directly, equal to what the type's `Encodable`
/// conformance produces, so that validation does not go through an `Encoder`.
enum JSONValuePlanner {
    /// The runtime protocol the planned member implements.
    static let conformance = "JSONValueRepresentable"

    private static let doc = DocComment(["The value as JSON, built directly: exactly what its `Encodable` conformance writes."])

    /// A struct's members in spec order (`jsonName`, Swift name, declared type); optional
    /// members are left out when nil, as the synthesized `encode(to:)` leaves them out.
    static func structProperty(_ members: [(jsonName: String, name: String, type: SwiftType)]) -> Declaration {
        var body: [Statement] = [.line("var object = [String: JSONValue](minimumCapacity: \(members.count))")]
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
        body.append(.line("return .object(object)"))
        return property(body)
    }

    /// An open enum: its raw value as a string.
    static func enumProperty() -> Declaration {
        property([.returnValue(.call(.member(nil, "string"), [Argument(nil, .identifier("rawValue"))]))])
    }

    /// A union: the JSON of the branch it holds.
    static func unionProperty(_ branches: [(caseName: String, type: SwiftType)]) -> Declaration {
        property([.switchOver(subject: "self", cases: branches.map { branch in
            SwitchCase([".\(branch.caseName)(let value)"], [.returnValue(expression(.identifier("value"), of: branch.type))])
        })])
    }

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
        case .named("JSONValue"): return value
        case .array: return wrap("array", .call(.member(value, "map"), [Argument(nil, .identifier("\\.jsonValue"))]))
        case .dictionary: return wrap("object", .call(.member(value, "mapValues"), [Argument(nil, .identifier("\\.jsonValue"))]))
        case .named, .optional: return .member(value, "jsonValue")
        }
    }

    private static func property(_ body: [Statement]) -> Declaration {
        .property(PropertyDeclaration(doc: doc, name: "jsonValue", type: .named("JSONValue"), kind: .computed(body)))
    }
}
