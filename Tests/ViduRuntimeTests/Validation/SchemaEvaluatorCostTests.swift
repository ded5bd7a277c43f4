import Foundation
import Testing
@testable import ViduRuntime

/// Validating a typical ~15-field request must cost less than `JSONEncoder` encoding it.
/// Timings are printed; the comparison is asserted only in optimized builds, since debug
/// builds compare unoptimized evaluator code with an optimized Foundation.
@Suite struct SchemaEvaluatorCostTests {
    struct Request: Encodable {
        var model = "viduq3-pro"
        var prompt = "A red fox runs through fresh snow at dawn, cinematic lighting"
        var images = ["https://example.com/a.png", "https://example.com/b.png"]
        var duration = 8
        var seed = 42
        var resolution = "1080p"
        var aspectRatio = "16:9"
        var movementAmplitude = "auto"
        var bgm = true
        var offPeak = false
        var callbackURL = "https://example.com/callback"
        var payload = "job-7"
        var watermark = false
        var style = "general"
        var audio = true
    }

    static let table: SchemaTable = {
        var nodes = [SchemaNode]()
        let names = ["model", "prompt", "images", "duration", "seed", "resolution", "aspectRatio", "movementAmplitude",
            "bgm", "offPeak", "callbackURL", "payload", "watermark", "style", "audio"]
        nodes.append(SchemaNode(
            types: [.object], properties: names.enumerated().map { SchemaMember($0.element, $0.offset + 1) },
            additionalProperties: names.count + 2, required: ["model", "prompt"]))
        nodes += [
            SchemaNode(types: [.string], enumValues: [.string("viduq3-pro"), .string("viduq3-turbo")]),
            SchemaNode(types: [.string], minLength: 1, maxLength: 5000),
            SchemaNode(types: [.array], items: names.count + 1, maxItems: 7),
            SchemaNode(types: [.integer], minimum: 1, maximum: 16),
            SchemaNode(types: [.integer], minimum: 0, maximum: 2_147_483_647),
            SchemaNode(types: [.string], enumValues: [.string("540p"), .string("720p"), .string("1080p")]),
            SchemaNode(types: [.string], enumValues: [.string("16:9"), .string("9:16"), .string("1:1")]),
            SchemaNode(types: [.string], enumValues: [.string("auto"), .string("small"), .string("medium"), .string("large")]),
            SchemaNode(types: [.boolean]),
            SchemaNode(types: [.boolean]),
            SchemaNode(types: [.string], maxLength: 2048),
            SchemaNode(types: [.string], maxLength: 1048576),
            SchemaNode(types: [.boolean]),
            SchemaNode(types: [.string], enumValues: [.string("general"), .string("anime")]),
            SchemaNode(types: [.boolean]),
            SchemaNode(types: [.string], pattern: SchemaPattern("^https?://")),
            SchemaNode(always: false),
        ]
        return SchemaTable(nodes: nodes)
    }()

    @Test func validationCostsLessThanEncoding() throws {
        let request = Request()
        let value = try JSONValueEncoder().encode(request)
        #expect(Self.table.validate(value, against: 0) == [])
        let rounds = 2000
        let encoder = JSONEncoder()
        let encodeTime = try Self.measure(rounds) { _ = try encoder.encode(request) }
        let validateTime = try Self.measure(rounds) { _ = Self.table.validate(value, against: 0) }
        let isValidTime = try Self.measure(rounds) { _ = Self.table.isValid(value, against: 0) }
        print("per request: JSONEncoder \(encodeTime) µs, validate \(validateTime) µs, isValid \(isValidTime) µs")
        #if !DEBUG
            #expect(validateTime < encodeTime)
        #endif
    }

    /// Mean microseconds per call of `body`, after a warm-up.
    static func measure(_ rounds: Int, _ body: () throws -> Void) throws -> Double {
        for _ in 0..<50 { try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { try body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds) / 1000
    }
}
