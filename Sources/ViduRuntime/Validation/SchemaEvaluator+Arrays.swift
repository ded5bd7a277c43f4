extension SchemaEvaluator {
    /// `prefixItems`, `items`, `contains` with `minContains`/`maxContains`, `minItems`,
    /// `maxItems` and `uniqueItems`.
    mutating func checkArray(
        _ node: UnsafePointer<SchemaNode>, _ elements: [JSONValue], reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        var valid = true
        let prefixCount = Swift.min(elements.count, node.pointee.prefixItems.count)
        for offset in 0..<prefixCount {
            let ok = applyAt(
                .index(offset), node.pointee.prefixItems[offset], elements[offset], reporting: reporting,
                keyword: "prefixItems", falseMessage: "is not allowed (the schema for this position is false)")
            if !ok {
                guard reporting else { return false }
                valid = false
            }
        }
        if needs { annotations.itemPrefix = Swift.max(annotations.itemPrefix, prefixCount) }
        if let items = node.pointee.items {
            for offset in node.pointee.prefixItems.count..<Swift.max(elements.count, node.pointee.prefixItems.count) {
                let ok = applyAt(
                    .index(offset), items, elements[offset], reporting: reporting, keyword: "items",
                    falseMessage: "is not allowed (the array may have at most \(Text.count(node.pointee.prefixItems.count, "item")))")
                if !ok {
                    guard reporting else { return false }
                    valid = false
                }
            }
            if needs { annotations.allItems = true }
        }
        if let contains = node.pointee.contains, !checkContains(node, contains, elements, reporting: reporting, needs: needs, into: &annotations) {
            guard reporting else { return false }
            valid = false
        }
        if let minimum = node.pointee.minItems, elements.count < minimum {
            guard reporting else { return false }
            record("minItems", "must have at least \(Text.count(minimum, "item")) (has \(elements.count))")
            valid = false
        }
        if let maximum = node.pointee.maxItems, elements.count > maximum {
            guard reporting else { return false }
            record("maxItems", "must have at most \(Text.count(maximum, "item")) (has \(elements.count))")
            valid = false
        }
        if node.pointee.uniqueItems, let (first, second) = Self.firstDuplicate(in: elements) {
            guard reporting else { return false }
            record("uniqueItems", "must not contain equal items (items \(first) and \(second) are both \(Text.describe(elements[first])))")
            valid = false
        }
        return valid
    }

    private mutating func checkContains(
        _ node: UnsafePointer<SchemaNode>, _ contains: Int, _ elements: [JSONValue], reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        typealias Text = SchemaEvaluatorDescriptions
        let minimum = node.pointee.minContains ?? 1
        var matches = 0
        for (offset, element) in elements.enumerated() {
            path.append(.index(offset))
            var ignored = SchemaEvaluatorAnnotations()
            let ok = evaluate(contains, element, reporting: false, collect: false, into: &ignored)
            path.removeLast()
            guard ok else { continue }
            matches += 1
            if needs { annotations.items.insert(offset) }
            if !needs && !reporting && node.pointee.maxContains == nil && matches >= minimum { return true }
        }
        var valid = true
        if matches < minimum {
            guard reporting else { return false }
            let keyword = node.pointee.minContains == nil ? "contains" : "minContains"
            record(keyword, "must contain at least \(Text.count(minimum, "item")) matching \"contains\" (has \(matches))")
            valid = false
        }
        if let maximum = node.pointee.maxContains, matches > maximum {
            guard reporting else { return false }
            record("maxContains", "must contain at most \(Text.count(maximum, "item")) matching \"contains\" (has \(matches))")
            valid = false
        }
        return valid
    }

    /// The first two indexes whose elements are equal (JSON equality: `1 == 1.0`, key order
    /// ignored, strings by scalars), or nil.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            for second in elements.indices {
                for first in 0..<second where SchemaEvaluatorEquality.equal(elements[first], elements[second]) {
                    return (first, second)
                }
            }
            return nil
        }
        var seen: [SchemaEvaluatorExactValue: Int] = [:]
        for (offset, element) in elements.enumerated() {
            let key = SchemaEvaluatorExactValue(value: element)
            if let first = seen[key] { return (first, offset) }
            seen[key] = offset
        }
        return nil
    }
}
