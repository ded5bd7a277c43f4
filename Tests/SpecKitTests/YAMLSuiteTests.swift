import Foundation
import Testing
@testable import SpecKit

/// The official YAML test suite (vendored in `Tests/YAMLTestSuite`, found beside this file's
/// folder through `#filePath`) against `YAMLReader`.
///
/// Two categories are judged: every case with an `in.json` (its documents must load as that
/// JSON, numbers by value) and every case with an `error` file (it must be rejected; the
/// error file wins when a case has both). Each must pass at least 95%. A case left out of
/// its category, and every case in neither, must be listed with its reason in
/// `Tests/YAMLTestSuite/skipped.json`; the cases in neither category are still read, to
/// show that reading them neither crashes nor hangs.
@Suite struct YAMLSuiteTests {
    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("YAMLTestSuite")

    private struct Skip: Decodable {
        var id: String
        var reason: String
    }

    private struct Tally {
        var passed = 0
        var failed = 0
        var skipped = 0
        var total: Int { passed + failed + skipped }
        var rate: Double { total == 0 ? 0 : Double(passed) / Double(total) }
    }

    @Test func officialSuite() throws {
        let cases = try YAMLSuiteCase.all(in: Self.suite)
        #expect(cases.count >= 400, "the suite at \(Self.suite.path) holds \(cases.count) cases")
        let skips = try JSONDecoder().decode([Skip].self, from: Data(contentsOf: Self.suite.appendingPathComponent("skipped.json")))
        var reasons: [String: String] = [:]
        for skip in skips {
            #expect(!skip.reason.trimmingCharacters(in: .whitespaces).isEmpty, "skipped.json: \(skip.id) has no reason")
            #expect(reasons.updateValue(skip.reason, forKey: skip.id) == nil, "skipped.json lists \(skip.id) twice")
        }
        let ids = Set(cases.map(\.id))
        for skip in skips where !ids.contains(skip.id) {
            Issue.record("skipped.json lists \(skip.id), which is not a case of the suite")
        }

        var tallies: [YAMLSuiteCase.Category: Tally] = [.json: Tally(), .error: Tally()]
        var unjudged = (accepted: 0, rejected: 0)
        for suiteCase in cases {
            guard let category = suiteCase.category else {
                if reasons[suiteCase.id] == nil {
                    Issue.record("\(suiteCase.id) has neither in.json nor error and no reason in skipped.json")
                }
                if (try? YAMLReader.readStream(bytes: suiteCase.input, file: "in.yaml")) != nil {
                    unjudged.accepted += 1
                } else {
                    unjudged.rejected += 1
                }
                continue
            }
            if let reason = reasons[suiteCase.id] {
                tallies[category]!.skipped += 1
                print("YAML suite: skip \(suiteCase.id) [\(category.rawValue)]: \(reason)")
            } else if let failure = suiteCase.failure() {
                tallies[category]!.failed += 1
                print("YAML suite: FAIL \(suiteCase.id) [\(category.rawValue)]: \(failure)")
            } else {
                tallies[category]!.passed += 1
            }
        }
        for category in [YAMLSuiteCase.Category.json, .error] {
            let tally = tallies[category]!
            print("YAML suite: \(category.rawValue): \(tally.passed) passed, \(tally.failed) failed, \(tally.skipped) skipped of \(tally.total)")
            #expect(tally.rate >= 0.95, "\(category.rawValue) cases pass \(Int(tally.rate * 100))%, below 95%")
        }
        print("YAML suite: neither category (listed in skipped.json): \(unjudged.accepted) read, \(unjudged.rejected) rejected")
    }

    @Test func bothLayoutsAreFound() throws {
        let ids = try YAMLSuiteCase.all(in: Self.suite).map(\.id)
        #expect(ids.contains("229Q"))
        #expect(ids.contains("2G84/00") && ids.contains("2G84/03"))
        #expect(!ids.contains("2G84"))
    }

    @Test func jsonStreamsSplitIntoValues() throws {
        let values = try JSONStream.values("{\"a\": [1, \"]\"]}\n\"x y\"\n[]\n12\nnull\n")
        #expect(values.map(JSONStream.text) == [#"{"a": [1, "]"]}"#, #""x y""#, "[]", "12", "null"])
        #expect(try JSONStream.values("  \n").isEmpty)
    }
}
