extension SchemaEvaluator {
    /// `minLength`, `maxLength` (counted in Unicode scalars, as JSON Schema counts code
    /// points) and `pattern` (matched anywhere in the string).
    mutating func checkString(_ node: SchemaNode, _ string: String, reporting: Bool) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        var valid = true
        if node.minLength != nil || node.maxLength != nil {
            let length = string.unicodeScalars.count
            if let minimum = node.minLength, length < minimum {
                guard reporting else { return false }
                record("minLength", "must have at least \(Text.count(minimum, "character")) (has \(length))")
                valid = false
            }
            if let maximum = node.maxLength, length > maximum {
                guard reporting else { return false }
                record("maxLength", "must have at most \(Text.count(maximum, "character")) (has \(length))")
                valid = false
            }
        }
        if let pattern = node.pattern, !pattern.matches(string) {
            guard reporting else { return false }
            record(
                "pattern",
                "must match the pattern \(Text.describe(.string(pattern.source))) (got \(Text.describe(.string(string))))")
            valid = false
        }
        return valid
    }
}
