/// Whether a value's JSON carries the `extraFields` of the closed objects inside it.
public enum ExtraFieldsInclusion: Sendable, Hashable {
    /// The JSON that is sent: declared members and extra fields.
    case included
    /// The declared members only: the JSON that is checked against the spec.
    case omitted
}

/// Where a value's extra fields are, and which of them clash with a declared member.
///
/// Every generated type for a closed request object (`additionalProperties: false`) has
/// `extraFields: [String: JSONValue]`: members the spec does not declare yet, sent exactly as
/// given after the declared ones. They are the escape hatch for a field the provider takes but
/// the spec does not know; they are checked only for being JSON. This compares a value's JSON
/// with and without them.
public struct ExtraFieldsReport: Sendable, Hashable {
    /// JSON pointers of the members only the extra fields set: sent unchecked.
    public var unchecked: [String] = []
    /// JSON pointers of declared members that an extra field overrides with a different value.
    public var conflicts: [String] = []

    /// Compares `wire` (extra fields included) with `declared` (omitted).
    public init(wire: JSONValue, declared: JSONValue) {
        compare(wire, declared, at: "")
        unchecked.sort()
        conflicts.sort()
    }

    private mutating func compare(_ wire: JSONValue, _ declared: JSONValue, at pointer: String) {
        switch (wire, declared) {
        case (.object(let wireMembers), .object(let declaredMembers)):
            for (name, value) in wireMembers {
                let member = JSONPointer.appending(pointer, name)
                if let declaredValue = declaredMembers[name] {
                    compare(value, declaredValue, at: member)
                } else {
                    unchecked.append(member)
                }
            }
        case (.array(let wireElements), .array(let declaredElements)) where wireElements.count == declaredElements.count:
            for (index, pair) in zip(wireElements, declaredElements).enumerated() {
                compare(pair.0, pair.1, at: JSONPointer.appending(pointer, index))
            }
        default:
            if wire != declared { conflicts.append(pointer) }
        }
    }

    /// One violation per conflict: an extra field may add a member, not replace a declared one.
    public var conflictViolations: [Violation] {
        conflicts.map { pointer in
            Violation(
                pointer: pointer, keyword: "extraFields",
                message: "is set both as a declared property and in extraFields; set it in one place"
            )
        }
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// Adds `extraFields` to these declared members; an extra field replaces a declared member
    /// of the same name, which validation then reports as a conflict.
    @_spi(Generated) @inlinable public mutating func addExtraFields(_ extraFields: [String: JSONValue]) {
        guard !extraFields.isEmpty else { return }
        merge(extraFields) { _, extra in extra }
    }
}
