import ViduRuntime

/// Semantic comparison of JSON documents: key order does not matter, and numbers compare by
/// value (`1 == 1.0`), as `JSONValue` holds every number as a `Double`.
enum JSONComparison {
    /// The first place where `actual` and `expected` differ, as a sentence; nil when equal.
    static func difference(_ actual: JSONValue, _ expected: JSONValue, at pointer: String = "") -> String? {
        compare(actual, expected, at: pointer, allowMissing: false)
    }

    /// The first place where `part` is not contained in `whole`: every member of `part` must be in
    /// `whole` with an equal value (arrays element by element); `whole` may have more members.
    static func notContained(_ part: JSONValue, in whole: JSONValue, at pointer: String = "") -> String? {
        compare(part, whole, at: pointer, allowMissing: true)
    }

    private static func compare(_ actual: JSONValue, _ expected: JSONValue, at pointer: String, allowMissing: Bool) -> String? {
        switch (actual, expected) {
        case (.object(let left), .object(let right)):
            for key in left.keys.sorted() {
                let here = JSONPointer.appending(pointer, key)
                guard let other = right[key] else { return "\(here) was added (\(left[key]!.jsonText()))" }
                if let found = compare(left[key]!, other, at: here, allowMissing: allowMissing) { return found }
            }
            if !allowMissing, let key = right.keys.sorted().first(where: { left[$0] == nil }) {
                return "\(JSONPointer.appending(pointer, key)) was dropped (\(right[key]!.jsonText()))"
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else {
                return "\(pointer.isEmpty ? "/" : pointer) has \(left.count) elements instead of \(right.count)"
            }
            for (index, pair) in zip(left, right).enumerated() {
                if let found = compare(pair.0, pair.1, at: JSONPointer.appending(pointer, index), allowMissing: allowMissing) {
                    return found
                }
            }
            return nil
        default:
            return actual == expected ? nil : "\(pointer.isEmpty ? "/" : pointer) is \(actual.jsonText()) instead of \(expected.jsonText())"
        }
    }
}
