import Foundation
import ViduRuntime

/// Checks one JSON body against a `ValidationTarget`: the schema first, then, when the schema
/// is satisfied, that the body decodes into the generated Swift type.
///
/// A decoding failure of a conforming body is a generator bug; it is reported as a violation
/// with keyword `decode` so it cannot pass unnoticed.
struct BodyChecker {
    let target: ValidationTarget

    /// The result for one body.
    enum Outcome {
        /// The text is not JSON.
        case notJSON(JSONTextParser.SyntaxError)
        /// Every violation; empty when the body conforms and decodes.
        case checked([Violation])
    }

    func check(_ bytes: [UInt8]) -> Outcome {
        let value: JSONValue
        do {
            value = try JSONTextParser.parse(bytes)
        } catch {
            return .notJSON(error)
        }
        let violations = target.entry.validate(value)
        guard violations.isEmpty else { return .checked(violations) }
        do {
            _ = try target.entry.decode(Data(bytes))
            return .checked([])
        } catch {
            return .checked([Self.decodingViolation(error, typeName: target.entry.typeName)])
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
