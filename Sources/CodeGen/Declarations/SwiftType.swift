/// A Swift type as generated code names it, such as `[String]` or `Acme.Model?`.
public indirect enum SwiftType: Sendable, Hashable {
    /// A named type, possibly qualified (`Int`, `Acme.Task`).
    case named(String)
    /// `[Element]`.
    case array(SwiftType)
    /// `[String: Value]`.
    case dictionary(SwiftType)
    /// `Wrapped?`.
    case optional(SwiftType)

    /// The Swift spelling.
    public var text: String {
        switch self {
        case .named(let name): return name
        case .array(let element): return "[\(element.text)]"
        case .dictionary(let value): return "[String: \(value.text)]"
        case .optional(let wrapped):
            let text = wrapped.text
            return text.contains("->") ? "(\(text))?" : "\(text)?"
        }
    }

    /// The type without one level of optionality.
    public var nonOptional: SwiftType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    /// True for `T?`.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// `T?`, unless the type is optional already.
    public var optional: SwiftType {
        isOptional ? self : .optional(self)
    }
}
