import Foundation
import Testing
import ViduRuntime

/// `Tests/Conformance/evidence-facts.json`: every fact of evidence.md and of the wire survey is
/// proved by at least one case file or says, in `notInSpec`, why the spec has none; and every
/// evidence case names only facts listed there.
@Suite("Evidence facts")
struct EvidenceFactsTests {
    struct Fact: Decodable {
        let id: String
        let statement: String
        let sources: [String]
        let cases: [String]
        let notInSpec: String?
    }

    struct FactsFile: Decodable {
        let facts: [Fact]
    }

    static func facts() throws -> [Fact] {
        let url = ConformanceFiles.packageRoot.appendingPathComponent("Tests/Conformance/evidence-facts.json")
        return try JSONDecoder().decode(FactsFile.self, from: Data(contentsOf: url)).facts
    }

    /// evidence.md items 1-15 and the survey's V1-V17, A1-A8, U1-U4, M1-M4, F1 (fal), R1-R2 (Replicate).
    static let expectedIDs: Set<String> = Set(
        (1...15).map { "evidence.md#\($0)" } + (1...17).map { "survey V\($0)" } + (1...8).map { "survey A\($0)" }
            + (1...4).map { "survey U\($0)" } + (1...4).map { "survey M\($0)" } + ["survey F1", "survey R1", "survey R2"])

    @Test("every fact of evidence.md and the survey is listed once, with a statement and sources")
    func everyFactListed() throws {
        let facts = try Self.facts()
        let ids = facts.map(\.id)
        #expect(Set(ids) == Self.expectedIDs, "missing \(Self.expectedIDs.subtracting(ids).sorted()), unexpected \(Set(ids).subtracting(Self.expectedIDs).sorted())")
        #expect(ids.count == Set(ids).count, "a fact is listed twice")
        for fact in facts {
            #expect(!fact.statement.isEmpty && !fact.sources.isEmpty, "\(fact.id) needs a statement and sources")
        }
    }

    @Test("every fact has a case file or notInSpec, and its case files exist")
    func everyFactProved() throws {
        let files = Set(try ConformanceFiles.caseFiles().map { $0.deletingLastPathComponent().lastPathComponent + "/" + $0.lastPathComponent })
        for fact in try Self.facts() {
            if fact.cases.isEmpty && (fact.notInSpec ?? "").isEmpty {
                Issue.record("\(fact.id) has no case and no notInSpec")
            }
            for name in fact.cases where !files.contains(name) {
                Issue.record("\(fact.id) lists \(name), which is not a case file")
            }
        }
    }

    @Test("every evidence case names known facts and is listed under each")
    func casesNameKnownFacts() throws {
        let facts = Dictionary(uniqueKeysWithValues: try Self.facts().map { ($0.id, Set($0.cases)) })
        var evidenceCases = 0
        for file in try ConformanceFiles.caseFiles() {
            let testCase = try ConformanceCase.load(file)
            guard let evidence = testCase.evidence else { continue }
            evidenceCases += 1
            for name in evidence.facts {
                guard let listed = facts[name] else {
                    Issue.record("\(testCase.name) names unknown fact \(name)")
                    continue
                }
                #expect(listed.contains(testCase.name), "\(name) does not list \(testCase.name)")
            }
        }
        #expect(evidenceCases > 0, "no evidence cases")
    }
}
