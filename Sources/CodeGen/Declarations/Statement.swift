/// One statement of a function body, described as data.
///
/// Short bodies are plain lines; anything with nesting (`switch`, `if`, `do`) is a block, so
/// the printer alone decides indentation.
public indirect enum Statement: Sendable, Hashable {
    /// One line of code, printed at the current indentation.
    case line(String)
    /// `return expression`.
    case returnValue(Expression)
    /// An expression on its own line, such as a call.
    case expression(Expression)
    /// `header {`, the body one level deeper, then `}` (or `} trailer {` chains through `next`).
    case block(header: String, body: [Statement])
    /// `switch subject {`, its cases at the same level as `switch`, their bodies one deeper.
    case switchOver(subject: String, cases: [SwitchCase])
    /// An empty line.
    case blank
}

/// One `case …:` (or `default:`) of a `switch`.
public struct SwitchCase: Sendable, Hashable {
    /// The patterns after `case`; empty for `default`.
    public var patterns: [String]
    public var body: [Statement]

    public init(_ patterns: [String], _ body: [Statement]) {
        self.patterns = patterns
        self.body = body
    }

    /// `default:`.
    public static func defaultCase(_ body: [Statement]) -> SwitchCase {
        SwitchCase([], body)
    }
}
