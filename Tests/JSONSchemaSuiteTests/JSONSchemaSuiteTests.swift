import Foundation
import Testing
import ViduRuntime

/// Runs every test of the JSON Schema Test Suite (draft 2020-12) through the compiled tables
/// in `Generated/SuiteSchemas.swift`. Groups listed in unsupported.json are skipped and
/// counted; every other group runs, and any failure fails the test.
@Suite struct JSONSchemaSuiteTests {
    struct Tally {
        var passed = 0
        var failed = 0
        var skipped = 0
    }

    @Test func suitePasses() throws {
        let suite = try SuiteLocation.draft202012()
        let unsupported = try UnsupportedList.load()
        var core = Tally()
        var all = Tally()
        var failures: [String] = []
        for file in try SuiteFiles.list(in: suite) {
            let data = try Data(contentsOf: suite.appendingPathComponent(file))
            guard let groups = try JSONValue(parsing: data).arrayValue else { throw SuiteError("\(file) is not an array") }
            var tally = Tally()
            for (index, group) in groups.enumerated() {
                let description = group["description"]?.stringValue ?? ""
                let tests = group["tests"]?.arrayValue ?? []
                if unsupported.reason(file: file, group: description) != nil {
                    tally.skipped += tests.count
                    continue
                }
                let key = SuiteFiles.key(file: file, group: index)
                guard let table = SuiteSchemas.table(key) else {
                    tally.failed += tests.count
                    failures.append("\(key) \(description): schema did not compile: \(SuiteSchemas.failures[key] ?? "not generated")")
                    continue
                }
                for test in tests {
                    let instance = test["data"] ?? .null
                    let expected = test["valid"] == .bool(true)
                    let violations = table.validate(instance, against: 0)
                    let fast = table.isValid(instance, against: 0)
                    if fast == expected && violations.isEmpty == expected {
                        tally.passed += 1
                    } else {
                        tally.failed += 1
                        failures.append("""
                            \(key) \(description) / \(test["description"]?.stringValue ?? ""): expected \(expected ? "valid" : "invalid"), \
                            isValid \(fast), violations \(violations.map(\.description))
                            """)
                    }
                }
            }
            all.passed += tally.passed
            all.failed += tally.failed
            all.skipped += tally.skipped
            if SuiteFiles.core.contains(file) {
                core.passed += tally.passed
                core.failed += tally.failed
                core.skipped += tally.skipped
            }
        }
        for failure in failures { print("FAIL " + failure) }
        print("core: \(core.passed) passed, \(core.failed) failed, \(core.skipped) skipped")
        print("skipped (unsupported.json): \(all.skipped)")
        print("\(all.passed) passed, \(all.failed) failed")
        #expect(all.failed == 0, "\(all.failed) suite tests failed; see the FAIL lines above")
    }
}
