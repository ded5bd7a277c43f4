import Foundation

/// Where the suite's data lives, found from this source file's path (no bundle resources).
enum ConformanceFiles {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ConformanceTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/Conformance/cases`.
    static let casesDirectory = packageRoot.appendingPathComponent("Tests/Conformance/cases")

    /// `specs/<provider>.json`.
    static func spec(_ provider: String) -> URL {
        packageRoot.appendingPathComponent("specs/\(provider).json")
    }

    /// Every `cases/<provider>/*.json`, sorted by path.
    static func caseFiles() throws -> [URL] {
        let manager = FileManager.default
        var files: [URL] = []
        for provider in try manager.contentsOfDirectory(atPath: casesDirectory.path).sorted() {
            let folder = casesDirectory.appendingPathComponent(provider)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for file in try manager.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".json") {
                files.append(folder.appendingPathComponent(file))
            }
        }
        return files
    }
}
