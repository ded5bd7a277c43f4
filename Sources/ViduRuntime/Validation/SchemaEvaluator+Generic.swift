extension SchemaEvaluator {
    /// `type`, `enum` and `const`, which apply to every kind of instance.
    mutating func checkGeneric(_ node: UnsafePointer<SchemaNode>, _ instance: JSONValue, reporting: Bool) -> Bool {
        var valid = true
        if !node.pointee.types.isEmpty, !node.pointee.types.contains(where: { Self.instance(instance, hasType: $0) }) {
            guard reporting else { return false }
            let names = node.pointee.types.map(\.rawValue)
            let expected = names.count == 1 ? "of type \(names[0])" : "one of the types \(names.joined(separator: ", "))"
            record("type", "must be \(expected) (got \(SchemaEvaluatorDescriptions.describeWithType(instance)))")
            valid = false
        }
        if let values = node.pointee.enumValues, !SchemaEvaluatorEquality.contains(values, instance) {
            guard reporting else { return false }
            let message = values.count == 1
                ? "must be \(SchemaEvaluatorDescriptions.describe(values[0]))"
                : "must be one of \(SchemaEvaluatorDescriptions.describe(list: values))"
            record("enum", message + " (got \(SchemaEvaluatorDescriptions.describe(instance)))")
            valid = false
        }
        if let constant = node.pointee.constValue, !SchemaEvaluatorEquality.equal(constant, instance) {
            guard reporting else { return false }
            record(
                "const",
                "must be \(SchemaEvaluatorDescriptions.describe(constant)) (got \(SchemaEvaluatorDescriptions.describe(instance)))")
            valid = false
        }
        return valid
    }

    /// True when `instance` is of JSON Schema type `type`. An integer is any number whose
    /// fractional part is zero, so `1.0` is an integer.
    static func instance(_ instance: JSONValue, hasType type: JSONType) -> Bool {
        switch (type, instance) {
        case (.null, .null), (.boolean, .bool), (.string, .string), (.array, .array), (.object, .object),
            (.number, .number):
            return true
        case (.integer, .number(let number)):
            return number.isFinite && number.rounded(.towardZero) == number
        default:
            return false
        }
    }
}
