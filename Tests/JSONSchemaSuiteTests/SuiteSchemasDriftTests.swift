import Foundation
import Testing

/// The committed `Generated/SuiteSchemas.swift` must be exactly what the generator writes
/// today. With `UPDATE_SUITE_SCHEMAS=1` the test rewrites the file instead.
@Suite struct SuiteSchemasDriftTests {
    @Test func committedFileMatchesGenerator() throws {
        let suite = try SuiteLocation.draft202012()
        let fresh = try SuiteSchemaGenerator.source(suite: suite)
        let url = SuiteLocation.testsFolder.appendingPathComponent(SuiteSchemaGenerator.generatedPath)
        if ProcessInfo.processInfo.environment["UPDATE_SUITE_SCHEMAS"] == "1" {
            try fresh.write(to: url, atomically: true, encoding: .utf8)
            print("wrote \(url.path)")
            return
        }
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if committed != fresh {
            let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
            let new = fresh.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
            Issue.record("""
                \(SuiteSchemaGenerator.generatedPath) is stale (first difference at line \(line + 1)); \
                regenerate with UPDATE_SUITE_SCHEMAS=1 swift test --filter SuiteSchemasDriftTests
                """)
        }
    }
}
