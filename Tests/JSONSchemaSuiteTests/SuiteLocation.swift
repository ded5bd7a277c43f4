import Foundation

/// Where the JSON Schema Test Suite is: the copy vendored in `Tests/JSONSchemaTestSuite`
/// (see its `SOURCE` for the upstream commit), or `$JSON_SCHEMA_TEST_SUITE` to try another
/// checkout of the suite.
enum SuiteLocation {
    /// The vendored copy: `Tests/JSONSchemaTestSuite` beside this test target.
    static var vendored: URL {
        testsFolder.deletingLastPathComponent().appendingPathComponent("JSONSchemaTestSuite")
    }

    /// The suite's `tests/draft2020-12` folder, or an error saying where it was looked for.
    static func draft202012() throws -> URL {
        var root = vendored
        var origin = "the vendored copy"
        if let override = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !override.isEmpty {
            root = URL(fileURLWithPath: override)
            origin = "JSON_SCHEMA_TEST_SUITE"
        }
        let tests = root.appendingPathComponent("tests/draft2020-12")
        guard isDirectory(tests) else { throw SuiteError("JSON Schema Test Suite not found at \(tests.path) (\(origin))") }
        return tests
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
