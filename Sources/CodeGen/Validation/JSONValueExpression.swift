import SpecKit

/// Swift expressions that build runtime `JSONValue`s from spec JSON, for `enum` and `const`.
///
/// Every value is spelled with its case (`.string("a")`, `.number(1.0)`, `.object([...])`),
/// never as a bare literal, so large tables type-check without literal inference.
public enum JSONValueExpression: Sendable {
    /// The expression for `node`. Objects keep the last of duplicate keys (as JSON readers
    /// do) and list members in source order.
    public static func expression(for node: JSONNode) -> Expression {
        switch node.value {
        case .null:
            return .member(nil, "null")
        case .bool(let bool):
            return .call(.member(nil, "bool"), [Argument(nil, .literal(.bool(bool)))])
        case .number(let number, _):
            return .call(.member(nil, "number"), [Argument(nil, .literal(.double(number)))])
        case .string(let string):
            return .call(.member(nil, "string"), [Argument(nil, .literal(.string(string)))])
        case .array(let elements):
            return .call(.member(nil, "array"), [Argument(nil, .array(elements.map(expression(for:)), multiline: false))])
        case .object(let members):
            var lastIndex: [String: Int] = [:]
            for (offset, member) in members.enumerated() { lastIndex[member.key] = offset }
            let entries = members.enumerated()
                .filter { lastIndex[$0.element.key] == $0.offset }
                .map { (Expression.literal(.string($0.element.key)), expression(for: $0.element.value)) }
            return .call(.member(nil, "object"), [Argument(nil, .dictionary(entries, multiline: false))])
        }
    }
}
