import Foundation
import Testing
import ViduClients
import ViduRuntime

/// The generated `extraFields` of closed request types, end to end through the generated code:
/// a member the spec does not declare is sent unchecked and exactly as given, and it can add a
/// member but never replace a declared one.
@Suite struct ExtraFieldsTests {
    /// A JSON value with every kind of member, so "exactly as given" covers nesting, order of
    /// arrays, null, booleans and fractions.
    static let future: JSONValue = .object([
        "level": .number(2.5), "on": .bool(true), "none": .null, "tags": .array([.string("b"), .string("a"), .number(-1)]),
    ])

    @Test func viduUnknownTopLevelFieldIsSentUncheckedAndUnchanged() throws {
        let body = ViduPlatform.ViduReference2VideoRequest(
            model: .viduq3, images: ["https://example.com/cat.png"], prompt: "a cat runs",
            watermark: true, extraFields: ["future_field": Self.future])
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty, "\(checked.violations)")
        #expect(checked.extraFields.unchecked == ["/future_field"])
        #expect(checked.extraFields.conflicts.isEmpty)
        // The wire JSON is the declared members plus the extra field, nothing else changed.
        #expect(checked.json == [
            "model": "viduq3", "images": ["https://example.com/cat.png"], "prompt": "a cat runs", "watermark": true,
            "future_field": Self.future,
        ])
        #expect(checked.json["future_field"] == Self.future)
        // What the schema judged is the declared part only; the closed schema itself refuses the member.
        #expect(body.jsonValue(extraFields: .omitted)["future_field"] == nil)
        #expect(ViduPlatform.ViduReference2VideoRequest.validate(json: checked.json).map(\.keyword) == ["additionalProperties"])
        // Encodable writes the wire JSON too.
        #expect(try JSONValue(parsing: JSONEncoder().encode(body)) == checked.json)
    }

    @Test func apixoNestedUnknownFieldIsSentUncheckedAndUnchanged() throws {
        let input = Apixo.ApixoVideoInput(mode: .textToVideo, prompt: "a paper boat", extraFields: ["future_field": Self.future])
        let body = Apixo.ApixoGenerateTaskRequest(input: input)
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty, "\(checked.violations)")
        #expect(checked.extraFields.unchecked == ["/input/future_field"])
        #expect(checked.json == ["input": ["mode": "text-to-video", "prompt": "a paper boat", "future_field": Self.future]])
        #expect(try JSONValue(parsing: JSONEncoder().encode(body)) == checked.json)
    }

    @Test func extraFieldsInsideAnArrayElementArePointedAtTheElement() throws {
        let subject = ViduPlatform.ViduSubject(name: "XiaoMing", images: ["https://example.com/x.png"], extraFields: ["future_field": .string("x")])
        let body = ViduPlatform.ViduReference2VideoRequest(
            model: .viduq3, subjects: [subject], prompt: "@XiaoMing waves", extraFields: ["future_top": .number(1)])
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty, "\(checked.violations)")
        #expect(checked.extraFields.unchecked == ["/future_top", "/subjects/0/future_field"])
        guard case .array(let subjects)? = checked.json["subjects"], let first = subjects.first else {
            Issue.record("no subjects in \(checked.json.jsonText())")
            return
        }
        #expect(first["future_field"] == .string("x"))
    }

    @Test func anExtraFieldNamingADeclaredMemberWithAnotherValueIsAViolation() throws {
        let body = ViduPlatform.ViduReference2VideoRequest(
            model: .viduq3, images: ["https://example.com/cat.png"], prompt: "a cat runs", duration: 5,
            extraFields: ["duration": .string("5"), "future_field": .bool(false)])
        let checked = body.checkedForSending()
        #expect(checked.violations.map(\.pointer) == ["/duration"])
        #expect(checked.violations.map(\.keyword) == ["extraFields"])
        #expect(checked.extraFields.conflicts == ["/duration"])
        #expect(checked.extraFields.unchecked == ["/future_field"])
        #expect(body.validate() == checked.violations)

        let nested = Apixo.ApixoGenerateTaskRequest(
            input: Apixo.ApixoVideoInput(mode: .textToVideo, prompt: "a boat", extraFields: ["mode": .string("image-to-video")]))
        #expect(nested.validate().map { "\($0.pointer) \($0.keyword)" } == ["/input/mode extraFields"])
    }

    @Test func anExtraFieldRepeatingADeclaredValueIsNoConflict() throws {
        let body = ViduPlatform.ViduReference2VideoRequest(
            model: .viduq3, images: ["https://example.com/cat.png"], prompt: "a cat runs", duration: 5, extraFields: ["duration": .number(5)])
        let checked = body.checkedForSending()
        #expect(checked.violations.isEmpty, "\(checked.violations)")
        #expect(checked.extraFields.conflicts.isEmpty && checked.extraFields.unchecked.isEmpty)
    }

    @Test func decodingKeepsDeclaredMembersOnly() throws {
        let json = #"{"model":"viduq3","images":["https://example.com/cat.png"],"prompt":"a cat","future_field":1}"#
        let decoded = try JSONDecoder().decode(ViduPlatform.ViduReference2VideoRequest.self, from: Data(json.utf8))
        #expect(decoded.extraFields.isEmpty)
        #expect(decoded.checkedForSending().json["future_field"] == nil)
    }
}

