import Foundation

/// Runs the built `vidu` binary as a subprocess.
enum ViduBinary {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `vidu` executable beside the test bundle, or `.build/debug/vidu`.
    static var url: URL {
        let beside = Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("vidu")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/vidu")
    }

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// The environment without any API key variable, plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let keys: Set<String> = ["VIDU_API_KEY", "APIMART_API_KEY", "APIXO_API_KEY", "VIDU_OFFICIAL_API_KEY", "UNIALL_API_KEY"]
        return ProcessInfo.processInfo.environment.filter { !keys.contains($0.key) }.merging(extra) { $1 }
    }

    /// Runs `vidu arguments` in `directory` and waits, suspending (at most `timeout` seconds,
    /// then the process is terminated).
    static func run(_ arguments: [String], environment: [String: String] = environment(), in directory: URL? = nil, timeout: Double = 60) async throws -> Run {
        let child = try ChildProcess(url, arguments, environment: environment, in: directory)
        let result = try await child.result(timeout: timeout)
        return Run(status: result.status, output: result.output, error: result.error)
    }

    /// A fresh scratch directory.
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private final class Marker {}
}
