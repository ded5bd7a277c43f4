import Foundation

/// Where the JSON Schema Test Suite is: `$JSON_SCHEMA_TEST_SUITE`, or a `shared/json-schema-test-suite`
/// folder found walking up from this file (in CI it sits beside the repository).
enum SuiteLocation {
    /// The suite's `tests/draft2020-12` folder, or an error saying where it was looked for.
    static func draft202012() throws -> URL {
        var looked: [String] = []
        if let override = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !override.isEmpty {
            let tests = URL(fileURLWithPath: override).appendingPathComponent("tests/draft2020-12")
            if isDirectory(tests) { return tests }
            looked.append(tests.path + " (from JSON_SCHEMA_TEST_SUITE)")
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let tests = folder.appendingPathComponent("shared/json-schema-test-suite/tests/draft2020-12")
            if isDirectory(tests) { return tests }
            looked.append(tests.path)
            folder.deleteLastPathComponent()
        }
        throw SuiteError("JSON Schema Test Suite not found; set JSON_SCHEMA_TEST_SUITE to its checkout. Looked in:\n  "
            + looked.joined(separator: "\n  "))
    }

    /// The repository's `Tests/JSONSchemaSuiteTests` folder (for regenerating the committed file).
    static var testsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}

/// A problem with the suite or its setup, reported as a test failure.
struct SuiteError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
