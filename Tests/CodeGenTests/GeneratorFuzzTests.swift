import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Random specs (`FuzzSpecBuilder`) through the generator: each must give code or
/// diagnostics, never a crash; the code of some of them must type-check (see
/// Tests/Fuzz/README.md, "Generator fuzzing").
///
/// Generation runs in this process, so a crash ends the test run. Before each spec is read,
/// its text goes to `breadcrumb` (printed at the start): after a crash, that file is the spec
/// that caused it. `Tests/Fuzz/generator_fuzz.sh` runs bigger runs and prints it.
///
/// Environment: `VIDU_GENERATOR_FUZZ_SEED` (default 20260415), `VIDU_GENERATOR_FUZZ_COUNT`
/// (specs, default 200), `VIDU_GENERATOR_FUZZ_COMPILE` (specs type-checked, default 20, in
/// batches of 20 per `swiftc`), `VIDU_GENERATOR_FUZZ_ONLY` (one index, to reproduce),
/// `VIDU_GENERATOR_FUZZ_DUMP` (a directory: `dumpSpecs` writes the specs there as
/// `fuzz<index>.json` and generates nothing, for the script, which runs each in its own
/// `vidu-codegen` process).
@Suite struct GeneratorFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["VIDU_GENERATOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_260_415
    static let count = environment["VIDU_GENERATOR_FUZZ_COUNT"].flatMap { Int($0) } ?? 200
    static let compileCount = environment["VIDU_GENERATOR_FUZZ_COMPILE"].flatMap { Int($0) } ?? 20
    static let only = environment["VIDU_GENERATOR_FUZZ_ONLY"].flatMap { Int($0) }
    static let dumpDirectory = environment["VIDU_GENERATOR_FUZZ_DUMP"].map { URL(fileURLWithPath: $0, isDirectory: true) }
    static let breadcrumb = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-generator-fuzz-current.json")

    /// What became of one spec.
    enum Outcome {
        case rejectedByReader([Diagnostic])
        case rejectedByGenerator([Diagnostic])
        case generated([String: String], warnings: [Diagnostic])
    }

    static var indexes: [Int] { only.map { [$0] } ?? Array(0..<count) }

    static func spec(_ index: Int) -> String {
        var builder = FuzzSpecBuilder(seed: seed, index: index)
        return builder.spec()
    }

    static func run(_ index: Int, text: String) -> Outcome {
        try? Data(("// seed \(seed) index \(index)\n" + text).utf8).write(to: breadcrumb)
        let document: SpecDocument
        do {
            document = try DocumentReader.read(text: text, file: "specs/fuzz\(index).json")
        } catch {
            return .rejectedByReader(error.diagnostics)
        }
        do {
            let generated = try CodeGenerator.generateReportingWarnings([document])
            return .generated(Dictionary(uniqueKeysWithValues: generated.files.map { ($0.path, $0.contents) }), warnings: generated.warnings)
        } catch {
            return .rejectedByGenerator(error.diagnostics)
        }
    }

    @Test func randomSpecsGiveCodeOrDiagnostics() {
        print("GeneratorFuzz: seed \(Self.seed), \(Self.indexes.count) specs; each spec is written to \(Self.breadcrumb.path) before it is generated, so after a crash that file is the spec that crashed")
        var reader = 0, generator = 0, generated = 0, warned = 0
        for index in Self.indexes {
            switch Self.run(index, text: Self.spec(index)) {
            case .rejectedByReader(let diagnostics):
                reader += 1
                #expect(!diagnostics.isEmpty, "spec \(index) was rejected without a diagnostic")
            case .rejectedByGenerator(let diagnostics):
                generator += 1
                #expect(!diagnostics.isEmpty, "spec \(index) was rejected without a diagnostic")
            case .generated(let files, let warnings):
                generated += 1
                if !warnings.isEmpty { warned += 1 }
                #expect(!files.isEmpty)
            }
        }
        print("GeneratorFuzz: \(Self.indexes.count) specs: \(generated) generated (\(warned) with warnings), \(generator) generator diagnostics, \(reader) reader diagnostics")
        // The builder aims at the generator: most specs must get past the reader.
        if Self.only == nil { #expect(generated * 4 >= Self.indexes.count, "only \(generated) of \(Self.indexes.count) specs generated") }
    }

    @Test(.enabled(if: dumpDirectory != nil, "set VIDU_GENERATOR_FUZZ_DUMP=DIR to write the specs (Tests/Fuzz/generator_fuzz.sh does)"))
    func dumpSpecs() throws {
        let directory = try #require(Self.dumpDirectory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for index in Self.indexes {
            try Data(Self.spec(index).utf8).write(to: directory.appendingPathComponent("fuzz\(index).json"))
        }
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func generatedCodeTypeChecks() async throws {
        var batch: [String: String] = [:]
        var batchIndexes: [Int] = []
        var compiled = 0
        func check() async throws {
            guard !batchIndexes.isEmpty else { return }
            let outcome = try await CompileCheck.typecheck(batch)
            if !outcome.succeeded {
                // Keep the specs beside the generated code, for reproduction.
                for index in batchIndexes {
                    try? Data(Self.spec(index).utf8).write(to: outcome.directory.appendingPathComponent("fuzz\(index).json"))
                }
            }
            CompileCheck.expectSuccess(outcome, "swiftc -typecheck of specs \(batchIndexes) (seed \(Self.seed))")
            compiled += batchIndexes.count
            batch = [:]
            batchIndexes = []
        }
        for index in Self.indexes where compiled + batchIndexes.count < Self.compileCount {
            guard case .generated(let files, _) = Self.run(index, text: Self.spec(index)) else { continue }
            batch.merge(files) { first, _ in first }
            batchIndexes.append(index)
            if batchIndexes.count == 20 { try await check() }
        }
        try await check()
        print("GeneratorFuzz: type-checked the code of \(compiled) generated specs (seed \(Self.seed))")
        #expect(compiled == Self.compileCount || Self.only != nil, "only \(compiled) specs generated")
    }
}
