import Foundation
import Testing
@testable import CodeGen

/// Whole generated files for `Fixtures/fixture.json`, compared with `Golden/`. Re-record on
/// purpose with `UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`, then review the diff.
@Suite struct GoldenFileTests {
    @Test func fixtureMatchesGoldenFiles() throws {
        let files = try TestSupport.generate(TestSupport.fixtureText(), file: "Fixtures/fixture.json")
        let golden = TestSupport.testsDirectory.appendingPathComponent("Golden")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, contents) in files {
                let url = golden.appendingPathComponent(path + ".golden")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url, atomically: true, encoding: .utf8)
            }
            return
        }
        let recorded = OutputDirectory.files(in: golden.path)
        #expect(Set(recorded.keys) == Set(files.keys.map { $0 + ".golden" }), "golden file set differs; re-record with UPDATE_GOLDEN=1")
        for path in files.keys.sorted() {
            let expected = recorded[path + ".golden"].map { String(decoding: $0, as: UTF8.self) }
            #expect(files[path] == expected, "\(path) differs from Golden/\(path).golden; re-record with UPDATE_GOLDEN=1 and review the diff")
        }
    }
}
