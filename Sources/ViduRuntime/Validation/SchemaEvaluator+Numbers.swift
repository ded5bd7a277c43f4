extension SchemaEvaluator {
    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` and `multipleOf`.
    mutating func checkNumber(_ node: UnsafePointer<SchemaNode>, _ number: Double, reporting: Bool) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        var valid = true
        if let minimum = node.pointee.minimum, number < minimum {
            guard reporting else { return false }
            record("minimum", "must be at least \(Text.describe(minimum)) (got \(Text.describe(number)))")
            valid = false
        }
        if let maximum = node.pointee.maximum, number > maximum {
            guard reporting else { return false }
            record("maximum", "must be at most \(Text.describe(maximum)) (got \(Text.describe(number)))")
            valid = false
        }
        if let bound = node.pointee.exclusiveMinimum, number <= bound {
            guard reporting else { return false }
            record("exclusiveMinimum", "must be greater than \(Text.describe(bound)) (got \(Text.describe(number)))")
            valid = false
        }
        if let bound = node.pointee.exclusiveMaximum, number >= bound {
            guard reporting else { return false }
            record("exclusiveMaximum", "must be less than \(Text.describe(bound)) (got \(Text.describe(number)))")
            valid = false
        }
        if let divisor = node.pointee.multipleOf, !Self.isMultiple(number, of: divisor) {
            guard reporting else { return false }
            record("multipleOf", "must be a multiple of \(Text.describe(divisor)) (got \(Text.describe(number)))")
            valid = false
        }
        return valid
    }

    /// `multipleOf` as Python's jsonschema decides it: when both numbers are whole, by exact
    /// remainder; otherwise the quotient must be finite and whole.
    static func isMultiple(_ number: Double, of divisor: Double) -> Bool {
        if number.rounded(.towardZero) == number, divisor.rounded(.towardZero) == divisor, number.isFinite, divisor.isFinite {
            return number.truncatingRemainder(dividingBy: divisor) == 0
        }
        let quotient = number / divisor
        guard quotient.isFinite else { return false }
        return quotient.rounded(.towardZero) == quotient
    }
}
