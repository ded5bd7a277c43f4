import Testing
@testable import SpecKit

/// One test per document-level diagnostic, each asserting the exact first line.
@Suite struct DocumentDiagnosticTests {
    @Test func invalidJSON() {
        #expect(SpecFixtures.firstLines("{\n  \"openapi\": \"3.1.0\",\n}") == [
            "specs/t.json:3:1: error: invalid JSON: trailing comma before '}' [#]",
        ])
    }

    @Test func unknownDocumentKey() {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: "\"security\":", with: "\"securty\": [],\n  \"security\":")
        let diagnostics = SpecFixtures.diagnostics(text)
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "specs/t.json:4:3: error: unknown key 'securty' in the document [#/securty]",
        ])
        #expect(diagnostics.first?.hint == "did you mean 'security'?")
    }

    /// `nullable` in a 3.1 document is read as 3.0 reads it, with a warning.
    @Test func nullableInA31Document() throws {
        let text = SpecFixtures.document(schemas: #"      "A": {"type": "string", "nullable": true}"#)
        #expect(SpecFixtures.warningLines(text) == [
            "specs/t.json:8:31: warning: 'nullable' is OpenAPI 3.0, not JSON Schema 2020-12; read as 3.0 reads it (the value may also be null) [#/components/schemas/A/nullable]",
        ])
        let document = try DocumentReader.read(text: text, file: "specs/t.json")
        #expect(document.warnings.first?.hint == #"in a 3.1 document write "type": ["<type>", "null"]"#)
        #expect(document.schemas.first?.schema.types == ["string", "null"])
    }

    @Test func danglingReference() {
        let text = SpecFixtures.document(schemas: #"""
              "Task": {"type": "object"},
              "TaskStatus": {"type": "string"},
              "Wrapper": {"properties": {"task": {"$ref": "#/components/schemas/Tsak"}}}
        """#)
        let diagnostics = SpecFixtures.diagnostics(text)
        #expect(diagnostics.map(\.description) == [
            "specs/t.json:10:51: error: $ref target '#/components/schemas/Tsak' not found [#/components/schemas/Wrapper/properties/task/$ref]\n"
                + "specs/t.json:10:51: note: existing names under '#/components/schemas/': Task, TaskStatus, Wrapper",
        ])
    }

    @Test func referenceCycle() {
        let text = SpecFixtures.document(schemas: #"""
              "A": {"$ref": "#/components/schemas/B"},
              "B": {"$ref": "#/components/schemas/A"},
              "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}}
        """#)
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:8:21: error: $ref cycle never reaches a schema: #/components/schemas/A → #/components/schemas/B → #/components/schemas/A [#/components/schemas/A/$ref]",
        ])
    }

    @Test func requiredPropertyMissingFromProperties() throws {
        let text = SpecFixtures.document(schemas: #"""
              "A": {"type": "object", "properties": {"name": {}}, "required": ["nmae"]},
              "Open": {"properties": {"name": {}}, "additionalProperties": {"type": "string"}, "required": ["other"]},
              "Pattern": {"properties": {"name": {}}, "patternProperties": {"^x-": {}}, "required": ["x-id"]},
              "Composed": {"allOf": [{"properties": {"id": {}}}], "properties": {"name": {}}, "required": ["id"]}
        """#)
        #expect(SpecFixtures.warningLines(text) == [
            "specs/t.json:8:72: warning: required property 'nmae' is not in 'properties', so the generated type has no member for it [#/components/schemas/A/required/0]",
        ])
        #expect(try DocumentReader.read(text: text, file: "specs/t.json").warnings.first?.hint == "did you mean 'name'?")
    }

    /// Without x-swift-namespace the namespace comes from the title (see NamespaceTests).
    @Test func missingNamespace() throws {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: #", "x-swift-namespace": "T""#, with: "")
        #expect(try DocumentReader.read(text: text, file: "specs/vidu-official.json").namespace == "T")
        let bad = SpecFixtures.document(schemas: "").replacingOccurrences(of: #""x-swift-namespace": "T""#, with: #""x-swift-namespace": "2x""#)
        let diagnostics = SpecFixtures.diagnostics(bad, file: "specs/vidu-official.json")
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "specs/vidu-official.json:3:63: error: 'x-swift-namespace' must be a Swift identifier that starts with an upper-case letter and is not a keyword or standard type, not '2x' [#/info/x-swift-namespace]",
        ])
        #expect(diagnostics.first?.hint == #"for example "T""#)
    }

    @Test func duplicateOperationID() {
        let text = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "T", "version": "1", "x-swift-namespace": "T"},
          "security": [{"key": []}],
          "paths": {
            "/a": {"get": {"operationId": "getThing", "responses": {"200": {"description": "ok"}}}},
            "/b": {"get": {"operationId": "getThing", "responses": {"200": {"description": "ok"}}}}
          },
          "components": {"securitySchemes": {"key": {"type": "http", "scheme": "bearer"}}}
        }
        """#
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:7:35: error: duplicate operationId 'getThing' (first used at line 6) [#/paths/~1b/get/operationId]",
        ])
    }

    @Test func taskReferencesMustNameRealOperationsAndParameters() {
        let text = DocumentReaderTests.miniSpec
            .replacingOccurrences(of: #""statusParameter": "task_id""#, with: #""statusParameter": "taskId""#)
            .replacingOccurrences(of: #""cancelOperation": "cancelTask""#, with: #""cancelOperation": "cancelTsk""#)
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:32:60: error: 'taskId' is not a parameter of getTask [#/paths/~1v1~1videos/post/x-task/statusParameter]",
            "specs/t.json:39:30: error: x-task cancelOperation 'cancelTsk' is not an operationId of this document [#/paths/~1v1~1videos/post/x-task/cancelOperation]",
        ])
    }

    @Test func openAPIVersionMustBe30Or31() {
        #expect(SpecFixtures.firstLines(SpecFixtures.document(schemas: "").replacingOccurrences(of: "3.1.0", with: "3.0.3")) == [])
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: "3.1.0", with: "3.2.0")
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:2:14: error: OpenAPI version '3.2.0' is not supported [#/openapi]",
        ])
        #expect(SpecFixtures.diagnostics(text).first?.hint == #"SpecKit reads OpenAPI 3.0.x and 3.1.x; write "openapi": "3.1.0" for a document of your own"#)
        #expect(SpecFixtures.firstLines(SpecFixtures.document(schemas: "").replacingOccurrences(of: "3.1.0", with: "2.0")).count == 1)
    }

    @Test func collectsEveryDiagnosticOfAFile() {
        let text = SpecFixtures.document(schemas: #"""
              "A": {"minimum": "1", "exmaple": 1},
              "B": {"$ref": "#/components/schemas/C"}
        """#).replacingOccurrences(of: #""title": "T", "#, with: "")
        #expect(SpecFixtures.diagnostics(text).map(\.pointer) == [
            "/info", "/components/schemas/A/minimum", "/components/schemas/B/$ref",
        ])
    }

    /// What SpecKit used to refuse now reads: other media types, externalValue (a warning),
    /// apiKey schemes.
    @Test func formerlyUnsupportedOpenAPIFeatures() throws {
        let text = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "T", "version": "1", "x-swift-namespace": "T"},
          "security": [{"key": []}],
          "paths": {
            "/a": {"post": {
              "operationId": "upload",
              "requestBody": {"content": {"multipart/form-data": {"schema": {}}}},
              "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}, "examples": {"e": {"externalValue": "x.json"}}}}}}
            }}
          },
          "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}}
        }
        """#
        #expect(SpecFixtures.warningLines(text) == [
            "specs/t.json:9:133: warning: example 'e' is only an externalValue, which SpecKit does not fetch: the simulation and the example tests skip it [#/paths/~1a/post/responses/200/content/application~1json/examples/e/externalValue]",
        ])
        let document = try DocumentReader.read(text: text, file: "specs/t.json")
        #expect(document.operations.first?.requestBody?.mediaType == "multipart/form-data")
        #expect(document.auth.placement == .header(name: "X-Key", prefix: nil))
    }

    @Test func reportsASharedComponentOnceAndChecksUnusedOnes() {
        let text = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "T", "version": "1", "x-swift-namespace": "T"},
          "security": [{"key": []}],
          "paths": {
            "/a/{id}": {"get": {"operationId": "a", "parameters": [{"$ref": "#/components/parameters/ID"}], "responses": {"200": {"description": "ok"}}}},
            "/b/{id}": {"get": {"operationId": "b", "parameters": [{"$ref": "#/components/parameters/ID"}], "responses": {"200": {"description": "ok"}}}}
          },
          "components": {
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
            "parameters": {
              "ID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "exmaple": "x"},
              "Unused": {"name": "q", "in": "query", "schema": {"type": "strng"}}
            }
          }
        }
        """#
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:12:90: error: unknown key 'exmaple' in a parameter [#/components/parameters/ID/exmaple]",
            "specs/t.json:13:65: error: unknown type 'strng' [#/components/parameters/Unused/schema/type]",
        ])
    }

    @Test func danglingOpenAPIComponentReference() {
        let text = DocumentReaderTests.miniSpec.replacingOccurrences(of: "#/components/parameters/TaskID", with: "#/components/parameters/TaskId")
        let diagnostics = SpecFixtures.diagnostics(text)
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "specs/t.json:32:60: error: 'task_id' is not a parameter of getTask [#/paths/~1v1~1videos/post/x-task/statusParameter]",
            "specs/t.json:39:30: error: cancelOperation cancelTask has no parameter 'task_id' to take the task id [#/paths/~1v1~1videos/post/x-task/cancelOperation]",
            "specs/t.json:44:31: error: $ref target '#/components/parameters/TaskId' not found [#/paths/~1v1~1tasks~1{task_id}/parameters/0/$ref]",
            "specs/t.json:45:14: error: the path template names '{task_id}', but getTask has no path parameter 'task_id' [#/paths/~1v1~1tasks~1{task_id}/get]",
            "specs/t.json:50:17: error: the path template names '{task_id}', but cancelTask has no path parameter 'task_id' [#/paths/~1v1~1tasks~1{task_id}/delete]",
        ])
        #expect(diagnostics[2].hint == "existing names under '#/components/parameters/': TaskID")
    }

    @Test func callsWithoutResponsesWarnButWebhooksDoNot() {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: "\"security\":", with: """
        "paths": {"/a": {"get": {"operationId": "a"}}},
          "webhooks": {"done": {"post": {"requestBody": {"content": {"application/json": {"schema": {}}}}}}},
          "security":
        """)
        #expect(SpecFixtures.warningLines(text) == [
            "specs/t.json:4:27: warning: the operation has no 'responses', so its client returns no typed answer [#/paths/~1a/get]",
        ])
    }

    @Test func serverVariablesTakeTheirDefaults() throws {
        let servers = #""servers": [{"url": "{BASE}/v1", "variables": {"BASE": {"default": "https://api.example", "description": "d"}}}],"#
        let document = try DocumentReader.read(text: SpecFixtures.document(schemas: "").replacingOccurrences(of: #""security":"#, with: servers + "\n  \"security\":"), file: "t.json")
        #expect(document.servers == [Server(url: "https://api.example/v1", description: nil)])
        let undefined = #""servers": [{"url": "{HOST}/v1"}],"#
        #expect(SpecFixtures.firstLines(SpecFixtures.document(schemas: "").replacingOccurrences(of: #""security":"#, with: undefined + "\n  \"security\":")) == [
            "specs/t.json:4:23: error: the server URL uses '{HOST}', which 'variables' does not define [#/servers/0/url]",
        ])
    }

    @Test func cancelOperationMustTakeTheTaskID() {
        let text = DocumentReaderTests.miniSpec.replacingOccurrences(of: #""cancelOperation": "cancelTask""#, with: #""cancelOperation": "createVideo""#)
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:39:30: error: cancelOperation createVideo has no parameter 'task_id' to take the task id [#/paths/~1v1~1videos/post/x-task/cancelOperation]",
        ])
    }
}
