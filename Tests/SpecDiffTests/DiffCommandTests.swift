import Foundation
import Testing
@testable import CodeGen

/// `vidu-codegen diff` through `CodeGenCommand.run`/`runAsync`, without a subprocess (except git
/// for `--since`, in a scratch repository made by the test).
@Suite struct DiffCommandTests {
    private func run(_ arguments: [String]) -> (code: CodeGenCommand.ExitCode, output: String, errors: String) {
        var output = ""
        var errors = ""
        let code = CodeGenCommand.run(arguments, output: { output += $0 + "\n" }, errors: { errors += $0 + "\n" })
        return (code, output, errors)
    }

    private var apixoOld: String { DiffFixtures.fixturePath("apixo-986105c") }
    private var apixoNew: String { DiffFixtures.fixturePath("apixo-8028b2b") }

    /// A scratch folder with `text` as `name`.
    private func scratch(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spec-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    @Test func failOnBreakingExitsOneExactlyWhenABreakingChangeExists() throws {
        #expect(run(["diff", apixoOld, apixoNew, "--fail-on", "breaking"]).code == .failure)
        #expect(run(["diff", apixoOld, apixoNew]).code == .success)
        #expect(run(["diff", apixoOld, apixoOld, "--fail-on", "breaking"]).code == .success)
        // Only a relaxing, additive change: an enum value added to a request.
        var a = SpecFixture()
        var b = SpecFixture()
        a.request = DiffFixtures.object(#""size": {"type": "string", "enum": ["720p"]}"#)
        b.request = DiffFixtures.object(#""size": {"type": "string", "enum": ["540p", "720p"]}"#)
        let old = try scratch(["test.json": a.text])
        let new = try scratch(["test.json": b.text])
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let relaxing = run(["diff", old.path, new.path, "--fail-on=breaking"])
        #expect(relaxing.code == .success)
        #expect(relaxing.output.contains("enum value \"540p\" added [enum-value-added; wire: relaxing, swift: additive]"))
    }

    @Test func failOnWireAndSourceLookAtOneColumn() {
        // apixo: wire-breaking changes, no source-breaking one.
        #expect(run(["diff", apixoOld, apixoNew, "--fail-on", "wire"]).code == .failure)
        #expect(run(["diff", apixoOld, apixoNew, "--fail-on", "source"]).code == .success)
        let uniallOld = DiffFixtures.fixturePath("uniall-986105c")
        let uniallNew = DiffFixtures.fixturePath("uniall-8028b2b")
        #expect(run(["diff", uniallOld, uniallNew, "--fail-on", "source"]).code == .failure)
    }

    @Test func foldersAreMatchedByFileName() throws {
        let fixture = SpecFixture().text
        let old = try scratch(["apixo.json": fixture, "gone.json": fixture])
        let new = try scratch(["apixo.json": fixture, "fresh.json": fixture])
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let result = run(["diff", old.path, new.path, "--format", "json"])
        #expect(result.code == .success)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["provider"] as? String } == ["fresh", "gone"])
        #expect(changes.map { $0["kind"] as? String } == ["provider-added", "provider-removed"])
        #expect((json["summary"] as? [String: Int])?["wireBreaking"] == 1)
    }

    @Test func jsonIsStableAndSorted() throws {
        let first = run(["diff", apixoOld, apixoNew, "--format", "json"]).output
        #expect(first == run(["diff", apixoOld, apixoNew, "--format", "json"]).output)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 1)
        let change = try #require((json["changes"] as? [[String: Any]])?.first)
        #expect(Set(change.keys) == ["provider", "side", "location", "kind", "summary", "wire", "swift", "usedBy"])
        let keyOrder = first.components(separatedBy: "\n").filter { $0.hasPrefix("      \"") }.prefix(8).map { $0.split(separator: "\"")[1] }
        #expect(Array(keyOrder) == keyOrder.sorted())
    }

    @Test func markdownGroupsByProviderBreakingFirst() throws {
        let old = try scratch(["apixo.json": try String(contentsOfFile: apixoOld, encoding: .utf8)])
        let new = try scratch(["apixo.json": try String(contentsOfFile: apixoNew, encoding: .utf8)])
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let markdown = run(["diff", old.path, new.path, "--format", "markdown"]).output
        #expect(markdown.hasPrefix("### apixo\n\n#### Breaking\n"))
        let breaking = markdown.range(of: "#### Breaking")!.lowerBound
        let other = markdown.range(of: "#### Other changes")!.lowerBound
        #expect(breaking < other)
        #expect(markdown.contains("- `ApixoVideoInput.prompt` (request): maxLength 5000 added — wire **breaking**, Swift **none**; used by `ApixoGenerateTaskRequest.input`"))
    }

    @Test func documentationChangesOnlyWithIncludeDocs() {
        #expect(!run(["diff", apixoOld, apixoNew]).output.contains("description-changed"))
        #expect(run(["diff", apixoOld, apixoNew, "--include-docs"]).output.contains("description-changed"))
    }

    @Test func usageErrorsExitTwo() {
        #expect(run(["diff", apixoOld]).code == .usage)
        #expect(run(["diff", apixoOld, apixoNew, "--format", "yaml"]).code == .usage)
        #expect(run(["diff", apixoOld, apixoNew, "--fail-on", "everything"]).code == .usage)
        #expect(run(["diff", "--since", "HEAD", apixoOld]).code == .usage)
        let mixed = run(["diff", apixoOld, FileManager.default.temporaryDirectory.path])
        #expect(mixed.code == .usage)
        #expect(mixed.errors.contains("not a file with a folder"))
        #expect(run(["diff", "--help"]).code == .success)
    }

    @Test func unreadableSpecsPrintDiagnosticsAndExitOne() throws {
        let broken = try scratch(["bad.json": #"{"openapi": "3.1.0", "info": "#])
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = run(["diff", apixoOld, broken.appendingPathComponent("bad.json").path])
        #expect(result.code == .failure)
        #expect(result.errors.contains("bad.json:1:"))
        #expect(result.errors.contains(": error: "))
        let missing = run(["diff", "/nonexistent/old.json", apixoNew])
        #expect(missing.code == .failure)
        #expect(missing.errors.contains("/nonexistent/old.json: error: cannot read the file"))
    }

    @Test func sinceComparesARevisionWithTheWorkingTree() async throws {
        let repository = try scratch([:])
        defer { try? FileManager.default.removeItem(at: repository) }
        let specs = repository.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try String(contentsOfFile: apixoOld, encoding: .utf8).write(to: specs.appendingPathComponent("apixo.json"), atomically: true, encoding: .utf8)
        for arguments in [["init", "-q"], ["add", "specs"], ["-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "old"]] {
            let result = try await GitRunner.run(["-C", repository.path] + arguments)
            try #require(result.status == 0, "git \(arguments): \(result.errors)")
        }
        try String(contentsOfFile: apixoNew, encoding: .utf8).write(to: specs.appendingPathComponent("apixo.json"), atomically: true, encoding: .utf8)
        var output = ""
        var errors = ""
        let code = await CodeGenCommand.runAsync(["diff", "--since", "HEAD", "--specs", specs.path, "--fail-on", "breaking"],
                                                 output: { output += $0 }, errors: { errors += $0 })
        #expect(code == .failure, "\(errors)")
        #expect(output.contains("vidu-codegen diff HEAD:specs/ → specs/"))
        #expect(output.contains("apixo: request ApixoVideoInput.resolution: enum value \"540p\" added"))
        var badErrors = ""
        let bad = await CodeGenCommand.runAsync(["diff", "--since", "no-such-revision", "--specs", specs.path], output: { _ in }, errors: { badErrors += $0 })
        #expect(bad == .failure)
        #expect(badErrors.contains("no-such-revision"))
        // The synchronous entry point does not run git.
        #expect(run(["diff", "--since", "HEAD", "--specs", specs.path]).code == .usage)
    }
}
