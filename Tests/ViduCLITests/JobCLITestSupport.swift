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

    /// Runs `vidu arguments` in `directory` and waits (at most `timeout` seconds).
    static func run(_ arguments: [String], environment: [String: String] = environment(), in directory: URL? = nil, timeout: Double = 30) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var outData = Data()
        var errData = Data()
        let group = DispatchGroup()
        let box = DataBox()
        group.enter()
        DispatchQueue.global().async {
            box.set(out: output.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            box.set(err: error.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        group.wait()
        (outData, errData) = box.values
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self), error: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh scratch directory.
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private final class Marker {}
}

/// Pipe contents read on other threads.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    func set(out data: Data) { lock.lock(); out = data; lock.unlock() }
    func set(err data: Data) { lock.lock(); err = data; lock.unlock() }
    var values: (Data, Data) { lock.lock(); defer { lock.unlock() }; return (out, err) }
}
