import Foundation
import ViduRuntime

/// One case file of `Tests/Conformance/cases` (format: `Tests/Conformance/README.md`).
struct ConformanceCase: Sendable {
    /// Which body of the operation or webhook the instance is.
    enum Direction: String, Decodable, Sendable {
        case request
        case response
    }

    /// How the summary counts a case.
    enum Kind: String, Sendable, CaseIterable {
        /// A documented example from a spec (`example` names it).
        case positive
        /// An instance built for a documented rule: rejected, or the accepted side of a boundary.
        case negative
        /// An accepted response or callback body that is not a spec example.
        case forwardCompat = "forward-compat"
    }

    /// One expected violation: where, and which keyword.
    struct ExpectedViolation: Decodable, Hashable, Comparable, Sendable, CustomStringConvertible {
        let pointer: String
        let keyword: String

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.pointer, lhs.keyword) < (rhs.pointer, rhs.keyword)
        }

        var description: String { "(\(pointer.isEmpty ? "\"\"" : pointer) \(keyword))" }
    }

    /// `<provider>/<file name>`, for messages.
    var name: String
    var provider: String
    var operation: String?
    var webhook: String?
    var direction: Direction
    var status: String?
    /// The name of a parameter (or header) whose example this is; nil for a body.
    var parameter: String?
    /// The instance, with every `{"$repeat": S, "times": N}` expanded.
    var instance: JSONValue
    /// The expected violations, sorted; empty means the instance must be accepted.
    var expected: [ExpectedViolation]
    var source: String
    /// The JSON pointer of the spec example this case copies, for positive cases.
    var example: String?

    var expectsValid: Bool { expected.isEmpty }

    var kind: Kind {
        if example != nil { return .positive }
        if expectsValid && (direction == .response || webhook != nil) { return .forwardCompat }
        return .negative
    }

    /// Reads a case file.
    static func load(_ url: URL) throws -> ConformanceCase {
        let file = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url))
        let name = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
        guard (file.operation == nil) != (file.webhook == nil) else {
            throw CaseFileError(description: "\(name): exactly one of operation and webhook must be set")
        }
        guard file.direction == .request || file.status != nil else {
            throw CaseFileError(description: "\(name): a response case needs a status")
        }
        return ConformanceCase(
            name: name, provider: file.provider, operation: file.operation, webhook: file.webhook,
            direction: file.direction, status: file.status, parameter: file.parameter,
            instance: expandRepeats(file.instance), expected: file.expect.sorted(), source: file.source,
            example: file.example
        )
    }

    /// Replaces `{"$repeat": S, "times": N}` with S repeated N times, anywhere in `value`.
    static func expandRepeats(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            if members.count == 2, case .string(let text)? = members["$repeat"], case .number(let times)? = members["times"] {
                return .string(String(repeating: text, count: Int(times)))
            }
            return .object(members.mapValues(expandRepeats))
        case .array(let elements):
            return .array(elements.map(expandRepeats))
        default:
            return value
        }
    }
}

/// A case file that does not follow the format.
struct CaseFileError: Error, CustomStringConvertible {
    let description: String
}

/// The file as written; `expect` is `"valid"` or a list of violations.
private struct CaseFile: Decodable {
    let provider: String
    let operation: String?
    let webhook: String?
    let direction: ConformanceCase.Direction
    let status: String?
    let parameter: String?
    let instance: JSONValue
    let expect: [ConformanceCase.ExpectedViolation]
    let source: String
    let example: String?

    enum CodingKeys: String, CodingKey {
        case provider, operation, webhook, direction, status, parameter, instance, expect, source, example
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let unknown = Set(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue))
            .subtracting(["provider", "operation", "webhook", "direction", "status", "parameter", "instance", "expect", "source", "example"])
        guard unknown.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown members \(unknown.sorted())"))
        }
        provider = try container.decode(String.self, forKey: .provider)
        operation = try container.decodeIfPresent(String.self, forKey: .operation)
        webhook = try container.decodeIfPresent(String.self, forKey: .webhook)
        direction = try container.decode(ConformanceCase.Direction.self, forKey: .direction)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        parameter = try container.decodeIfPresent(String.self, forKey: .parameter)
        instance = try container.decode(JSONValue.self, forKey: .instance)
        if let word = try? container.decode(String.self, forKey: .expect) {
            guard word == "valid" else {
                throw DecodingError.dataCorruptedError(forKey: .expect, in: container, debugDescription: "expect is \"valid\" or a list")
            }
            expect = []
        } else {
            expect = try container.decode([ConformanceCase.ExpectedViolation].self, forKey: .expect)
            guard !expect.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .expect, in: container, debugDescription: "an empty list; write \"valid\"")
            }
        }
        source = try container.decode(String.self, forKey: .source)
        example = try container.decodeIfPresent(String.self, forKey: .example)
    }
}

private struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
