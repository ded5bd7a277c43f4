/// JSON equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`.
///
/// Unlike `JSONValue`'s `==`, strings compare by Unicode scalars, not by canonical
/// equivalence: `"\u{E4}"` (ä) and `"a\u{308}"` (a + combining diaeresis) are different
/// strings to JSON Schema. Numbers compare by value (`1 == 1.0`), `false` is not `0`, and
/// objects compare without regard to key order.
enum SchemaEvaluatorEquality {
    /// True when `lhs` and `rhs` are the same JSON value.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return sameScalars(a, b)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let index = b.index(forKey: key), sameScalars(b[index].key, key), equal(b[index].value, value) else {
                    return false
                }
            }
            return true
        default:
            return false
        }
    }

    /// True when `values` contains a value equal to `value`.
    static func contains(_ values: [JSONValue], _ value: JSONValue) -> Bool {
        values.contains { equal($0, value) }
    }

    /// Feeds `value` into `hasher` consistently with `equal`: equal values hash alike.
    static func hash(_ value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let bool): hasher.combine(bool)
        case .number(let number): hasher.combine(number)
        case .string(let string): hashScalars(string, into: &hasher)
        case .array(let elements):
            hasher.combine(elements.count)
            for element in elements { hash(element, into: &hasher) }
        case .object(let members):
            // Order-independent: combine the members' own hashes commutatively.
            var sum = 0
            for (key, member) in members {
                var inner = Hasher()
                hashScalars(key, into: &inner)
                hash(member, into: &inner)
                sum = sum &+ inner.finalize()
            }
            hasher.combine(members.count)
            hasher.combine(sum)
        }
    }

    private static func sameScalars(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    private static func hashScalars(_ string: String, into hasher: inout Hasher) {
        hasher.combine(string.utf8.count)
        for byte in string.utf8 { hasher.combine(byte) }
    }
}

/// A `JSONValue` hashed and compared with `SchemaEvaluatorEquality`, for sets of items.
struct SchemaEvaluatorExactValue: Hashable {
    let value: JSONValue

    static func == (lhs: SchemaEvaluatorExactValue, rhs: SchemaEvaluatorExactValue) -> Bool {
        SchemaEvaluatorEquality.equal(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        SchemaEvaluatorEquality.hash(value, into: &hasher)
    }
}
