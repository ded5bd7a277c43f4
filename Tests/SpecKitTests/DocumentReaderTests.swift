import Testing
@testable import SpecKit

@Suite struct DocumentReaderTests {
    static let miniSpec = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Mini provider", "version": "2026-11", "description": "A small spec.",
        "x-swift-namespace": "Mini",
        "x-rate-limits": {"requestsPerMinute": 60, "concurrentTasks": 10}
      },
      "servers": [{"url": "https://api.mini.example", "description": "production"}],
      "security": [{"token": []}],
      "tags": [{"name": "video"}],
      "paths": {
        "/v1/videos": {
          "post": {
            "operationId": "createVideo",
            "summary": "Create a video",
            "requestBody": {
              "required": true,
              "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/CreateRequest"},
                "examples": {"basic": {"summary": "Text only", "value": {"prompt": "a cat"}}}
              }}
            },
            "responses": {
              "200": {
                "description": "Accepted",
                "headers": {"X-Request-Id": {"schema": {"type": "string"}}},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}
              },
              "4XX": {"$ref": "#/components/responses/Error"}
            },
            "x-task": {
              "statusOperation": "getTask", "statusParameter": "task_id",
              "taskId": ["/data/task_id"], "state": "/data/status", "progress": "/data/progress",
              "succeeded": ["completed"], "failed": ["failed", "cancelled"],
              "resultUrls": ["/data/result/videos/*/url/*", "/data/resultJson/@json/resultUrls/*"],
              "coverUrl": "/data/cover", "errorCode": "/data/error/code", "errorMessage": "/data/error/message",
              "estimatedSeconds": "/data/estimated_time",
              "polling": {"initialDelaySeconds": 60, "intervalSeconds": 5},
              "cancelOperation": "cancelTask"
            }
          }
        },
        "/v1/tasks/{task_id}": {
          "parameters": [{"$ref": "#/components/parameters/TaskID"}],
          "get": {
            "operationId": "getTask",
            "parameters": [{"name": "language", "in": "query", "schema": {"enum": ["zh", "en"]}}],
            "responses": {"200": {"description": "The task", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}}}
          },
          "delete": {
            "operationId": "cancelTask",
            "responses": {"204": {"description": "Cancelled"}}
          }
        }
      },
      "webhooks": {
        "taskFinished": {
          "post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}}
          }
        }
      },
      "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "Token", "description": "Authorization: Token <key>"}},
        "parameters": {"TaskID": {"name": "task_id", "in": "path", "required": true, "schema": {"type": "string"}}},
        "responses": {"Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        "schemas": {
          "CreateRequest": {
            "type": "object",
            "properties": {"prompt": {"type": "string", "maxLength": 2000}, "duration": {"type": "integer", "minimum": 1, "maximum": 16}},
            "required": ["prompt"],
            "additionalProperties": false
          },
          "Created": {
            "type": "object",
            "properties": {"data": {"type": "object", "properties": {"task_id": {"type": "string"}}}}
          },
          "Error": {"type": "object", "properties": {"code": {"type": ["integer", "string"]}, "message": {"type": "string"}}}
        }
      }
    }
    """#

    @Test func readsARealisticDocument() throws {
        let document = try DocumentReader.read(text: Self.miniSpec, file: "specs/mini.json")
        #expect(document.file == "specs/mini.json")
        #expect(document.title == "Mini provider" && document.version == "2026-11" && document.description == "A small spec.")
        #expect(document.namespace == "Mini")
        #expect(document.rateLimits == RateLimits(requestsPerMinute: 60, concurrentTasks: 10))
        #expect(document.servers == [Server(url: "https://api.mini.example", description: "production")])
        #expect(document.auth == AuthScheme(scheme: "Token", description: "Authorization: Token <key>"))
        #expect(document.operations.map { "\($0.method) \($0.path) \($0.operationID)" } == [
            "POST /v1/videos createVideo", "GET /v1/tasks/{task_id} getTask", "DELETE /v1/tasks/{task_id} cancelTask",
        ])
        #expect(document.schemas.map(\.name) == ["CreateRequest", "Created", "Error"])

        let create = document.operations[0]
        #expect(create.summary == "Create a video")
        #expect(create.source.pointer == "/paths/~1v1~1videos/post")
        #expect(create.source.location == SourceLocation(line: 13, column: 15))
        let body = try #require(create.requestBody)
        #expect(body.required)
        #expect(body.schema.ref == "file:///specs/mini.json#/components/schemas/CreateRequest")
        #expect(document.registry.schema(at: body.schema.ref!) === document.schemas[0].schema)
        #expect(body.examples.map(\.name) == ["basic"] && body.examples[0].summary == "Text only")
        #expect(body.examples[0].value["prompt"]?.string == "a cat")
        #expect(body.examples[0].pointer == "/paths/~1v1~1videos/post/requestBody/content/application~1json/examples/basic")
        #expect(create.responses.map(\.status) == ["200", "4XX"])
        #expect(create.responses[0].headers == ["X-Request-Id"] && create.responses[0].description == "Accepted")
        #expect(create.responses[1].description == "An error")
        #expect(create.responses[1].schema?.ref == "file:///specs/mini.json#/components/schemas/Error")

        let task = try #require(create.task)
        #expect(task == TaskExtension(
            statusOperation: "getTask", statusParameter: "task_id", taskID: ["/data/task_id"], state: "/data/status",
            progress: "/data/progress", succeeded: ["completed"], failed: ["failed", "cancelled"],
            resultURLs: ["/data/result/videos/*/url/*", "/data/resultJson/@json/resultUrls/*"], coverURL: "/data/cover",
            errorCode: "/data/error/code", errorMessage: "/data/error/message", estimatedSeconds: "/data/estimated_time",
            initialDelaySeconds: 60, intervalSeconds: 5, cancelOperation: "cancelTask"
        ))

        let getTask = document.operations[1]
        #expect(getTask.parameters.map { "\($0.location.rawValue) \($0.name) \($0.required)" } == ["path task_id true", "query language false"])
        #expect(getTask.parameters[1].schema.enumValues?.count == 2)
        #expect(document.operations[2].responses[0].schema == nil)

        #expect(document.componentSchemaName(for: body.schema.ref!) == "CreateRequest")
        #expect(document.componentSchemaName(for: "file:///specs/mini.json#/components/schemas/Created/properties/data") == nil)
        #expect(document.webhooks.map(\.name) == ["taskFinished"])
        #expect(document.webhooks[0].operation.operationID == "taskFinished" && document.webhooks[0].operation.method == "POST")
    }
}
