import Foundation
import Testing
@testable import CodeGen

/// One construct at a time: the generated text contains exactly the expected declaration.
@Suite struct SnippetTests {
    private func generated(_ schemas: String, body: String = "Body") throws -> String {
        try TestSupport.allText(TestSupport.generate(TestSupport.spec(schemas: schemas, body: body)))
    }

    @Test func structMapsSnakeCaseThroughCodingKeys() throws {
        let text = try generated(#""Body": {"type": "object", "required": ["task_id"], "properties": {"task_id": {"type": "string", "description": "The id."}, "image_urls": {"type": "array", "items": {"type": "string"}}}}"#)
        #expect(text.contains("""
            public struct Body: Codable, Hashable, Sendable, ViduRuntime.JSONValueRepresentable {
                /// The id.
                public var taskID: String

                /// The `image_urls` member.
                public var imageURLs: [String]?
        """))
        #expect(text.contains("public init(taskID: String, imageURLs: [String]? = nil) {"))
        #expect(text.contains("""
                enum CodingKeys: String, CodingKey {
                    case taskID = "task_id"
                    case imageURLs = "image_urls"
                }
        """))
    }

    @Test func structBuildsItsJSONValueDirectlyInSpecOrder() throws {
        let text = try generated(#""Body": {"type": "object", "required": ["task_id", "count"], "properties": {"task_id": {"type": "string"}, "count": {"type": "integer"}, "image_urls": {"type": "array", "items": {"type": "string"}}, "extra": {}}}"#)
        #expect(text.contains("""
                public var jsonValue: ViduRuntime.JSONValue { jsonValue(extraFields: .included) }

                /// The value as JSON, built directly; `.omitted` leaves out the `extraFields` of closed objects, as validation checks it.
                public func jsonValue(extraFields inclusion: ViduRuntime.ExtraFieldsInclusion) -> ViduRuntime.JSONValue {
                    var object = [String: ViduRuntime.JSONValue](minimumCapacity: 4)
                    object["task_id"] = .string(self.taskID)
                    object["count"] = .number(Double(self.count))
                    if let value = self.imageURLs { object["image_urls"] = value.jsonValue(extraFields: inclusion) }
                    if let value = self.extra { object["extra"] = value }
                    return .object(object)
                }
        """))
    }

    @Test func defaultOfAPrimitiveComponentIsExposed() throws {
        let text = try generated(##""Flag": {"type": "boolean", "default": false}, "Count": {"type": "integer", "default": 3}, "Body": {"type": "object", "properties": {"off_peak": {"$ref": "#/components/schemas/Flag"}, "count": {"$ref": "#/components/schemas/Count"}}}"##)
        #expect(text.contains("public static let offPeakDefault: Test.Flag = false"))
        #expect(text.contains("public static let countDefault: Test.Count = 3"))
    }

    @Test func stringEnumIsOpen() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"resolution": {"type": "string", "enum": ["540p", "16:9", "viduq3-mix", "text-to-video", "default"]}}}"#)
        #expect(text.contains("""
                /// The documented values of `Resolution`; any other value decodes as `unknown`.
                public enum Resolution: ViduRuntime.OpenStringEnum {
                    /// `540p`
                    case p540
                    /// `16:9`
                    case ratio16x9
                    /// `viduq3-mix`
                    case viduq3Mix
                    /// `text-to-video`
                    case textToVideo
                    /// `default`
                    case `default`
                    /// A value this version of the spec does not list, kept exactly as received.
                    case unknown(String)

                    /// The documented values, in the order the spec lists them.
                    public static let allCases: [Resolution] = [.p540, .ratio16x9, .viduq3Mix, .textToVideo, .`default`]

                    /// The value as sent on the wire.
                    public var rawValue: String {
                        switch self {
                        case .p540: "540p"
                        case .ratio16x9: "16:9"
                        case .viduq3Mix: "viduq3-mix"
                        case .textToVideo: "text-to-video"
                        case .`default`: "default"
                        case .unknown(let value): value
                        }
                    }
                }
        """))
    }

    @Test func knownValuesMakeAnOpenEnum() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"state": {"type": "string", "x-known-values": ["queued", "done"]}}}"#)
        #expect(text.contains("public static let allCases: [State] = [.queued, .done]"))
    }

    @Test func stringOrArrayNamesTheRuntimesSharedValue() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"images": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]}}}"#)
        #expect(TestSupport.block(startingWith: "public typealias Images", in: text) == "        public typealias Images = ViduRuntime.StringOrStringArray")
    }

    @Test func integerOrStringNamesTheRuntimesSharedValue() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"seed": {"type": ["string", "integer"]}}}"#)
        #expect(TestSupport.block(startingWith: "public typealias Seed", in: text) == "        public typealias Seed = ViduRuntime.IntegerOrString")
    }

    @Test func otherUnionsAreGeneratedAndTryTheFixedOrder() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"flag": {"type": ["integer", "boolean"]}}}"#)
        #expect(TestSupport.block(startingWith: "public init(from decoder: any Decoder) throws {", in: text) == """
                    public init(from decoder: any Decoder) throws {
                        let container = try decoder.singleValueContainer()
                        if let value = try? container.decode(Bool.self) {
                            self = .bool(value)
                            return
                        }
                        if let value = try? container.decode(Int.self) {
                            self = .integer(value)
                            return
                        }
                        throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a JSON boolean or integer")
                    }
        """)
        #expect(text.contains("public var boolValue: Bool? {"))
    }

    @Test func defaultIsExposed() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"duration": {"type": "integer", "default": 5, "minimum": 1}}}"#)
        #expect(text.contains("public static let durationDefault: Int = 5"))
        #expect(text.contains("public var durationOrDefault: Int { duration ?? Self.durationDefault }"))
        #expect(text.contains("/// - Default: `5`\n        /// - Minimum: `1`"))
    }

    @Test func constIsKept() throws {
        let text = try generated(#""Body": {"type": "object", "required": ["model"], "properties": {"model": {"type": "string", "const": "vidu-q3"}}}"#)
        #expect(text.contains("public static let modelConst: String = \"vidu-q3\""))
        #expect(text.contains("public init(model: String = Self.modelConst) {"))
        #expect(text.contains("/// - Const: `\"vidu-q3\"`"))
    }

    @Test func jsonInAStringGetsATypedAccessor() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"resultJson": {"type": "string", "contentMediaType": "application/json", "contentSchema": {"type": "object", "properties": {"urls": {"type": "array", "items": {"type": "string"}}}}}}}"#)
        #expect(text.contains("public var resultJSON: String?"))
        #expect(text.contains("""
                public func resultJSONContent() throws -> ResultJSONContent? {
                    guard let resultJSON else { return nil }
                    return try JSONDecoder().decode(ResultJSONContent.self, from: Data(resultJSON.utf8))
                }
        """))
        #expect(text.contains("public struct ResultJSONContent: Codable, Hashable, Sendable, ViduRuntime.JSONValueRepresentable {"))
    }

    @Test func conditionsDoNotChangeTheStruct() throws {
        let plain = try generated(#""Body": {"type": "object", "properties": {"mode": {"type": "string"}, "image": {"type": "string"}}}"#)
        let conditional = try generated(#""Body": {"type": "object", "properties": {"mode": {"type": "string"}, "image": {"type": "string"}}, "allOf": [{"if": {"properties": {"mode": {"const": "image"}}, "required": ["mode"]}, "then": {"required": ["image"]}}]}"#)
        func structText(_ text: String) -> Substring {
            let start = text.range(of: "public struct Body")!.lowerBound
            return text[start...].prefix(600)
        }
        #expect(structText(plain) == structText(conditional))
        #expect(conditional.contains(#""ifSchema":"#))
    }

    @Test func closedStructCarriesExtraFields() throws {
        let text = try generated(##""Body": {"type": "object", "additionalProperties": false, "required": ["model"], "properties": {"model": {"type": "string"}, "input": {"$ref": "#/components/schemas/Input"}}}, "Input": {"type": "object", "additionalProperties": false, "properties": {"seed": {"type": "integer"}}}"##)
        #expect(text.contains("""
                public var extraFields: [String: ViduRuntime.JSONValue] = [:]
        """))
        #expect(text.contains("public init(model: String, input: Test.Input? = nil, extraFields: [String: ViduRuntime.JSONValue] = [:]) {"))
        #expect(text.contains("""
                public func jsonValue(extraFields inclusion: ViduRuntime.ExtraFieldsInclusion) -> ViduRuntime.JSONValue {
                    var object = [String: ViduRuntime.JSONValue](minimumCapacity: 2)
                    object["model"] = .string(self.model)
                    if let value = self.input { object["input"] = value.jsonValue(extraFields: inclusion) }
                    if inclusion == .included { object.addExtraFields(self.extraFields) }
                    return .object(object)
                }

                /// Encodes the declared members and `extraFields`: exactly `jsonValue`.
                public func encode(to encoder: any Encoder) throws {
                    try jsonValue.encode(to: encoder)
                }
        """))
        // CodingKeys always exist, so that `extraFields` is never decoded as a member.
        #expect(text.contains("""
                enum CodingKeys: String, CodingKey {
                    case model
                    case input
                }
        """))
    }

    @Test func closedStructRenamesAPropertyNamedExtraFields() throws {
        let spec = TestSupport.spec(schemas: #""Body": {"type": "object", "additionalProperties": false, "properties": {"extra_fields": {"type": "string"}}}"#)
        let messages = try TestSupport.warnings(spec).map(\.message)
        #expect(messages == ["property 'extra_fields' of 'Body' is generated as 'extraFieldsValue': 'extraFields' is a Swift keyword, a standard library type or a name the generated code declares itself"])
        #expect(TestSupport.allText(try TestSupport.generate(spec)).contains("public var extraFieldsValue: String?"))
    }

    @Test func nullableAndFreeFormTypes() throws {
        let text = try generated(#""Body": {"type": "object", "required": ["weight"], "properties": {"weight": {"type": ["number", "null"]}, "meta": {"type": "object"}, "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}"#)
        #expect(text.contains("public var weight: Double?"))
        #expect(text.contains("public var meta: ViduRuntime.JSONValue?"))
        #expect(text.contains("public var labels: [String: String]?"))
    }

    @Test func keywordPropertyIsEscaped() throws {
        let text = try generated(#""Body": {"type": "object", "properties": {"default": {"type": "string"}}}"#)
        #expect(text.contains("public var `default`: String?"))
        #expect(text.contains("self.default = `default`"))
    }

    @Test func docCommentsKeepEveryLine() throws {
        let text = try generated(#""Body": {"type": "object", "description": "First line.\nSecond line.\n\nNew paragraph.", "properties": {"a": {"type": "string"}}}"#)
        #expect(text.contains("    /// First line.\n    /// Second line.\n    ///\n    /// New paragraph.\n    public struct Body"))
    }

    @Test func clientMethodValidatesBodyAndParametersThenSends() throws {
        let files = try TestSupport.generate(TestSupport.fixtureText(), file: "Fixtures/fixture.json")
        let client = try #require(files["Fixture/Fixture+Client.swift"])
        #expect(TestSupport.block(startingWith: "public func createVideo(", in: client) == """
                public func createVideo(_ body: Fixture.CreateVideoRequest) async throws(ViduRuntime.ViduError) -> ViduRuntime.CreatedTask<Fixture.CreateVideoResponse> {
                    try await executor.perform(Fixture.Operations.createVideo, schemas: Fixture.schemaTable, body: body.checkedForSending(), task: Fixture.Tasks.createVideo, as: Fixture.CreateVideoResponse.self)
                }
        """)
        #expect(TestSupport.block(startingWith: "public func getTask(", in: client) == """
                public func getTask(
                    taskID: String,
                    language: Fixture.GetTaskLanguage? = nil,
                    verbose: Bool? = nil
                ) async throws(ViduRuntime.ViduError) -> Fixture.Task {
                    try await executor.perform(Fixture.Operations.getTask, schemas: Fixture.schemaTable, parameters: [taskID.jsonValue, language?.jsonValue, verbose?.jsonValue], as: Fixture.Task.self)
                }
        """)
        #expect(TestSupport.block(startingWith: "public func wait(", in: client) == """
                public func wait(
                    for taskID: String,
                    following task: ViduRuntime.TaskDescriptor = Fixture.Tasks.createVideo,
                    policy: ViduRuntime.PollingPolicy? = nil,
                    progress: (@Sendable (ViduRuntime.TaskStatus) -> Void)? = nil
                ) async throws(ViduRuntime.ViduError) -> ViduRuntime.TaskOutcome {
                    try await ViduRuntime.TaskWaiter(executor: executor).wait(for: taskID, descriptor: task, policy: policy, progress: progress)
                }
        """)
        let namespace = try #require(files["Fixture/Fixture.swift"])
        // The parameters in the method's order, each with its schema root: `perform` checks them by index.
        #expect(TestSupport.block(startingWith: "public static let getTask:", in: namespace) == """
                public static let getTask: ViduRuntime.OperationDescriptor = ViduRuntime.OperationDescriptor(
                    operationID: "getTask",
                    method: "GET",
                    pathTemplate: "/v1/tasks/{task_id}",
                    createsTask: false,
                    parameters: [
                        ViduRuntime.ParameterDescriptor("task_id", in: .path, schemaRoot: 46),
                        ViduRuntime.ParameterDescriptor("language", in: .query, schemaRoot: 47),
                        ViduRuntime.ParameterDescriptor("verbose", in: .query, schemaRoot: 48),
                    ]
                )
        """)
    }

    @Test func webhookPayloadHasATypeAndDecoder() throws {
        let files = try TestSupport.generate(TestSupport.fixtureText(), file: "Fixtures/fixture.json")
        let webhooks = try #require(files["Fixture/Fixture+Webhooks.swift"])
        #expect(webhooks.contains("public enum Webhooks {"))
        #expect(webhooks.contains("public struct TaskFinishedPayload: Codable, Hashable, Sendable, ViduRuntime.JSONValueRepresentable {"))
        #expect(webhooks.contains("public static func taskFinished(from body: Data) throws -> TaskFinishedPayload {"))
        let schemas = try #require(files["Fixture/Fixture+Schemas.swift"])
        #expect(TestSupport.block(startingWith: "extension Fixture.Webhooks.TaskFinishedPayload", in: schemas) == """
        extension Fixture.Webhooks.TaskFinishedPayload: ViduRuntime.SchemaValidated {
            public static var schemaTable: ViduRuntime.SchemaTable { Fixture.schemaTable }
            public static var schemaRoot: Int { 40 }
        }
        """)
        #expect(schemas.contains("kind: .webhook(name: \"taskFinished\")"))
    }

    @Test func providerDescriptorCarriesServerAuthAndLimits() throws {
        let files = try TestSupport.generate(TestSupport.fixtureText(), file: "Fixtures/fixture.json")
        let namespace = try #require(files["Fixture/Fixture.swift"])
        #expect(namespace.contains("""
            public static let provider: ViduRuntime.ProviderDescriptor = ViduRuntime.ProviderDescriptor(
                name: "fixture",
                defaultBaseURL: "https://api.example.com",
                authScheme: "Bearer",
                requestsPerMinute: 30,
                concurrentTasks: 2
            )
        """))
    }
}
