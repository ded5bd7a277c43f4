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

    @Test func unsupportedSchemaKeyword() {
        let text = SpecFixtures.document(schemas: #"      "A": {"type": "string", "nullable": true}"#)
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:8:31: error: 'nullable' is OpenAPI 3.0, not JSON Schema 2020-12 [#/components/schemas/A/nullable]",
        ])
        #expect(SpecFixtures.diagnostics(text).first?.hint == #"use "type": ["string", "null"]"#)
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

    @Test func requiredPropertyMissingFromProperties() {
        let text = SpecFixtures.document(schemas: #"""
              "A": {"type": "object", "properties": {"name": {}}, "required": ["nmae"]},
              "Open": {"properties": {"name": {}}, "additionalProperties": {"type": "string"}, "required": ["other"]},
              "Pattern": {"properties": {"name": {}}, "patternProperties": {"^x-": {}}, "required": ["x-id"]},
              "Composed": {"allOf": [{"properties": {"id": {}}}], "properties": {"name": {}}, "required": ["id"]}
        """#)
        let diagnostics = SpecFixtures.diagnostics(text)
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "specs/t.json:8:72: error: required property 'nmae' is not in 'properties' [#/components/schemas/A/required/0]",
        ])
        #expect(diagnostics.first?.hint == "did you mean 'name'?")
    }

    @Test func missingNamespace() {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: #", "x-swift-namespace": "T""#, with: "")
        let diagnostics = SpecFixtures.diagnostics(text, file: "specs/vidu-official.json")
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "specs/vidu-official.json:3:11: error: info has no 'x-swift-namespace' [#/info]",
        ])
        #expect(diagnostics.first?.hint == #"add "x-swift-namespace": "ViduOfficial" (derived from the file name)"#)
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

    @Test func openAPIVersionMustBe31() {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: "3.1.0", with: "3.0.3")
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:2:14: error: OpenAPI version '3.0.3' is not supported [#/openapi]",
        ])
    }

    @Test func collectsEveryDiagnosticOfAFile() {
        let text = SpecFixtures.document(schemas: #"""
              "A": {"minimum": "1", "example": 1},
              "B": {"$ref": "#/components/schemas/C"}
        """#).replacingOccurrences(of: #", "x-swift-namespace": "T""#, with: "")
        #expect(SpecFixtures.diagnostics(text).map(\.pointer) == [
            "/info", "/components/schemas/A/minimum", "/components/schemas/A/example", "/components/schemas/B/$ref",
        ])
    }

    @Test func unsupportedOpenAPIFeatures() {
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
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:9:116: error: 'externalValue' is not supported in an example [#/paths/~1a/post/responses/200/content/application~1json/examples/e/externalValue]",
            "specs/t.json:12:54: error: security scheme type 'apiKey' is not supported [#/components/securitySchemes/key/type]",
            "specs/t.json:12:64: error: 'in' is not supported in a security scheme [#/components/securitySchemes/key/in]",
            "specs/t.json:12:80: error: 'name' is not supported in a security scheme [#/components/securitySchemes/key/name]",
        ])
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

    @Test func callsNeedResponsesButWebhooksDoNot() {
        let text = SpecFixtures.document(schemas: "").replacingOccurrences(of: "\"security\":", with: """
        "paths": {"/a": {"get": {"operationId": "a"}}},
          "webhooks": {"done": {"post": {"requestBody": {"content": {"application/json": {"schema": {}}}}}}},
          "security":
        """)
        #expect(SpecFixtures.firstLines(text) == [
            "specs/t.json:4:27: error: the operation has no 'responses' [#/paths/~1a/get]",
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
