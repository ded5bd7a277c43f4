import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Bodies and answers that are not plain JSON: multipart and urlencoded forms, bytes, text,
/// `*/*+json`, server-sent events (a warning); and header and cookie parameters.
@Suite struct MediaTypeTests {
    static let spec = #"""
    {
      "openapi": "3.1.0",
      "info": {"title": "Media", "version": "1", "x-swift-namespace": "Media"},
      "servers": [{"url": "https://api.example.com"}],
      "security": [{"auth": []}],
      "paths": {
        "/v1/uploads": {"post": {
          "operationId": "upload",
          "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/UploadRequest"}}}},
          "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Upload"}}}},
            "default": {"description": "problem", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
          }
        }},
        "/v1/edits": {"post": {
          "operationId": "edit",
          "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "required": ["image"], "properties": {
            "image": {"anyOf": [{"type": "string", "format": "binary"}, {"type": "array", "items": {"type": "string", "format": "binary"}}]},
            "mask": {"type": "string", "contentMediaType": "image/png"},
            "n": {"type": "integer", "minimum": 1}
          }}}}},
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Upload"}}}}}
        }},
        "/v1/tokens": {"post": {
          "operationId": "token",
          "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"grant_type": {"type": "string"}, "scope": {"type": "array", "items": {"type": "string"}}}}}}},
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"access_token": {"type": "string"}}}}}}}
        }},
        "/v1/videos/{id}/content": {"get": {
          "operationId": "downloadVideo",
          "parameters": [
            {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
            {"name": "session", "in": "cookie", "required": true, "schema": {"type": "string"}}
          ],
          "responses": {"200": {"description": "the video", "content": {"video/mp4": {"schema": {"type": "string", "format": "binary"}}, "image/webp": {}}}}
        }},
        "/v1/files/{id}/raw": {"put": {
          "operationId": "putRaw",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "responses": {"200": {"description": "text", "content": {"text/plain": {"schema": {"type": "string"}}}}}
        }},
        "/v1/chat": {"post": {
          "operationId": "chat",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"stream": {"type": "boolean"}}}}}},
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Upload"}}, "text/event-stream": {}}}}
        }},
        "/v1/events": {"get": {
          "operationId": "events",
          "responses": {"200": {"description": "events", "content": {"text/event-stream": {"schema": {"type": "string"}}}}}
        }}
      },
      "components": {
        "securitySchemes": {"auth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
          "UploadRequest": {"type": "object", "required": ["file", "purpose"], "additionalProperties": false, "properties": {
            "file": {"type": "string", "format": "binary"},
            "purpose": {"type": "string", "enum": ["vision", "batch"]},
            "tags": {"type": "array", "items": {"type": "string"}}
          }},
          "Upload": {"type": "object", "properties": {"id": {"type": "string"}}},
          "Problem": {"type": "object", "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}}
        }
      }
    }
    """#

    static func generate() throws -> (files: [String: String], warnings: [Diagnostic]) {
        let document = try DocumentReader.read(text: spec, file: "specs/media.json")
        let result = try CodeGenerator.generateReportingWarnings([document])
        return (Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) }), result.warnings)
    }

    @Test func formsBytesAndTextBecomeTypedArgumentsAndAnswers() throws {
        let text = TestSupport.allText(try Self.generate().files)
        // A multipart component: its binary string is a file part.
        #expect(text.contains("public var file: ViduRuntime.MultipartFile"))
        #expect(text.contains("body: body.checkedForSending().encoded(as: .multipart, from: body), as: Media.Upload.self)"))
        #expect(text.contains("body: body.map { $0.checkedForSending().encoded(as: .multipart, from: $0) }"))
        #expect(text.contains("public var mask: ViduRuntime.MultipartFile?"))
        #expect(text.contains("encoded(as: .urlEncodedForm, from: body)"))
        #expect(text.contains("-> ViduRuntime.BinaryResponse"))
        #expect(text.contains(#"accepting: "video/mp4, image/webp")"#))
        #expect(text.contains("_ body: Foundation.Data"))
        #expect(text.contains(#"ViduRuntime.CheckedBody.raw(body, contentType: "application/octet-stream")"#))
        #expect(text.contains(#"try await executor.performText("#))
        // `application/problem+json` is JSON: the default answer has a type.
        #expect(text.contains(#"kind: .response(status: "default"), schemaTable: schemaTable, root: 8, typeName: "Media.Problem""#))
    }

    @Test func aFileAnswerAlsoHasAFormThatStreamsItToDisk() throws {
        let text = TestSupport.allText(try Self.generate().files)
        #expect(text.contains("""
                    xTrace: String? = nil,
                    session: String,
                    to destination: Foundation.URL,
                    progress: (@Sendable (ViduRuntime.DownloadProgress) -> Void)? = nil
                ) async throws(ViduRuntime.ViduError) -> ViduRuntime.DownloadedFile {
                    try await executor.performDownload(Media.Operations.downloadVideo, schemas: Media.schemaTable, parameters: [id.jsonValue, xTrace?.jsonValue, session.jsonValue], accepting: "video/mp4, image/webp", to: destination, progress: progress)
                }
        """))
        // Text and event streams have no such form.
        #expect(text.components(separatedBy: "executor.performDownload(").count == 2)
    }

    @Test func serverSentEventsAreAWarningThatSaysWhatIsLost() throws {
        let warnings = try Self.generate().warnings.map(\.message)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("'events' answers 200 with text/event-stream") && $0.contains("not delivered as they arrive") })
        #expect(warnings.contains { $0.contains("'chat' may also answer 200 with text/event-stream") && $0.contains("not supported") })
    }

    @Test func headerAndCookieParametersAreArgumentsPlacedByLocation() throws {
        let text = TestSupport.allText(try Self.generate().files)
        #expect(text.contains("id: String,\n            xTrace: String? = nil,\n            session: String\n"))
        #expect(text.contains("parameters: [id.jsonValue, xTrace?.jsonValue, session.jsonValue]"))
        #expect(text.contains(#"ViduRuntime.ParameterDescriptor("X-Trace", in: .header"#))
        #expect(text.contains(#"ViduRuntime.ParameterDescriptor("session", in: .cookie"#))
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func theOutputTypeChecksWithoutWarnings() async throws {
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(try Self.generate().files), "swiftc -typecheck")
    }
}
