import Testing
@testable import SpecKit

/// Operations without an `operationId` are named from their method and path, uniquely in
/// the document, with a warning that names the derived id.
@Suite struct OperationIDDerivationTests {
    @Test(arguments: [
        ("get", "/v1/tasks/{task_id}", "getV1TasksTaskId"),
        ("post", "/v1/videos/generations", "postV1VideosGenerations"),
        ("delete", "/", "delete"),
        ("patch", "/api/v1/statusTask/vidu-q3", "patchApiV1StatusTaskViduQ3"),
        ("get", "/models/{model_owner}/{model_name}/versions", "getModelsModelOwnerModelNameVersions"),
    ])
    func derivation(method: String, path: String, expected: String) {
        #expect(DocumentContext.suggestedOperationID(method: method, path: path) == expected)
    }

    @Test func derivedIDsAreUniqueAndWarned() throws {
        let paths = """
          /v1/tasks/{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get: {responses: {"200": {description: ok}}}
            delete: {operationId: getV1TasksId, responses: {"200": {description: ok}}}
          /v1/tasks/{id}/:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get: {responses: {"200": {description: ok}}}
          /v1/tasks-{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get: {responses: {"200": {description: ok}}}

        """
        let document = try #require(VendorFixtures.read(VendorFixtures.document(paths: paths)))
        #expect(document.operations.map(\.operationID) == ["getV1TasksId2", "getV1TasksId", "getV1TasksId3", "getV1TasksId4"])
        #expect(document.warnings.map(\.message) == [
            "the GET /v1/tasks/{id} operation has no 'operationId'; it is named 'getV1TasksId2' (derived from the method and path)",
            "the GET /v1/tasks/{id}/ operation has no 'operationId'; it is named 'getV1TasksId3' (derived from the method and path)",
            "the GET /v1/tasks-{id} operation has no 'operationId'; it is named 'getV1TasksId4' (derived from the method and path)",
        ])
        #expect(document.warnings.first?.hint == #"add "operationId": "getV1TasksId2" to keep the name when paths change"#)
        #expect(document.warnings.first?.pointer == "/paths/~1v1~1tasks~1{id}/get")
    }

    @Test func anExplicitDuplicateIsStillAnError() {
        let paths = """
          /a: {get: {operationId: same, responses: {"200": {description: ok}}}}
          /b: {get: {operationId: same, responses: {"200": {description: ok}}}}

        """
        #expect(VendorFixtures.errors(VendorFixtures.document(paths: paths)) == ["duplicate operationId 'same' (first used at line 6)"])
    }
}
