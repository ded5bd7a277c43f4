import Foundation
import ViduRuntime

/// Runs one case against the generated code and returns what went wrong (nothing when it passes).
///
/// Every case: the schema's violations, as (pointer, keyword) pairs, must equal `expect` exactly,
/// duplicates included, in any order. A case expected valid must also decode into its generated
/// type and pass that type's `validate()`; re-encoding the decoded value must give back the
/// instance (positive and request cases: exactly, semantically; forward-compat cases: everything
/// the type keeps must equal the instance; observed evidence bodies the same), and every JSON-in-string member the entry lists must
/// hold conforming JSON that decodes (`EmbeddedJSONChecks`). Parameter and header cases use the
/// generated parameter entries the same way.
enum ConformanceRunner {
    static func failures(of testCase: ConformanceCase) -> [String] {
        let entry: SchemaEntry
        switch ProviderEntries.entry(for: testCase) {
        case .success(let found): entry = found
        case .failure(let error): return [error.description]
        }
        var failures = violationFailures(entry.validate(testCase.instance), expected: testCase.expected)
        if testCase.expectsValid {
            failures += decodingFailures(of: testCase, entry: entry)
        }
        return failures
    }

    private static func violationFailures(_ violations: [Violation], expected: [ConformanceCase.ExpectedViolation]) -> [String] {
        let got = violations.map { ConformanceCase.ExpectedViolation(pointer: $0.pointer, keyword: $0.keyword) }.sorted()
        guard got != expected else { return [] }
        let wanted = expected.isEmpty ? "valid" : expected.map(\.description).joined(separator: " ")
        let found = violations.isEmpty ? "valid" : violations.map { "(\($0.pointer) \($0.keyword): \($0.message))" }.joined(separator: " ")
        return ["expected \(wanted); got \(found)"]
    }

    private static func decodingFailures(of testCase: ConformanceCase, entry: SchemaEntry) -> [String] {
        let decoded: any Sendable
        do {
            decoded = try entry.decode(Data(testCase.instance.jsonText().utf8))
        } catch {
            return ["does not decode into \(entry.typeName): \(error)"]
        }
        var failures: [String] = []
        if let validated = decoded as? any SchemaValidated {
            let typed = validated.validate()
            if !typed.isEmpty {
                failures.append("\(entry.typeName).validate() reports \(typed.map(\.description).joined(separator: "; "))")
            }
        }
        guard let encodable = decoded as? any Encodable else {
            return failures + ["\(entry.typeName) is not Encodable"]
        }
        do {
            let encoded = try JSONValueEncoder().encode(encodable)
            // Forward-compat and observed evidence bodies may lose unknown members; everything else round-trips exactly.
            let provided = testCase.kind == .forwardCompat || (testCase.kind == .evidence && testCase.isProviderSent)
            let difference = provided
                ? JSONComparison.notContained(encoded, in: testCase.instance)
                : JSONComparison.difference(encoded, testCase.instance)
            if let difference {
                failures.append("re-encoding \(entry.typeName) changes the instance: \(difference)")
            }
        } catch {
            failures.append("\(entry.typeName) does not re-encode: \(error)")
        }
        failures += EmbeddedJSONChecks.failures(of: testCase.instance, entry: entry)
        return failures
    }
}
