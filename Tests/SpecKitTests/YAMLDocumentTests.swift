import Foundation
import Testing
@testable import SpecKit

/// YAML specs through `DocumentReader` and `SpecLoader`: the YAML twin of
/// `DocumentReaderTests.miniSpec` reads into the same document, and YAML errors are
/// diagnostics with the file's line and column.
@Suite struct YAMLDocumentTests {
    /// `DocumentReaderTests.miniSpec` as vendors write YAML: block and flow collections,
    /// comments, a folded scalar, quoted keys and values, and an anchor with its aliases.
    static let miniSpecYAML = #"""
    # The same document as DocumentReaderTests.miniSpec.
    openapi: 3.1.0
    info:
      title: Mini provider
      version: '2026-11'
      description: >-
        A small
        spec.
      x-swift-namespace: Mini
      x-rate-limits: {requestsPerMinute: 60, concurrentTasks: 10}
    servers:
      - url: https://api.mini.example
        description: production
    security:
      - token: []
    tags: [{name: video}]
    paths:
      /v1/videos:
        post:
          operationId: createVideo
          summary: Create a video
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/CreateRequest'}
                examples:
                  basic:
                    summary: Text only
                    value: {prompt: "a cat"}
          responses:
            "200":
              description: Accepted
              headers:
                X-Request-Id:
                  schema: {type: string}
              content:
                application/json:
                  schema: &created
                    $ref: '#/components/schemas/Created'
            4XX:
              $ref: '#/components/responses/Error'
          x-task:
            statusOperation: getTask
            statusParameter: task_id
            taskId: [/data/task_id]
            state: /data/status
            progress: /data/progress
            succeeded: [completed]
            failed:
              - failed
              - cancelled
            resultUrls:
              - /data/result/videos/*/url/*
              - /data/resultJson/@json/resultUrls/*
            coverUrl: /data/cover
            errorCode: /data/error/code
            errorMessage: /data/error/message
            estimatedSeconds: /data/estimated_time
            polling:
              initialDelaySeconds: 60
              intervalSeconds: 5
            cancelOperation: cancelTask
      /v1/tasks/{task_id}:
        parameters:
          - $ref: '#/components/parameters/TaskID'
        get:
          operationId: getTask
          parameters:
            - name: language
              in: query
              schema:
                enum: [zh, en]
          responses:
            200:
              description: The task
              content:
                application/json:
                  schema: *created
        delete:
          operationId: cancelTask
          responses:
            '204': {description: Cancelled}
    webhooks:
      taskFinished:
        post:
          requestBody:
            content:
              application/json:
                schema: *created
    components:
      securitySchemes:
        token:
          type: http
          scheme: Token
          description: "Authorization: Token <key>"
      parameters:
        TaskID: {name: task_id, in: path, required: true, schema: {type: string}}
      responses:
        Error:
          description: An error
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
      schemas:
        CreateRequest:
          type: object
          properties:
            prompt: {type: string, maxLength: 2000}
            duration: {type: integer, minimum: 1, maximum: 16}
          required: [prompt]
          additionalProperties: false
        Created:
          type: object
          properties:
            data:
              type: object
              properties:
                task_id: {type: string}
        Error:
          type: object
          properties:
            code: {type: [integer, string]}
            message: {type: string}
    """#

    /// What a document says, without where it says it (file names made equal).
    private func facts(_ document: SpecDocument) -> [String] {
        let uri = SchemaURI.fileURI(forPath: document.file)
        func ref(_ schema: Schema?) -> String {
            (schema?.ref ?? "none").replacingOccurrences(of: uri, with: "FILE")
        }
        var lines = [
            "\(document.title) | \(document.version) | \(document.description ?? "-") | \(document.namespace)",
            "\(String(describing: document.rateLimits)) | \(document.servers) | \(document.auth)",
            "schemas: \(document.schemas.map(\.name))",
        ]
        for operation in document.operations + document.webhooks.map(\.operation) {
            lines.append("\(operation.method) \(operation.path) \(operation.operationID) \(operation.summary ?? "-") \(operation.source.pointer)")
            lines.append("  parameters: " + operation.parameters.map { "\($0.name) \($0.location) \($0.required) \(ref($0.schema))" }.joined(separator: ", "))
            if let body = operation.requestBody {
                lines.append("  body: \(body.required) \(ref(body.schema)) " + body.examples.map { "\($0.name) \($0.summary ?? "-") \(JSONStream.text($0.value)) \($0.pointer)" }.joined(separator: ", "))
            }
            for response in operation.responses {
                lines.append("  \(response.status): \(response.description ?? "-") \(ref(response.schema)) \(response.headers)")
            }
            lines.append("  task: \(String(describing: operation.task))")
        }
        lines.append("webhooks: \(document.webhooks.map(\.name))")
        return lines
    }

    @Test func yamlTwinReadsLikeTheJSON() throws {
        let json = try DocumentReader.read(text: DocumentReaderTests.miniSpec, file: "specs/mini.json")
        let yaml = try DocumentReader.read(text: Self.miniSpecYAML, file: "specs/mini.yaml")
        #expect(yaml.file == "specs/mini.yaml")
        #expect(facts(yaml) == facts(json))
        #expect(yaml.description == "A small spec.")
        // Locations are the YAML file's: the operation's mapping starts at its first key.
        #expect(yaml.operations[0].source.location == SourceLocation(line: 20, column: 7))
        #expect(yaml.operations[0].requestBody?.schema.ref == SchemaURI.fileURI(forPath: "specs/mini.yaml") + "#/components/schemas/CreateRequest")
    }

    @Test func yamlSpecsLoadFromADirectoryBesideJSON() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("speckit-yaml-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let other = DocumentReaderTests.miniSpec.replacingOccurrences(of: #""x-swift-namespace": "Mini""#, with: #""x-swift-namespace": "Other""#)
        try other.write(toFile: path + "/a.json", atomically: true, encoding: .utf8)
        try Self.miniSpecYAML.write(toFile: path + "/b.yaml", atomically: true, encoding: .utf8)
        try Self.miniSpecYAML.replacingOccurrences(of: "x-swift-namespace: Mini", with: "x-swift-namespace: Third")
            .write(toFile: path + "/c.yml", atomically: true, encoding: .utf8)
        try "not a spec".write(toFile: path + "/notes.md", atomically: true, encoding: .utf8)
        let documents = try SpecLoader.load(path)
        #expect(documents.map(\.namespace) == ["Other", "Mini", "Third"])
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(documents.map(\.file) == [name + "/a.json", name + "/b.yaml", name + "/c.yml"])
    }

    @Test func yamlSyntaxErrorsAreDiagnosticsWithLineAndColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("speckit-yaml-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Line 4 is indented one space less than the mapping it continues.
        try "openapi: 3.1.0\ninfo:\n  title: T\n version: '1'\n".write(toFile: path + "/bad.yaml", atomically: true, encoding: .utf8)
        let lint = SpecLoader.lint(directory: path)
        #expect(!lint.passed)
        let first = try #require(lint.report.split(separator: "\n").first)
        #expect(first.hasPrefix("\(path)/bad.yaml:4:2: error: invalid YAML: "))
        #expect(lint.report.hasSuffix("1 error"))

        let text = "openapi: 3.1.0\ninfo: {title: T, version: \"1\"\npaths: {}\n"
        let diagnostics = SpecFixtures.diagnostics(text, file: "specs/t.yaml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(line: 3, column: 1))
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML: ") == true)
    }

    @Test func yamlDuplicateKeysAndSemanticErrorsPointIntoTheYAML() {
        let duplicate = "openapi: 3.1.0\ninfo:\n  title: T\n  title: U\n"
        #expect(SpecFixtures.firstLines(duplicate, file: "specs/t.yaml")
            == [#"specs/t.yaml:4:3: error: invalid YAML: duplicate key "title" in one mapping (first at 3:3) [#]"#])
        let wrongVersion = Self.miniSpecYAML.replacingOccurrences(of: "openapi: 3.1.0", with: "openapi: 3.2.0")
        #expect(SpecFixtures.firstLines(wrongVersion, file: "specs/t.yaml")
            == ["specs/t.yaml:2:10: error: OpenAPI version '3.2.0' is not supported [#/openapi]"])
    }
}
