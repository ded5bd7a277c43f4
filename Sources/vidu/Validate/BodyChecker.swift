import Foundation
import ViduRuntime

/// Checks one JSON value (a body, a parameter or a callback header) against a
/// `ValidationTarget`: the schema first, then, when the schema is satisfied, that the value
/// decodes into the generated Swift type.
///
/// The two verdicts stay apart: `schema` is JSON Schema's answer alone, and `decoding` says
/// when a conforming body still does not fit the generated type (for example an integer beyond
/// `Int`'s 64 bits, which JSON Schema allows). Single-body output reports both; `--jsonl`
/// output keeps the schema verdict pure and marks undecodable lines.
struct BodyChecker {
    let target: ValidationTarget
    /// `--extra-fields`: a member that a closed object of the spec does not declare is what a
    /// generated request's `extraFields` sends. It is reported as not checked (it was checked
    /// only for being JSON) instead of as a violation.
    var allowsExtraFields = false

    /// The result for one body.
    enum Outcome {
        /// The text is not JSON.
        case notJSON(JSONInput.SyntaxError)
        /// The schema's violations (empty when it conforms), for a conforming body that does
        /// not decode into the generated type that failure as a `decode` violation, and with
        /// `--extra-fields` the pointers of the undeclared members that were not checked.
        case checked(schema: [Violation], decoding: Violation?, unchecked: [String])

        /// Every violation: the schema's, then the decoding failure.
        var violations: [Violation] {
            guard case .checked(let schema, let decoding, _) = self else { return [] }
            return schema + (decoding.map { [$0] } ?? [])
        }
    }

    func check(_ bytes: [UInt8]) -> Outcome {
        let value: JSONValue
        do {
            value = try JSONInput.parse(bytes)
        } catch {
            return .notJSON(error)
        }
        var violations = target.entry.validate(value)
        var unchecked: [String] = []
        if allowsExtraFields {
            unchecked = violations.filter(Self.isUndeclaredMember).map(\.pointer).sorted()
            violations.removeAll(where: Self.isUndeclaredMember)
        }
        guard violations.isEmpty else { return .checked(schema: violations, decoding: nil, unchecked: unchecked) }
        do {
            _ = try target.entry.decode(Data(bytes))
            return .checked(schema: [], decoding: nil, unchecked: unchecked)
        } catch {
            let violation = Self.integerBeyond64Bits(in: value, typeName: target.entry.typeName)
                ?? Self.decodingViolation(error, typeName: target.entry.typeName)
            return .checked(schema: [], decoding: violation, unchecked: unchecked)
        }
    }

    /// A member that a closed object refuses (`additionalProperties` or
    /// `unevaluatedProperties` false): what `extraFields` would send.
    static func isUndeclaredMember(_ violation: Violation) -> Bool {
        (violation.keyword == "additionalProperties" || violation.keyword == "unevaluatedProperties") && !violation.pointer.isEmpty
    }

    /// The first integer in `value` that JSON Schema accepts but Swift's `Int` cannot hold, as a
    /// violation: Foundation's decoder reports that case only as "not valid JSON", at the root.
    static func integerBeyond64Bits(in value: JSONValue, typeName: String, at pointer: String = "") -> Violation? {
        switch value {
        case .number(let number) where number.rounded(.towardZero) == number && (number >= 0x1p63 || number < -0x1p63):
            return Violation(
                pointer: pointer, keyword: "decode",
                message: "conforms to the spec, but \(SchemaNumberText.text(number)) is beyond the 64-bit integers \(typeName) holds")
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = integerBeyond64Bits(in: element, typeName: typeName, at: JSONPointer.appending(pointer, index)) { return found }
            }
            return nil
        case .object(let members):
            for key in members.keys.sorted() {
                if let found = integerBeyond64Bits(in: members[key]!, typeName: typeName, at: JSONPointer.appending(pointer, key)) { return found }
            }
            return nil
        default:
            return nil
        }
    }

    /// The decoding error as a violation at the coding path where it happened.
    static func decodingViolation(_ error: any Error, typeName: String) -> Violation {
        guard let decodingError = error as? DecodingError else {
            return Violation(pointer: "", keyword: "decode", message: "does not decode into \(typeName): \(error)")
        }
        let (path, reason): ([any CodingKey], String) = {
            switch decodingError {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return (context.codingPath, context.debugDescription)
            case .keyNotFound(let key, let context):
                return (context.codingPath + [key], context.debugDescription)
            @unknown default:
                return ([], "\(decodingError)")
            }
        }()
        let pointer = path.reduce("") { pointer, key in
            if let index = key.intValue { return JSONPointer.appending(pointer, index) }
            return JSONPointer.appending(pointer, key.stringValue)
        }
        return Violation(pointer: pointer, keyword: "decode", message: "does not decode into \(typeName): \(reason)")
    }
}