/// Every documented request example of every provider, decoded into its generated type, sends
/// its flags as JSON booleans (never the strings "true"/"false" of Vidu's page 003) and Vidu's
/// `wm_position` as an integer (evidence.md items 1 and 2).
@Suite struct RequestFlagTests {
    /// The flag members of each provider's request bodies, as JSON pointers relative to the body.
    static let flags: [String: [String]] = [
        "vidu": ["/watermark", "/audio", "/bgm", "/off_peak", "/is_rec", "/auto_subjects"],
        "apixo": ["/input/sound", "/input/bgm"],
        "apimart": ["/audio"],
        "uniall": ["/extra_body/audio", "/extra_body/bgm"],
        "fal": ["/audio"],
    ]

    static func value(_ json: JSONValue, at pointer: String) -> JSONValue? {
        var node: JSONValue? = json
        for token in pointer.split(separator: "/") {
            node = node?[String(token)]
        }
        return node
    }

    @Test func everyDocumentedRequestExampleSendsBooleanFlags() throws {
        var seen: [String: Int] = [:]
        let requests = try ExampleRoundTripTests.decodedExamples().filter { $0.example.kind == .request }
        #expect(Set(requests.map(\.example.provider)) == Set(Self.flags.keys), "every provider has documented request examples")
        for item in requests {
            let body = try #require(item.decoded as? any JSONValueRepresentable, "\(item.example)")
            let json = body.jsonValue
            for pointer in Self.flags[item.example.provider] ?? [] {
                guard let flag = Self.value(json, at: pointer) else { continue }
                seen[item.example.provider, default: 0] += 1
                guard case .bool = flag else {
                    Issue.record("\(item.example): \(pointer) is \(flag.jsonText()), not a JSON boolean")
                    continue
                }
            }
            if item.example.provider == "vidu", let position = json["wm_position"] {
                guard case .number(let number) = position, number == number.rounded(), (1...4).contains(number) else {
                    Issue.record("\(item.example): wm_position is \(position.jsonText()), not an integer 1-4")
                    continue
                }
            }
        }
        // The examples do carry flags, so the check above is not vacuous.
        // Today: Vidu 1 (text2video off_peak), apixo 4, UniAll 3.
        #expect(seen["vidu", default: 0] >= 1, "Vidu request examples with flags: \(seen["vidu", default: 0])")
        #expect(seen.values.reduce(0, +) >= 8, "\(seen)")
    }

    @Test func aFlagBuiltInSwiftIsABooleanOnTheWire() throws {
        let body = ViduPlatform.ViduText2VideoRequest(model: .viduq3Pro, prompt: "a boat", bgm: false, audio: true, offPeak: false, watermark: true)
        let json = body.checkedForSending().json
        for member in ["bgm", "audio", "off_peak", "watermark"] {
            guard case .bool = json[member] else {
                Issue.record("\(member) is \(json[member]?.jsonText() ?? "absent")")
                continue
            }
        }
        #expect(String(decoding: try JSONEncoder().encode(body), as: UTF8.self).contains(#""watermark":true"#))
    }
}
