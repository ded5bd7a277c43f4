import Foundation
import Testing
import ViduClients
import ViduRuntime

/// The generated `jsonValue` (what `validate()` checks) is exactly what the type's `Encodable`
/// conformance produces, so validation and encoding can never drift apart.
@Suite struct DirectJSONValueTests {
    @Test func everyExampleBuildsTheSameJSONValueAsTheEncoder() throws {
        for item in try ExampleRoundTripTests.decodedExamples() {
            guard let direct = item.decoded as? any JSONValueRepresentable, let encodable = item.decoded as? any Encodable else {
                Issue.record("\(item.entry.typeName) (\(item.example)) has no jsonValue")
                continue
            }
            let encoded = try JSONValueEncoder().encode(encodable)
            #expect(direct.jsonValue == encoded, "\(item.example): jsonValue of \(item.entry.typeName) differs from its encoding")
        }
    }

    @Test func absentStaysAbsentAndExplicitNullStaysNull() throws {
        let absent = Apixo.ApixoErrorResponse(code: 400)
        #expect(absent.jsonValue == ["code": 400])
        #expect(absent.jsonValue == (try JSONValueEncoder().encode(absent)))
        let null = try JSONDecoder().decode(Apixo.ApixoErrorResponse.self, from: Data(#"{"code":400,"data":null}"#.utf8))
        #expect(null.jsonValue == ["code": 400, "data": nil])
        #expect(null.jsonValue == (try JSONValueEncoder().encode(null)))
    }

    @Test func undocumentedEnumValuesAreSentAsReceived() throws {
        let request = Apimart.ApimartCreateVideoRequest(model: .unknown("viduq9"), prompt: "a cat", imageURLs: ["https://example.com/a.png"], resolution: .unknown("8k"))
        #expect(request.jsonValue == (try JSONValueEncoder().encode(request)))
        #expect(request.jsonValue["resolution"] == "8k")
    }

    @Test func aNumberJSONCannotCarryIsAViolation() {
        let response = Apixo.ApixoErrorResponse(code: 500, data: .number(.nan))
        #expect(response.validate().contains { $0.keyword == "encoding" && $0.pointer == "/data" })
    }
}
