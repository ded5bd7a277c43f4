import Foundation
import Testing
@testable import CodeGen

/// The CLI's exit codes and its all-or-nothing writing, through the command layer and through
/// the built `vidu-codegen` binary.
@Suite struct CommandTests {
    /// A scratch directory with `specs/fixture.json`.
    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-codegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try TestSupport.fixtureText().write(to: directory.appendingPathComponent("specs/fixture.json"), atomically: true, encoding: .utf8)
        return directory
    }

    private func run(_ arguments: [String]) -> (code: CodeGenCommand.ExitCode, output: String, errors: String) {
        var output = ""
        var errors = ""
        let code = CodeGenCommand.run(arguments, output: { output += $0 + "\n" }, errors: { errors += $0 + "\n" })
        return (code, output, errors)
    }

    @Test func parsesArguments() throws {
        #expect(try CommandLineOptions.parse([]) == CommandLineOptions())
        #expect(try CommandLineOptions.parse(["check", "--specs", "a", "--output=b"]) == CommandLineOptions(action: .check, specsDirectory: "a", outputDirectory: "b"))
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["--specs"]) }
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["frobnicate"]) }
    }

    @Test func helpAndUsageErrors() {
        #expect(run(["--help"]).code == .success)
        #expect(run(["--help"]).output.contains("USAGE: vidu-codegen"))
        let bad = run(["--bogus"])
        #expect(bad.code == .usage)
        #expect(bad.errors.contains("unexpected argument '--bogus'"))
    }

    @Test func generateThenCheckThenDetectStaleMissingAndExtra() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let output = directory.appendingPathComponent("Generated").path
        let generate = run(["--specs", specs, "--output", output])
        #expect(generate.code == .success)
        // The provider's six files and the registry of all providers.
        #expect(generate.output.contains("wrote 7 files for 1 spec"))
        #expect(run(["check", "--specs", specs, "--output", output]).code == .success)
        #expect(run(["lint", "--specs", specs]).code == .success)

        let client = directory.appendingPathComponent("Generated/Fixture/Fixture+Client.swift")
        try "// edited\n".write(to: client, atomically: true, encoding: .utf8)
        try "extra\n".write(to: directory.appendingPathComponent("Generated/Extra.swift"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("Generated/Fixture/Fixture.swift"))
        let check = run(["check", "--specs", specs, "--output", output])
        #expect(check.code == .failure)
        #expect(check.errors.contains("Fixture/Fixture+Client.swift: stale"))
        #expect(check.errors.contains("Fixture/Fixture.swift: missing"))
        #expect(check.errors.contains("Extra.swift: extra"))

        #expect(run(["--specs", specs, "--output", output]).code == .success)
        #expect(run(["check", "--specs", specs, "--output", output]).code == .success)
    }

    @Test func brokenSpecLeavesOutputUntouched() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let output = directory.appendingPathComponent("Generated").path
        #expect(run(["--specs", specs, "--output", output]).code == .success)
        let before = OutputDirectory.files(in: output)
        try "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n}\n".write(to: directory.appendingPathComponent("specs/broken.json"), atomically: true, encoding: .utf8)
        let result = run(["--specs", specs, "--output", output])
        #expect(result.code == .failure)
        #expect(result.errors.contains("specs/broken.json:"))
        #expect(result.errors.contains(": error: "))
        #expect(OutputDirectory.files(in: output) == before)
    }

    @Test func builtBinaryReportsExitCodes() async throws {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vidu-codegen"),
            TestSupport.packageRoot.appendingPathComponent(".build/debug/vidu-codegen"),
        ]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            Issue.record("vidu-codegen is not built; run `swift build --product vidu-codegen` first")
            return
        }
        // Awaits the exit through the termination handler: no thread blocks while it runs.
        func status(_ arguments: [String]) async throws -> Int32 {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
                do { try process.run() } catch { continuation.resume(throwing: error) }
            }
        }
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let output = directory.appendingPathComponent("Generated").path
        #expect(try await status(["--help"]) == 0)
        #expect(try await status(["--nope"]) == 2)
        #expect(try await status(["check", "--specs", specs, "--output", output]) == 1)
        #expect(try await status(["generate", "--specs", specs, "--output", output]) == 0)
        #expect(try await status(["check", "--specs", specs, "--output", output]) == 0)
    }
}
