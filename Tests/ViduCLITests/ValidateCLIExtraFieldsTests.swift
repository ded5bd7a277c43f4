import Foundation
import Testing

/// `vidu validate` on closed request schemas: a misspelt member is refused with its pointer,
/// and with `--extra-fields` an undeclared member is listed as not checked instead.
@Suite struct ValidateCLIExtraFieldsTests {
    static let misspelt = #"{"input": {"mode": "text-to-video", "prompt": "a boat", "durtion": 5}}"#
    static let extra = #"{"input": {"mode": "text-to-video", "prompt": "a boat", "future_knob": {"level": 2}}, "future_tag": true}"#

    @Test("a misspelt field is an error before any money is spent")
    func misspeltFieldIsRefused() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "-"], input: Data(Self.misspelt.utf8))
        #expect(result.status == 1)
        #expect(result.outputLines.first?.hasPrefix("/input/durtion: is not a member the spec declares") == true, "\(result.outputLines)")
    }

    @Test("--extra-fields lists what it did not check")
    func extraFieldsAreListedAsUnchecked() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--extra-fields", "-"], input: Data(Self.extra.utf8))
        #expect(result.status == 0)
        #expect(result.outputLines.filter { $0.contains("not checked") }.map { $0.split(separator: ":")[0] } == ["/future_tag", "/input/future_knob"])
        #expect(result.outputLines.last?.hasPrefix("valid:") == true)
    }

    @Test("--extra-fields still checks every declared member")
    func declaredMembersAreStillChecked() async throws {
        let body = #"{"input": {"mode": "text-to-video", "prompt": "a boat", "duration": 99, "future_knob": 1}}"#
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--extra-fields", "-"], input: Data(body.utf8))
        #expect(result.status == 1)
        #expect(result.outputLines.contains { $0.hasPrefix("/input/duration:") })
    }
}
