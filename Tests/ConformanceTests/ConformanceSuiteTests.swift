import Foundation
import Testing

/// Runs every case in `Tests/Conformance/cases` (issue #6). Prints one line per failure and the
/// summary `N passed, N failed`, then the counts by kind.
@Suite("Conformance cases")
struct ConformanceSuiteTests {
    @Test("every case file passes")
    func everyCase() throws {
        let files = try ConformanceFiles.caseFiles()
        #expect(!files.isEmpty, "no case files under \(ConformanceFiles.casesDirectory.path)")
        var passed: [ConformanceCase.Kind: Int] = [:]
        var failed: [ConformanceCase.Kind: Int] = [:]
        var unreadable = 0
        var knownGaps = 0
        for file in files {
            let testCase: ConformanceCase
            do {
                testCase = try ConformanceCase.load(file)
            } catch {
                unreadable += 1
                print("FAIL \(file.lastPathComponent): not a valid case file: \(error)")
                Issue.record("\(file.lastPathComponent): not a valid case file: \(error)")
                continue
            }
            let failures = ConformanceRunner.failures(of: testCase)
            if let gap = KnownGaps.reasons[testCase.name] {
                if failures.isEmpty {
                    failed[testCase.kind, default: 0] += 1
                    print("FAIL \(testCase.name): passes now; remove it from KnownGaps")
                    Issue.record("\(testCase.name) passes now; remove it from KnownGaps")
                } else {
                    knownGaps += 1
                    print("KNOWN GAP \(testCase.name): \(failures.joined(separator: "; ")) [\(gap)]")
                }
                continue
            }
            if failures.isEmpty {
                passed[testCase.kind, default: 0] += 1
                continue
            }
            failed[testCase.kind, default: 0] += 1
            for failure in failures {
                print("FAIL \(testCase.name) [\(testCase.kind.rawValue)]: \(failure)")
                Issue.record("\(testCase.name): \(failure)")
            }
        }
        let totalPassed = passed.values.reduce(0, +)
        let totalFailed = failed.values.reduce(0, +) + unreadable
        print("\(totalPassed) passed, \(totalFailed) failed")
        let kinds = ConformanceCase.Kind.allCases.map { kind in
            "\(kind.rawValue) \(passed[kind, default: 0]) passed, \(failed[kind, default: 0]) failed"
        }
        print("by kind: " + kinds.joined(separator: "; ") + (unreadable > 0 ? "; unreadable files \(unreadable)" : "")
            + (knownGaps > 0 ? "; known gaps \(knownGaps) (not counted)" : ""))
    }
}
