import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Every published document of the corpus, unmodified, through the generator in memory: it
/// must generate; the test prints its warnings (count and list) and generated lines, and for
/// an output under 40,000 lines type-checks it against ViduRuntime with no error and no
/// warning. Documents that may be redistributed are in `Documents/` (see SOURCES.md there);
/// the others are read from the shared corpus folder, and are skipped, by name, without it.
@Suite struct CorpusGenerationTests {
    static let documentsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Documents")
    static let sharedFolder = ProcessInfo.processInfo.environment["VIDUKIT_OPENAPI_CORPUS"] ?? "/work/shared/openapi-corpus"
    static let typeCheckedBelow = 40_000

    static let documents = [
        "apple-petstore.yaml", "kling-tryagi.yaml", "luma-dream-machine.yaml", "oai-petstore-3.0.yaml", "openai.json", "replicate.json",
    ]

    /// The copied document, else the shared one, else nil.
    static func location(of file: String) -> String? {
        [documentsFolder.appendingPathComponent(file).path, sharedFolder + "/" + file].first { FileManager.default.fileExists(atPath: $0) }
    }

    @Test(arguments: documents)
    func documentGeneratesAndBuilds(_ file: String) async throws {
        guard let path = location(file) else {
            print("corpus: \(file): skipped: not copied into Tests and \(Self.sharedFolder) does not have it")
            return
        }
        // Reading and generating a large document takes seconds of CPU: off the concurrency pool.
        let generated = try await CompileCheck.offThePool { () -> Result<(files: [GeneratedFile], warnings: [Diagnostic]), DiagnosticList> in
            let document = try DocumentReader.read(fileAt: path)
            do throws(DiagnosticList) {
                return .success(try CodeGenerator.generateReportingWarnings([document]))
            } catch {
                return .failure(error)
            }
        }
        let result: (files: [GeneratedFile], warnings: [Diagnostic])
        switch generated {
        case .success(let value):
            result = value
        case .failure(let error):
            let shown = error.diagnostics.prefix(20).map(\.description).joined(separator: "\n")
            Issue.record(Comment(rawValue: "\(file) does not generate: \(error.diagnostics.count) errors\n\(shown)"))
            return
        }
        let lines = result.files.reduce(0) { $0 + $1.contents.split(separator: "\n", omittingEmptySubsequences: false).count }
        var report = ["corpus: \(file): generates: \(result.files.count) files, \(lines) lines; \(result.warnings.count) warnings"]
        report += result.warnings.map { "  " + $0.description }
        guard lines < Self.typeCheckedBelow else {
            print((report + ["corpus: \(file): build: not type-checked in the test (\(lines) lines ≥ \(Self.typeCheckedBelow)); see bench.py"]).joined(separator: "\n"))
            return
        }
        guard CompileCheck.isAvailable else {
            print((report + ["corpus: \(file): build: not checked: \(CompileCheck.unavailableReason)"]).joined(separator: "\n"))
            return
        }
        let outcome = try await CompileCheck.typecheck(Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) }))
        let errors = outcome.output.split(separator: "\n").filter { $0.contains(": error: ") }.count
        report.append("corpus: \(file): build: " + (outcome.succeeded ? "0 errors, 0 warnings" : "\(errors) errors (warnings count as errors)"))
        print(report.joined(separator: "\n"))
        CompileCheck.expectSuccess(outcome, "\(file): swiftc -typecheck")
    }

    private func location(_ file: String) -> String? { Self.location(of: file) }
}
