import SpecKit
import Foundation
import Testing
@testable import CodeGen

/// `vidu-codegen --namespace`, diagnostics that name files as they open from the current
/// directory, and the provider descriptor's key placement.
@Suite struct NamespaceOptionTests {
    static let document = """
    openapi: 3.0.3
    info: {title: Acme Video API, version: "1"}
    servers: [{url: "https://api.acme.example"}]
    security: [{key: []}]
    paths:
      /v1/tasks/{id}:
        get:
          parameters: [{name: id, in: path, required: true, schema: {type: string}}]
          responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
    components:
      securitySchemes: {key: {type: apiKey, in: query, name: api_key}}

    """

    /// A scratch directory holding `specs/<name>` for each name.
    private func scratch(_ names: [String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-namespace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("specs"), withIntermediateDirectories: true)
        for name in names {
            try Self.document.write(to: directory.appendingPathComponent("specs/" + name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    private func run(_ arguments: [String]) -> (code: CodeGenCommand.ExitCode, output: String, errors: String) {
        var output = ""
        var errors = ""
        let code = CodeGenCommand.run(arguments, output: { output += $0 + "\n" }, errors: { errors += $0 + "\n" })
        return (code, output, errors)
    }

    @Test func parsesNamespaces() throws {
        let options = try CommandLineOptions.parse(["lint", "--namespace", "openai.json=OpenAI", "--namespace=acme.yaml=Acme"])
        #expect(options.namespaces == NamespaceOption(byFile: ["openai.json": "OpenAI", "acme.yaml": "Acme"]))
        #expect(try CommandLineOptions.parse(["--namespace", "OpenAI"]).namespaces == NamespaceOption(single: "OpenAI"))
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["--namespace"]) }
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["--namespace", "A", "--namespace", "B"]) }
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["--namespace", "a.json=A", "--namespace", "a.json=B"]) }
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["--namespace", "=A"]) }
    }

    @Test func aNamespaceIsUsedAsWritten() throws {
        let directory = try scratch(["acme.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let output = directory.appendingPathComponent("Generated").path
        let derived = run(["--specs", specs, "--output", output])
        #expect(derived.code == .success)
        #expect(FileManager.default.fileExists(atPath: output + "/AcmeVideo/AcmeVideo.swift"))
        let named = run(["--specs", specs, "--output", output, "--namespace", "AcmeAI"])
        #expect(named.code == .success, "\(named.errors)")
        let text = try String(contentsOfFile: output + "/AcmeAI/AcmeAI.swift", encoding: .utf8)
        #expect(text.contains("public enum AcmeAI {"))
        #expect(text.contains(#"authPlacement: .query(name: "api_key")"#))
        let byFile = run(["lint", "--specs", specs, "--namespace", "acme.yaml=OpenAI"])
        #expect(byFile.code == .success, "\(byFile.errors)")
    }

    @Test func namespaceMistakesAreClear() throws {
        let directory = try scratch(["a.yaml", "b.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let single = run(["lint", "--specs", specs, "--namespace", "Acme"])
        #expect(single.code == .failure)
        #expect(single.errors.contains("error: --namespace Acme names one spec, but \(specs) holds 2"))
        #expect(single.errors.contains("note: name each spec: --namespace a.yaml=Name --namespace b.yaml=Name"))
        let unknown = run(["lint", "--specs", specs, "--namespace", "c.yaml=C"])
        #expect(unknown.errors.contains("error: --namespace names c.yaml, which is not a spec of \(specs)"))
        let same = run(["lint", "--specs", specs])
        #expect(same.code == .failure)
        #expect(same.errors.contains("'AcmeVideo' is also used by"))
        #expect(run(["lint", "--specs", specs, "--namespace", "a.yaml=A", "--namespace", "b.yaml=B"]).code == .success)
    }

    @Test func diagnosticsNameTheFileAsItOpensFromHere() throws {
        let directory = try scratch(["acme.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let specs = directory.appendingPathComponent("specs").path
        let result = run(["lint", "--specs", specs])
        #expect(result.code == .success)
        // The operation has no operationId: a warning, naming the file by the path given.
        #expect(result.errors.hasPrefix(specs + "/acme.yaml:8:7: warning: the GET /v1/tasks/{id} operation has no 'operationId'"), "\(result.errors)")
        let line = try #require(result.errors.split(separator: "\n").first)
        let path = String(line.prefix(while: { $0 != ":" }))
        #expect(FileManager.default.fileExists(atPath: path))
        // Generated code still names the spec by its directory's name only.
        let output = directory.appendingPathComponent("Generated").path
        #expect(run(["--specs", specs, "--output", output]).code == .success)
        let text = try String(contentsOfFile: output + "/AcmeVideo/AcmeVideo.swift", encoding: .utf8)
        #expect(text.contains("Generated from `specs/acme.yaml`"))
        #expect(!text.contains(directory.path))
    }
}
