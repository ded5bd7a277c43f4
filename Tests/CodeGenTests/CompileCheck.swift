import Foundation
import Testing

/// Proves that generated code compiles: writes the files into a temporary directory and runs
/// `swiftc -typecheck -swift-version 6 -warnings-as-errors` on them, as one module, against the
/// `ViduRuntime` module that `swift build --build-tests` left beside this test bundle; or
/// compiles them with a `main.swift`, links ViduRuntime's object files, and runs the program.
///
/// The build directory is found from the test bundle's location (its resource bundle and the
/// test executable, each and their parents): the directory that holds
/// `Modules/ViduRuntime.swiftmodule` (or `ViduRuntime.swiftmodule`) and `ViduRuntime.build/`.
/// When it or `swiftc` cannot be found, the tests that need them are disabled with
/// `unavailableReason`, which the test output shows; they never pass silently.
enum CompileCheck {
    /// What a check needs from the build.
    struct Toolchain: Sendable {
        /// `swiftc`, or `xcrun` followed by `swiftc`.
        var compiler: [String]
        /// The directory with `ViduRuntime.swiftmodule`.
        var modules: URL
        /// ViduRuntime's object files, for programs that run.
        var runtimeObjects: [URL]
    }

    /// The result of one check.
    struct Outcome: Sendable {
        var succeeded: Bool
        /// The compiler's output, then (for `run`) the program's.
        var output: String
        /// Where the files were written; kept when the check failed.
        var directory: URL
    }

    static let found: Result<Toolchain, Unavailable> = locate()

    /// True when checks can run.
    static var isAvailable: Bool {
        if case .success = found { return true }
        return false
    }

    /// Why checks cannot run, for `.enabled(if:_:)`.
    static var unavailableReason: Comment {
        if case .failure(let reason) = found { return Comment(rawValue: reason.message) }
        return ""
    }

    struct Unavailable: Error {
        var message: String
    }

    /// Type-checks `files` (relative path → contents, as the generator returns them) as one
    /// module named `CompileCheck`; no warning is allowed.
    static func typecheck(_ files: [String: String]) async throws -> Outcome {
        try await offThePool { try typecheckNow(files) }
    }

    private static func typecheckNow(_ files: [String: String]) throws -> Outcome {
        let toolchain = try found.get()
        let directory = try write(files)
        let sources = files.keys.sorted().map { directory.appendingPathComponent($0).path }
        let result = try execute(toolchain.compiler + [
            "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "CompileCheck",
            "-I", toolchain.modules.path,
        ] + sources)
        return finish(Outcome(succeeded: result.status == 0, output: result.output, directory: directory))
    }

    /// Compiles `files` with `main` as `main.swift`, links ViduRuntime, and runs the program;
    /// `output` is the program's standard output and error when it ran.
    static func run(_ files: [String: String], main: String) async throws -> Outcome {
        try await offThePool { try runNow(files, main: main) }
    }

    /// Runs blocking work (a compiler process, a large generation) on a Dispatch thread, so
    /// that it never holds one of the few threads of Swift concurrency's pool while other
    /// tests in the same process wait on it (a 2-core machine has two).
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    private static func runNow(_ files: [String: String], main: String) throws -> Outcome {
        let toolchain = try found.get()
        guard !toolchain.runtimeObjects.isEmpty else { throw Unavailable(message: "no ViduRuntime object files beside \(toolchain.modules.path)") }
        var all = files
        all["main.swift"] = main
        let directory = try write(all)
        let executable = directory.appendingPathComponent("program")
        let sources = all.keys.sorted().map { directory.appendingPathComponent($0).path }
        let build = try execute(toolchain.compiler + [
            "-swift-version", "6", "-warnings-as-errors", "-module-name", "CompileCheck", "-I", toolchain.modules.path,
            "-o", executable.path,
        ] + sources + toolchain.runtimeObjects.map(\.path))
        guard build.status == 0 else {
            return finish(Outcome(succeeded: false, output: build.output, directory: directory))
        }
        let program = try execute([executable.path])
        return finish(Outcome(succeeded: program.status == 0, output: program.output, directory: directory))
    }

    /// Records an issue with the compiler's output unless `outcome` succeeded.
    static func expectSuccess(_ outcome: Outcome, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard !outcome.succeeded else { return }
        let output = outcome.output.count > 12_000 ? String(outcome.output.prefix(12_000)) + "\n…" : outcome.output
        Issue.record("\(what) failed; files kept in \(outcome.directory.path):\n\(output)", sourceLocation: sourceLocation)
    }

    // MARK: - Internals

    private static func finish(_ outcome: Outcome) -> Outcome {
        if outcome.succeeded { try? FileManager.default.removeItem(at: outcome.directory) }
        return outcome
    }

    private static func write(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vidu-compile-check-" + UUID().uuidString, isDirectory: true)
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return directory
    }

    private static func execute(_ command: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private static func locate() -> Result<Toolchain, Unavailable> {
        let fileManager = FileManager.default
        var starts: [URL] = [Bundle.module.bundleURL, Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL)
        var searched: [String] = []
        var modules: URL?
        var buildDirectory: URL?
        search: for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<5 {
                for candidate in [directory.appendingPathComponent("Modules"), directory] {
                    if !searched.contains(candidate.path) { searched.append(candidate.path) }
                    if fileManager.fileExists(atPath: candidate.appendingPathComponent("ViduRuntime.swiftmodule").path) {
                        modules = candidate
                        buildDirectory = directory
                        break search
                    }
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        guard let modules, let buildDirectory else {
            return .failure(Unavailable(message: "ViduRuntime.swiftmodule was not found beside the test bundle (searched \(searched.joined(separator: ", "))); run `swift build --build-tests` first"))
        }
        guard let compiler = compiler() else {
            return .failure(Unavailable(message: "swiftc was not found on PATH (\(ProcessInfo.processInfo.environment["PATH"] ?? ""))"))
        }
        let objectDirectory = buildDirectory.appendingPathComponent("ViduRuntime.build")
        let objects = ((try? fileManager.contentsOfDirectory(at: objectDirectory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "o" }
            .sorted { $0.path < $1.path }
        return .success(Toolchain(compiler: compiler, modules: modules, runtimeObjects: objects))
    }

    /// `xcrun swiftc` on macOS (for the SDK), otherwise the first `swiftc` on `PATH`.
    private static func compiler() -> [String]? {
        let fileManager = FileManager.default
        #if os(macOS)
        if fileManager.isExecutableFile(atPath: "/usr/bin/xcrun") { return ["/usr/bin/xcrun", "swiftc"] }
        #endif
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/swiftc"
            if fileManager.isExecutableFile(atPath: candidate) { return [candidate] }
        }
        return nil
    }
}
