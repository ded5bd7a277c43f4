import Foundation
import Testing
@testable import SpecKit

/// The published OpenAPI documents of `shared/openapi-corpus/` (not copied here: read in
/// place, from `VIDUKIT_OPENAPI_CORPUS` or `/work/shared/openapi-corpus`) read through
/// SpecKit, unmodified, without an error. Each prints what it read and its warnings counted
/// by message. When the folder is absent the suite is skipped, and says so.
@Suite(.enabled(if: OpenAPICorpus.exists, "skipped: the corpus folder \(OpenAPICorpus.folder) is absent (set VIDUKIT_OPENAPI_CORPUS)"))
struct CorpusReadingTests {

    /// Each document, with what SpecKit must read from it.
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var version: String
        var namespace: String
        var placement: AuthScheme.Placement
        var description: String { file }
    }

    static let documents: [Expectation] = [
        Expectation(file: "apple-petstore.yaml", version: "3.1", namespace: "Petstore", placement: .unauthenticated),
        Expectation(file: "kling-tryagi.yaml", version: "3.0", namespace: "KlingAI", placement: .header(name: "Authorization", prefix: "Bearer")),
        Expectation(file: "luma-dream-machine.yaml", version: "3.1", namespace: "DreamMachine", placement: .header(name: "Authorization", prefix: "Bearer")),
        Expectation(file: "oai-petstore-3.0.yaml", version: "3.0", namespace: "SwaggerPetstore", placement: .unauthenticated),
        Expectation(file: "openai.json", version: "3.1", namespace: "OpenAI", placement: .header(name: "Authorization", prefix: "Bearer")),
        Expectation(file: "replicate.json", version: "3.1", namespace: "ReplicateHTTP", placement: .header(name: "Authorization", prefix: "Bearer")),
    ]

    @Test(arguments: documents)
    func documentReads(_ expected: Expectation) throws {
        let path = OpenAPICorpus.folder + "/" + expected.file
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record("\(path) is missing from the corpus folder")
            return
        }
        let document: SpecDocument
        do {
            document = try DocumentReader.read(fileAt: path)
        } catch {
            let shown = error.diagnostics.prefix(20).map(\.description).joined(separator: "\n")
            Issue.record("\(expected.file) does not read: \(error.diagnostics.count) errors\n\(shown)")
            return
        }
        #expect(document.openAPIVersion == expected.version)
        #expect(document.namespace == expected.namespace)
        #expect(document.auth.placement == expected.placement)
        #expect(!document.operations.isEmpty)
        #expect(document.warnings.allSatisfy { $0.severity == .warning && $0.file == path && $0.location != nil && $0.hint != nil })
        print(Self.summary(of: document, file: expected.file))
    }

    /// `openai.json: reads: OpenAPI 3.1, 288 operations, ...; 12 warnings` and one line per message kind.
    static func summary(of document: SpecDocument, file: String) -> String {
        var counts: [String: Int] = [:]
        for warning in document.warnings {
            counts[kind(of: warning.message), default: 0] += 1
        }
        var lines = ["\(file): reads: OpenAPI \(document.openAPIVersion), namespace \(document.namespace), "
            + "\(document.operations.count) operations, \(document.webhooks.count) webhooks, \(document.schemas.count) schemas; "
            + "\(document.warnings.count) warnings"]
        for (kind, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(count) × \(kind)")
        }
        return lines.joined(separator: "\n")
    }

    /// The message with every quoted name replaced by `…`, so that like warnings count together.
    static func kind(of message: String) -> String {
        var result = ""
        var quoted = false
        for character in message {
            if character == "'" {
                if !quoted { result += "'…'" }
                quoted.toggle()
            } else if !quoted {
                result.append(character)
            }
        }
        return result
    }
}

/// Where the corpus of published documents is.
enum OpenAPICorpus {
    static let folder = ProcessInfo.processInfo.environment["VIDUKIT_OPENAPI_CORPUS"] ?? "/work/shared/openapi-corpus"
    static var exists: Bool { FileManager.default.fileExists(atPath: folder) }
}
