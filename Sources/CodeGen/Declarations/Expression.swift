/// A Swift expression, described as data. `SwiftPrinter` turns it into text.
///
/// Generated code is planned as values of these types and printed by one printer, so that
/// quoting, escaping, indentation and ordering are decided in one place.
public indirect enum Expression: Sendable, Hashable {
    /// A literal value.
    case literal(Literal)
    /// A name, such as `SchemaNode` or `self`.
    case identifier(String)
    /// `base.member`, or `.member` when `base` is nil (implicit member expression).
    case member(Expression?, String)
    /// `callee(arguments)`.
    case call(Expression, [Argument])
    /// `callee(` then one argument a line, then `)`: for long calls such as descriptors.
    case multilineCall(Expression, [Argument])
    /// `[a, b, c]`. With `multiline`, one element a line.
    case array([Expression], multiline: Bool)
    /// `[key: value, …]`, in the given order. With `multiline`, one entry a line.
    case dictionary([(Expression, Expression)], multiline: Bool)
    /// `try expression`.
    case tryExpression(Expression)
    /// `await expression`.
    case awaitExpression(Expression)

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        String(describing: lhs) == String(describing: rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(String(describing: self))
    }
}

/// A Swift literal.
public enum Literal: Sendable, Hashable {
    case string(String)
    case int(Int)
    /// A floating-point number; printed so that it reads back as the same `Double`.
    case double(Double)
    case bool(Bool)
    case `nil`
    /// A raw multi-line string literal (`#"""` … `"""#`), one source line per line of the
    /// string: for long data such as an encoded schema table, whose compile time is then
    /// linear in its length. No line may contain a line break.
    case multilineRaw([String])
}

/// One argument of a call: `label: value`, or just `value` when the label is nil.
public struct Argument: Sendable, Hashable {
    public var label: String?
    public var value: Expression

    public init(_ label: String?, _ value: Expression) {
        self.label = label
        self.value = value
    }
}
