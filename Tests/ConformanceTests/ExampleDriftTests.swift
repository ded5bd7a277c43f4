import Foundation
import Testing
import ViduRuntime

/// Keeps the positive cases equal to the specs' examples: every example object in a spec (an
/// `examples` map entry with a `value`) needs a case whose `example` names it and whose instance
/// equals its value, and every case's `example` must still exist.
/// `python3 Tests/Conformance/extract_examples.py` rewrites the case files.
@Suite("Spec examples have conformance cases")
struct ExampleDriftTests {
    static let providers = ["apimart", "apixo", "vidu", "uniall"]

    @Test("each spec example has an identical case", arguments: providers)
    func examplesHaveCases(provider: String) throws {
        let spec = try JSONValue(parsing: Data(contentsOf: ConformanceFiles.spec(provider)))
        let examples = Self.examples(in: spec)
        #expect(!examples.isEmpty)
        let cases = try ConformanceFiles.caseFiles()
            .filter { $0.deletingLastPathComponent().lastPathComponent == provider }
            .map(ConformanceCase.load)
        let byExample = Dictionary(cases.compactMap { c in c.example.map { ($0, c) } }, uniquingKeysWith: { first, _ in first })
        for (pointer, value) in examples.sorted(by: { $0.key < $1.key }) {
            guard let testCase = byExample[pointer] else {
                Issue.record("\(provider): spec example \(pointer) has no case file; run Tests/Conformance/extract_examples.py")
                continue
            }
            if let difference = JSONComparison.difference(testCase.instance, value) {
                Issue.record("\(testCase.name) differs from spec example \(pointer): \(difference); run Tests/Conformance/extract_examples.py")
            }
        }
        for testCase in cases {
            if let pointer = testCase.example, examples[pointer] == nil {
                Issue.record("\(testCase.name) names \(pointer), which is not an example in specs/\(provider).json")
            }
        }
    }

    /// Every example object's `value`, keyed by the example's JSON pointer in the spec.
    static func examples(in value: JSONValue, at pointer: String = "") -> [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        switch value {
        case .object(let members):
            for (key, member) in members {
                let here = JSONPointer.appending(pointer, key)
                if key == "examples", case .object(let map) = member, !map.isEmpty,
                    map.values.allSatisfy({ $0["value"] != nil })
                {
                    for (name, example) in map {
                        found[JSONPointer.appending(here, name)] = example["value"]
                    }
                } else {
                    found.merge(examples(in: member, at: here)) { first, _ in first }
                }
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                found.merge(examples(in: element, at: JSONPointer.appending(pointer, index))) { first, _ in first }
            }
        default:
            break
        }
        return found
    }
}
