import Foundation
import Testing
import ViduClients
import ViduRuntime
import ViduTestSupport
@testable import ViduKit

/// The escape hatch of closed requests, end to end: a field the spec does not know yet goes
/// through the generated `extraFields`, reaches the wire exactly as given, and is the only
/// thing that skips the spec's checks.
@Suite struct ExtraFieldsWireTests {
    static let unknown: JSONValue = .object(["level": .number(2), "tags": .array([.string("a"), .bool(true), .null])])

    @Test func aFieldTheSpecDoesNotKnowReachesTheWireAsGiven() async throws {
        // A server that takes the new field (the simulation plays today's Vidu, which refuses
        // unknown fields with FieldUnwanted, as the closed schema does).
        let server = ScriptedTransport([.json(200, #"{"task_id": "911084878697623552", "state": "created"}"#)])
        let client = ViduPlatform.Client(configuration: ClientConfiguration(apiKey: APIKey("sk-extra"), transport: server))
        let body = ViduPlatform.ViduText2VideoRequest(model: .viduq3Pro, prompt: "a paper boat", extraFields: ["future_knob": Self.unknown])
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty)
        #expect(checked.extraFields.unchecked == ["/future_knob"])
        let created = try await client.createText2Video(body)
        #expect(created.taskID == "911084878697623552")
        let create = try #require(server.requests.first)
        let text = String(decoding: try #require(create.body), as: UTF8.self)
        #expect(text.contains(#""future_knob":{"level":2,"tags":["a",true,null]}"#), "\(text)")
        let sent = try JSONValue(parsing: try #require(create.body))
        #expect(sent["future_knob"] == Self.unknown)
        #expect(sent["model"] == .string("viduq3-pro"))
    }

    @Test func todaysViduRefusesTheFieldAsTheSpecDoes() async throws {
        let simulation = SimulatedTransport(provider: .vidu)
        let client = ViduPlatform.Client(configuration: ClientConfiguration(apiKey: APIKey("sk-extra"), transport: simulation))
        let body = ViduPlatform.ViduText2VideoRequest(model: .viduq3Pro, prompt: "a paper boat", extraFields: ["future_knob": .number(1)])
        await #expect(throws: ViduError.self) { _ = try await client.createText2Video(body) }
    }

    @Test func nestedClosedObjectsCarryTheirOwnExtraFields() throws {
        let input = Apixo.ApixoVideoInput(mode: .textToVideo, prompt: "a boat", extraFields: ["future_knob": .number(1)])
        let body = Apixo.ApixoGenerateTaskRequest(input: input, extraFields: ["future_tag": .string("x")])
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty)
        #expect(checked.extraFields.unchecked == ["/future_tag", "/input/future_knob"])
        #expect(checked.json["input"]?["future_knob"] == .number(1))
        // Encodable writes the same JSON as the wire.
        let encoded = try JSONValue(parsing: try JSONEncoder().encode(body))
        #expect(encoded == checked.json)
    }

    @Test func anExtraFieldCannotReplaceADeclaredMember() async throws {
        let body = ViduPlatform.ViduText2VideoRequest(model: .viduq3Pro, prompt: "a boat", duration: 5, extraFields: ["duration": .string("5")])
        #expect(body.validate().map(\.pointer) == ["/duration"])
        #expect(body.validate().map(\.keyword) == ["extraFields"])
        let simulation = SimulatedTransport(provider: .vidu)
        let client = ViduPlatform.Client(configuration: ClientConfiguration(apiKey: APIKey("sk-extra"), transport: simulation))
        await #expect(throws: ViduError.self) { _ = try await client.createText2Video(body) }
        #expect(simulation.requests.isEmpty)
    }

    @Test func aMisspeltFieldIsRefusedBeforeSending() {
        // Raw JSON against the closed schema: `durtion` is not declared.
        let violations = ViduPlatform.ViduText2VideoRequest.validate(json: .object(["model": "viduq3-pro", "prompt": "x", "durtion": 5]))
        #expect(violations.map(\.pointer) == ["/durtion"])
        #expect(violations.map(\.keyword) == ["additionalProperties"])
    }
}
