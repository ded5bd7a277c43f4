import Foundation

/// Runs `git` as a subprocess without blocking a thread: the caller suspends until the process's
/// termination handler fires. Output goes to temporary files, so a large `git show` never fills
/// a pipe.
enum GitRunner {
    /// What a git command printed, and how it ended.
    struct Result: Sendable {
        var status: Int32
        var output: Data
        var errors: String
    }

    /// `git <arguments>`, found on `PATH` through `/usr/bin/env`.
    static func run(_ arguments: [String]) async throws -> Result {
        let manager = FileManager.default
        let token = UUID().uuidString
        let outputURL = manager.temporaryDirectory.appendingPathComponent("vidu-codegen-git-\(token).out")
        let errorURL = manager.temporaryDirectory.appendingPathComponent("vidu-codegen-git-\(token).err")
        guard manager.createFile(atPath: outputURL.path, contents: nil), manager.createFile(atPath: errorURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer {
            try? manager.removeItem(at: outputURL)
            try? manager.removeItem(at: errorURL)
        }
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? outputHandle.close()
        try? errorHandle.close()
        let output = (try? Data(contentsOf: outputURL)) ?? Data()
        let errors = String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)
        return Result(status: status, output: output, errors: errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
