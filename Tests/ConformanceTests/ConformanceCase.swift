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
        /// A body taken from a named real source (`evidence` says which, and what it proved).
        case evidence
    }

    /// What a real source showed about an evidence case's body.
    struct Evidence: Decodable, Hashable, Sendable {
        /// What the real API or its client did with the body.
        enum Verdict: String, Decodable, Sendable {
            /// The real API takes this request: the case must expect it valid.
            case accepted
            /// The real API refuses this request: the case must expect violations (the client refuses it first).
            case refused
            /// The server sent or documents this response or callback body: it must decode.
            case observed
        }

        /// A repository + path (+ commit), or a page URL.
        let source: String
        let verdict: Verdict
        /// Names of facts in `Tests/Conformance/evidence-facts.json` (`evidence.md#1`, `survey V1`, ...).
        let facts: [String]

        enum CodingKeys: String, CodingKey {
            case source, verdict, facts
        }

        init(from decoder: any Decoder) throws {
            let unknown = Set(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue))
                .subtracting(["source", "verdict", "facts"])
            guard unknown.isEmpty else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown evidence members \(unknown.sorted())"))
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            source = try container.decode(String.self, forKey: .source)
            verdict = try container.decode(Verdict.self, forKey: .verdict)
            facts = try container.decode([String].self, forKey: .facts)
        }
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
    /// The real source of an evidence case's body.
    var evidence: Evidence?

    var expectsValid: Bool { expected.isEmpty }

    /// A response body, or the body or a header of a callback: what the provider sends.
    var isProviderSent: Bool { direction == .response || webhook != nil }

    var kind: Kind {
        if evidence != nil { return .evidence }
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
        let testCase = ConformanceCase(
            name: name, provider: file.provider, operation: file.operation, webhook: file.webhook,
            direction: file.direction, status: file.status, parameter: file.parameter,
            instance: expandRepeats(file.instance), expected: file.expect.sorted(), source: file.source,
            example: file.example, evidence: file.evidence
        )
        if let problem = testCase.evidenceProblem {
            throw CaseFileError(description: "\(name): \(problem)")
        }
        return testCase
    }

    /// Why an evidence case's members contradict each other, or nil. A request's verdict is
    /// `accepted` (expect "valid") or `refused` (expect a non-empty list); a response or callback
    /// body's verdict is `observed` and it expects "valid".
    var evidenceProblem: String? {
        guard let evidence else { return nil }
        if example != nil { return "an evidence case is not a spec example; drop `example`" }
        if evidence.source.trimmingCharacters(in: .whitespaces).isEmpty { return "evidence.source is empty" }
        if evidence.facts.isEmpty { return "evidence.facts is empty" }
        switch (isProviderSent, evidence.verdict) {
        case (true, .observed):
            return expectsValid ? nil : "an observed body must expect \"valid\""
        case (true, _):
            return "a response or callback body's verdict is \"observed\", not \"\(evidence.verdict.rawValue)\""
        case (false, .accepted):
            return expectsValid ? nil : "an accepted request must expect \"valid\""
        case (false, .refused):
            return expectsValid ? "a refused request must expect its violations" : nil
        case (false, .observed):
            return "a request's verdict is \"accepted\" or \"refused\", not \"observed\""
        }
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
    let evidence: ConformanceCase.Evidence?

    enum CodingKeys: String, CodingKey {
        case provider, operation, webhook, direction, status, parameter, instance, expect, source, example, evidence
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let unknown = Set(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue))
            .subtracting(["provider", "operation", "webhook", "direction", "status", "parameter", "instance", "expect", "source", "example", "evidence"])
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
        evidence = try container.decodeIfPresent(ConformanceCase.Evidence.self, forKey: .evidence)
    }
}

private struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
