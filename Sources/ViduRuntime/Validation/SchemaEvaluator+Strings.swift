extension SchemaEvaluator {
    /// `minLength`, `maxLength` (counted in Unicode scalars, as JSON Schema counts code
    /// points) and `pattern` (matched anywhere in the string).
    mutating func checkString(_ node: UnsafePointer<SchemaNode>, _ string: String, reporting: Bool) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        var valid = true
        if node.pointee.minLength != nil || node.pointee.maxLength != nil, !Self.lengthIsSurelyWithin(node, string) {
            let length = string.unicodeScalars.count
            if let minimum = node.pointee.minLength, length < minimum {
                guard reporting else { return false }
                record("minLength", "must have at least \(Text.count(minimum, "character")) (has \(length))")
                valid = false
            }
            if let maximum = node.pointee.maxLength, length > maximum {
                guard reporting else { return false }
                record("maxLength", "must have at most \(Text.count(maximum, "character")) (has \(length))")
                valid = false
            }
        }
        if let pattern = node.pointee.pattern, !pattern.matches(string) {
            guard reporting else { return false }
            record(
                "pattern",
                "\(PatternWording.requirement(pattern.source)) (got \(Text.describe(.string(string))))")
            valid = false
        }
        return valid
    }

    /// True when the string's length certainly satisfies both bounds without counting
    /// scalars: a string of `n` UTF-8 bytes has between `n / 4` (rounded up) and `n` scalars.
    private static func lengthIsSurelyWithin(_ node: UnsafePointer<SchemaNode>, _ string: String) -> Bool {
        let bytes = string.utf8.count
        if let maximum = node.pointee.maxLength, bytes > maximum { return false }
        if let minimum = node.pointee.minLength, (bytes + 3) / 4 < minimum { return false }
        return true
    }
}
