import Foundation
import Testing

/// JSON Schema's `integer` has no size limit, but the generated types use Swift's 64-bit `Int`.
/// `vidu validate` says so at the field; `--jsonl` keeps JSON Schema's verdict apart from it.
@Suite("vidu validate: integers beyond 64 bits", .serialized)
struct ValidateCLIIntegerRangeTests {
    static let body = #"{"model":"viduq3","prompt":"p","image_urls":["https://a.example/x.png"],"seed":9223372036854775808}"#

    @Test("one body: exit 1, the field named, and the reason")
    func singleBody() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apimart", "createVideoGeneration", "-"], input: Data(Self.body.utf8))
        #expect(result.status == 1)
        #expect(result.outputLines.first == "/seed: conforms to the spec, but 9223372036854775808 is beyond the 64-bit integers Apimart.ApimartCreateVideoRequest holds")
    }

    @Test("--jsonl: the schema verdict stays valid and the line is marked undecodable")
    func batch() async throws {
        let input = Self.body + "\n" + Self.body.replacingOccurrences(of: "9223372036854775808", with: "42") + "\n"
        let result = try await ValidateCLIProcess.run(["validate", "apimart", "createVideoGeneration", "--jsonl", "-"], input: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.outputLines == ["valid undecodable /seed", "valid"])
    }
}
