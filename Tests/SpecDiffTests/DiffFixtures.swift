import Foundation
import SpecKit
@testable import CodeGen

/// Small specs built in the test, and the changes between two of them.
struct SpecFixture {
    /// `components.schemas.Req`: the request body of `createThing`.
    var request = #"{"type": "object", "properties": {"name": {"type": "string"}}}"#
    /// `components.schemas.Res`: the 200 body of `createThing` and `getThing`.
    var response = #"{"type": "object", "properties": {"id": {"type": "string"}, "state": {"type": "string"}}}"#
    /// More `components.schemas` members, with a leading comma.
    var components = ""
    /// The parameters of `getThing`.
    var statusParameters = #"[{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]"#
    var createMethod = "post"
    var createPath = "/v1/things"
    var server = "https://api.example.com"
    var scheme = "bearer"
    var rateLimits = #"{"requestsPerMinute": 60}"#
    var task = #"{"statusOperation": "getThing", "statusParameter": "id", "taskId": ["/id"], "state": "/state", "succeeded": ["done"], "failed": ["failed"], "resultUrls": ["/url"], "polling": {"initialDelaySeconds": 10, "intervalSeconds": 5}}"#
    var requestBodyRequired = true
    var extraOperation = ""

    var text: String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "Test", "version": "1", "x-swift-namespace": "Test", "x-rate-limits": \(rateLimits)},
          "servers": [{"url": "\(server)"}],
          "security": [{"auth": []}],
          "paths": {
            "\(createPath)": {
              "\(createMethod)": {
                "operationId": "createThing",
                "requestBody": {"required": \(requestBodyRequired), "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}},
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Res"}}}}},
                "x-task": \(task)
              }
            },
            "/v1/things/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": \(statusParameters),
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Res"}}}}}
              }
            }\(extraOperation)
          },
          "components": {
            "securitySchemes": {"auth": {"type": "http", "scheme": "\(scheme)"}},
            "schemas": {"Req": \(request), "Res": \(response)\(components)}
          }
        }
        """
    }

    func document(_ file: String = "specs/test.json") throws -> SpecDocument {
        try DocumentReader.read(text: text, file: file)
    }
}

enum DiffFixtures {
    /// The changes from `old` to `new` (documentation changes included).
    static func changes(_ old: SpecFixture, _ new: SpecFixture) throws -> [SpecChange] {
        SpecDiff.compare(old: try old.document(), new: try new.document(), provider: "test")
    }

    /// The changes when only the request schema changes.
    static func request(_ old: String, _ new: String) throws -> [SpecChange] {
        var a = SpecFixture()
        var b = SpecFixture()
        a.request = old
        b.request = new
        return try changes(a, b).filter { !$0.isDocumentationOnly }
    }

    /// The changes when only the response schema changes.
    static func response(_ old: String, _ new: String) throws -> [SpecChange] {
        var a = SpecFixture()
        var b = SpecFixture()
        a.response = old
        b.response = new
        return try changes(a, b).filter { !$0.isDocumentationOnly }
    }

    /// An object schema with `properties` (JSON text of the members) and extra keywords.
    static func object(_ properties: String, _ extra: String = "") -> String {
        #"{"type": "object", "properties": {"# + properties + "}" + (extra.isEmpty ? "" : ", " + extra) + "}"
    }

    /// The fixture files of the real pairs (copied from git history).
    static func fixture(_ name: String) throws -> SpecDocument {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try DocumentReader.read(fileAt: url.path)
    }

    static func fixturePath(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json")!.path
    }
}

extension Array where Element == SpecChange {
    /// The one change of `kind` (at `location`, when given); nil when there is none or several.
    func one(_ kind: ChangeKind, at location: String? = nil) -> SpecChange? {
        let matches = filter { $0.kind == kind && (location == nil || $0.location == location) }
        return matches.count == 1 ? matches[0] : nil
    }
}
