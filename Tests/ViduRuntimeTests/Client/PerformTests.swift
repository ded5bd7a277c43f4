import Foundation
import Testing
@_spi(Generated) import ViduRuntime
import ViduTestSupport

/// `RequestExecutor.perform`, the one call generated client methods make: parameters checked
/// by their schema roots and placed by location, the body's violations, and the task id of a
/// create call read from the raw answer.
@Suite struct PerformTests {
    /// Node 0: a string of at most 3 characters; node 1: an array of integers (node 3).
    static let schemas = try! SchemaTable(decoding: #"""
        [
        {"location":"/a","maxLength":3,"types":["string"]},
        {"items":3,"location":"/b","types":["array"]},
        {"location":"/c","properties":[["id",0]],"types":["object"]},
        {"location":"/b/items","types":["integer"]}
        ]
        """#)
    static let operation = OperationDescriptor(
        operationID: "op", method: "POST", pathTemplate: "/v1/{id}", createsTask: true,
        parameters: [
            ParameterDescriptor("id", in: .path, schemaRoot: 0), ParameterDescriptor("n", in: .query, schemaRoot: 1),
            ParameterDescriptor("X-Trace", in: .header), ParameterDescriptor("session", in: .cookie),
        ])
    static let task = TaskDescriptor(
        statusOperation: OperationDescriptor(operationID: "status", method: "GET", pathTemplate: "/v1/{id}", createsTask: false),
        statusParameter: "id", statusParameterInQuery: false, taskID: ["/data/id"], state: "/data/state", progress: nil,
        succeeded: ["done"], failed: ["failed"], resultURLs: [], coverURL: nil, errorCode: nil, errorMessage: nil,
        estimatedSeconds: nil, initialDelaySeconds: 1, intervalSeconds: 1)

    struct Reply: Decodable, Sendable { var data: Inner; struct Inner: Decodable, Sendable { var id: String } }

    @Test func placesEveryLocationAndReadsTheTaskIDFromTheRawAnswer() async throws {
        let transport = ScriptedTransport([.json(200, #"{"data":{"id":"t-1"}}"#)])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock())
        let created = try await executor.perform(
            Self.operation, schemas: Self.schemas, parameters: [.string("a b"), .array([.number(1), .number(2)]), .string("x"), .string("s1")],
            task: Self.task, as: Reply.self)
        #expect(created.taskID == "t-1" && created.response.data.id == "t-1" && created.task == Self.task)
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString.hasSuffix("/v1/a%20b?n=1&n=2"))
        #expect(request.header("X-Trace") == "x" && request.header("Cookie") == "session=s1")
    }

    @Test func everyViolationBeforeAnythingIsSent() async {
        let transport = ScriptedTransport([.json(200, "{}")])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock())
        let body = CheckedBody(json: .object([:]), violations: [Violation(pointer: "/prompt", keyword: "required", message: "is required")],
                               extraFields: ExtraFieldsReport(wire: .object([:]), declared: .object([:])))
        let result = await outcome { () async throws(ViduError) -> CreatedTask<Reply> in
            try await executor.perform(
                Self.operation, schemas: Self.schemas, parameters: [.string("toolong"), .string("x"), .string("a\r\nEvil: 1"), nil],
                body: body, task: Self.task, as: Reply.self)
        }
        guard case .invalidRequest(let violations)? = result.failure else { Issue.record("expected .invalidRequest, got \(result)"); return }
        #expect(violations.map(\.pointer) == ["/prompt", "/id", "/n", "/X-Trace"])
        #expect(transport.requests.isEmpty)
    }

    @Test func aParameterCountThatDoesNotMatchIsRefused() async {
        let executor = makeExecutor(.named("apimart"), transport: ScriptedTransport([.json(200, "{}")]), clock: TestClock())
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.performRaw(Self.operation, schemas: Self.schemas, parameters: [.string("a")])
        }
        guard case .invalidRequest(let violations)? = result.failure else { Issue.record("expected .invalidRequest, got \(result)"); return }
        #expect(violations.first?.message.contains("takes 4 parameters") == true)
    }

    @Test func anAnswerThatNamesItsTaskButDoesNotDecodeKeepsTheID() async {
        let executor = makeExecutor(.named("apimart"), transport: ScriptedTransport([.json(200, #"{"data":{"id":123456789012345678}}"#)]), clock: TestClock())
        let result = await outcome { () async throws(ViduError) -> CreatedTask<Reply> in
            try await executor.perform(Self.operation, schemas: Self.schemas, parameters: [.string("a"), nil, nil, nil], task: Self.task, as: Reply.self)
        }
        guard case .taskCreatedAnswerUnreadable(let operationID, let taskID, _)? = result.failure else {
            Issue.record("expected .taskCreatedAnswerUnreadable, got \(result)"); return
        }
        #expect(operationID == "op" && taskID == "123456789012345678")
    }
}

/// The shared two-form values that generated code names with a `typealias`.
@Suite struct TwoFormValueTests {
    @Test func eachFormDecodesAsItselfAndEncodesBackTheSame() throws {
        for (text, expected) in [("5", IntegerOrString.integer(5)), (#""5""#, .string("5")), ("9007199254740993", .integer(9_007_199_254_740_993))] {
            let value = try JSONDecoder().decode(IntegerOrString.self, from: Data(text.utf8))
            #expect(value == expected)
            #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == text)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(IntegerOrString.self, from: Data("5.5".utf8)) }
        #expect(try JSONDecoder().decode(NumberOrString.self, from: Data("5.5".utf8)) == .number(5.5))
        let urls = try JSONDecoder().decode(StringOrStringArray.self, from: Data(#"["a","b"]"#.utf8))
        #expect(urls.strings == ["a", "b"] && urls.jsonValue == .array([.string("a"), .string("b")]))
        #expect(StringOrStringArray.string("a").strings == ["a"])
    }
}
