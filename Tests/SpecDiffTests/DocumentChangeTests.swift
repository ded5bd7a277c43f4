import Testing
@testable import CodeGen

/// Operations, parameters, bodies, responses, servers, auth, `x-task` and `x-rate-limits`.
@Suite struct DocumentChangeTests {
    private func changes(_ edit: (inout SpecFixture) -> Void) throws -> [SpecChange] {
        var new = SpecFixture()
        edit(&new)
        return try DiffFixtures.changes(SpecFixture(), new).filter { !$0.isDocumentationOnly }
    }

    @Test func operationMethodAndPath() throws {
        let method = try #require(try changes { $0.createMethod = "put" }.one(.operationMethodChanged))
        #expect(method.wire == .breaking && method.swift == .none && method.location == "createThing")
        let path = try #require(try changes { $0.createPath = "/v2/things" }.one(.operationPathChanged))
        #expect(path.wire == .breaking && path.swift == .none)
    }

    @Test func operationAddedAndRemoved() throws {
        let extra = #", "/v1/credits": {"get": {"operationId": "getCredits", "responses": {"200": {"description": "OK"}}}}"#
        let added = try #require(try changes { $0.extraOperation = extra }.one(.operationAdded))
        #expect(added.wire == .relaxing && added.swift == .additive && added.location == "getCredits")
        var old = SpecFixture()
        old.extraOperation = extra
        let removed = try #require(try DiffFixtures.changes(old, SpecFixture()).one(.operationRemoved))
        #expect(removed.wire == .breaking && removed.swift == .sourceBreaking)
    }

    @Test func parameters() throws {
        let id = #"{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}"#
        let added = try #require(try changes { $0.statusParameters = "[\(id), {\"name\": \"verbose\", \"in\": \"query\", \"schema\": {\"type\": \"boolean\"}}]" }.one(.parameterAdded))
        #expect(added.wire == .compatible && added.swift == .additive && added.location == "getThing parameter verbose")
        let required = try #require(try changes { $0.statusParameters = "[\(id), {\"name\": \"verbose\", \"in\": \"query\", \"required\": true, \"schema\": {\"type\": \"boolean\"}}]" }.one(.parameterAdded))
        #expect(required.wire == .breaking && required.swift == .sourceBreaking)
        var before = SpecFixture()
        before.statusParameters = "[\(id), {\"name\": \"verbose\", \"in\": \"query\", \"required\": true, \"schema\": {\"type\": \"string\"}}]"
        var after = SpecFixture()
        after.statusParameters = "[\(id), {\"name\": \"verbose\", \"in\": \"header\", \"schema\": {\"type\": \"string\", \"maxLength\": 64}}]"
        let moved = try DiffFixtures.changes(before, after)
        let location = try #require(moved.one(.parameterLocationChanged))
        #expect(location.wire == .breaking && location.swift == .none)
        let optional = try #require(moved.one(.parameterBecameOptional))
        #expect(optional.wire == .relaxing && optional.swift == .sourceBreaking)
        let bound = try #require(moved.one(.boundTightened))
        #expect(bound.location == "getThing parameter verbose" && bound.wire == .breaking && bound.swift == .none)
        let removed = try #require(try DiffFixtures.changes(before, SpecFixture()).one(.parameterRemoved))
        #expect(removed.wire == .compatible && removed.swift == .sourceBreaking)
    }

    @Test func requestBodyRequiredness() throws {
        let change = try #require(try changes { $0.requestBodyRequired = false }.one(.requestBodyBecameOptional))
        #expect(change.wire == .relaxing && change.swift == .sourceBreaking)
    }

    @Test func serversSecurityAndRateLimits() throws {
        let server = try changes { $0.server = "https://api2.example.com" }
        #expect(server.one(.serverRemoved)?.wire == .breaking && server.one(.serverAdded)?.wire == .relaxing)
        #expect(server.allSatisfy { $0.swift == .none })
        let scheme = try #require(try changes { $0.scheme = "token" }.one(.securitySchemeChanged))
        #expect(scheme.wire == .breaking && scheme.swift == .none)
        let lower = try #require(try changes { $0.rateLimits = #"{"requestsPerMinute": 30}"# }.one(.rateLimitTightened))
        #expect(lower.wire == .breaking && lower.swift == .none)
        let higher = try #require(try changes { $0.rateLimits = #"{"requestsPerMinute": 120}"# }.one(.rateLimitRelaxed))
        #expect(higher.wire == .relaxing)
    }

    @Test func taskDescription() throws {
        let states = try changes {
            $0.task = #"{"statusOperation": "getThing", "statusParameter": "id", "taskId": ["/id", "/data/id"], "state": "/status", "succeeded": ["done", "finished"], "failed": ["error"], "resultUrls": ["/url"], "polling": {"initialDelaySeconds": 60, "intervalSeconds": 5}, "cancelOperation": "getThing"}"#
        }
        #expect(states.filter { $0.kind == .taskStateAdded }.map(\.location) == ["createThing x-task.failed", "createThing x-task.succeeded"])
        #expect(states.filter { $0.kind == .taskStateAdded }.allSatisfy { $0.wire == .compatible })
        let removed = try #require(states.one(.taskStateRemoved))
        #expect(removed.wire == .breaking && removed.swift == .none && removed.location == "createThing x-task.failed")
        #expect(states.one(.taskPathChanged, at: "createThing x-task.state")?.wire == .breaking)
        #expect(states.one(.taskPathChanged, at: "createThing x-task.taskId")?.wire == .compatible)
        #expect(states.one(.taskPollingChanged)?.wire == .compatible)
        let cancel = try #require(states.one(.taskCancelAdded))
        #expect(cancel.wire == .relaxing && cancel.side == .request)
    }

    @Test func responsesAddedAndRemoved() throws {
        var old = SpecFixture()
        old.extraOperation = #", "/v1/credits": {"get": {"operationId": "getCredits", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}, "429": {"description": "Slow down"}}}}"#
        var new = SpecFixture()
        new.extraOperation = #", "/v1/credits": {"get": {"operationId": "getCredits", "responses": {"201": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}, "503": {"description": "Down"}}}}"#
        let changes = try DiffFixtures.changes(old, new).filter { !$0.isDocumentationOnly }
        let removed = try #require(changes.one(.responseRemoved, at: "getCredits response 200"))
        #expect(removed.wire == .breaking && removed.swift == .sourceBreaking)
        #expect(changes.one(.responseAdded, at: "getCredits response 201")?.swift == .additive)
        #expect(changes.one(.responseRemoved, at: "getCredits response 429")?.wire == .compatible)
        #expect(changes.one(.responseAdded, at: "getCredits response 503")?.swift == SwiftImpact.none)
    }

    @Test func providersAddedAndRemoved() throws {
        let document = try SpecFixture().document()
        let changes = SpecDiff.compare(old: ["gone": document], new: ["fresh": document])
        #expect(changes.map(\.kind) == [.providerAdded, .providerRemoved])
        #expect(changes[0].provider == "fresh" && changes[0].wire == .relaxing && changes[0].swift == .additive)
        #expect(changes[1].provider == "gone" && changes[1].wire == .breaking && changes[1].swift == .sourceBreaking)
    }

    @Test func identicalSpecsHaveNoChanges() throws {
        #expect(try DiffFixtures.changes(SpecFixture(), SpecFixture()).isEmpty)
    }
}
