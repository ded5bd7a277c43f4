import Foundation

/// Runs the built `vidu` executable for the `vidu validate` tests and captures what it prints.
///
/// The binary is found from `VIDU_BINARY`, next to the test bundle, or in the package's
/// `.build/debug`; `swift test` builds it before running the tests.
enum ValidateCLIProcess {
    /// What one run printed and how it ended.
    struct Result: Sendable {
        let status: Int32
        let output: String
        let error: String

        var outputLines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    private final class BundleMarker {}

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `vidu` executable, or nil when none was built.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["VIDU_BINARY"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        for bundle in [Bundle(for: BundleMarker.self), Bundle.main] {
            candidates.append(bundle.bundleURL.appendingPathComponent("vidu"))
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("vidu"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/vidu"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `vidu <arguments>` with `input` on standard input, suspending until it ends.
    static func run(_ arguments: [String], input: Data = Data()) async throws -> Result {
        guard let binary else { throw MissingBinary() }
        let result = try await ChildProcess(binary, arguments, input: input).result()
        return Result(status: result.status, output: result.output, error: result.error)
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "body.json") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-validate-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "no built vidu executable found; run `swift build --product vidu` or set VIDU_BINARY" }
    }
}
