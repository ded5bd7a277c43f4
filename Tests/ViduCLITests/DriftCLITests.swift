import Foundation
import Testing
import ViduTestSupport

/// `--report-drift`, `--record FILE` and `vidu validate --recorded FILE` through the `vidu`
/// executable against the loopback server.
@Suite struct DriftCLITests {
    static let secret = "sk-DRIFTCANARY-51c0e7"

    static func environment() -> [String: String] {
        ViduBinary.environment(["APIMART_API_KEY": secret])
    }

    /// A status answer with an undocumented member, an unknown state, a second form and a
    /// signed URL.
    static let driftingStatus = #"{"code":200,"data":{"id":"t1","status":"queued","progress":10,"mood":"fine","error":{"code":"E1","message":"m"},"result":{"videos":[{"url":["https://cdn.example.com/v.mp4?Signature=s3cr3t&Expires=9"]}]}}}"#

    @Test func statusReportsEachDriftOnceOnStandardError() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(200, Self.driftingStatus) }
        defer { server.stop() }
        let run = try await ViduBinary.run(
            ["status", "--provider", "apimart", "--base-url", server.baseURL.absoluteString, "--report-drift", "t1"],
            environment: Self.environment())
        #expect(run.status == 0, "\(run.error)")
        let lines = run.error.split(separator: "\n").map(String.init)
        let drifts = lines.filter { $0.hasPrefix("drift apimart getTask ") }
        #expect(drifts.contains { $0.hasPrefix("drift apimart getTask /data/mood undocumented-member:") }, "\(run.error)")
        #expect(drifts.contains { $0.hasPrefix("drift apimart getTask /data/status unknown-value:") }, "\(run.error)")
        #expect(drifts.contains { $0.hasPrefix("drift apimart getTask /data/error/code second-form:") }, "\(run.error)")
        #expect(drifts.contains { $0.hasPrefix("drift apimart getTask /data/result/videos/*/url second-form:") }, "\(run.error)")
        #expect(Set(drifts).count == drifts.count)
        #expect(lines.last == "vidu: \(drifts.count) distinct drifts from the apimart spec", "\(run.error)")
        #expect(!run.error.contains(Self.secret) && !run.error.contains("s3cr3t"))
    }

    @Test func withoutTheOptionNothingIsReported() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(200, Self.driftingStatus) }
        defer { server.stop() }
        let run = try await ViduBinary.run(
            ["status", "--provider", "apimart", "--base-url", server.baseURL.absoluteString, "t1"], environment: Self.environment())
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.error.contains("drift"), "\(run.error)")
    }

    @Test func aRecordingHasNoKeyAndRoundTripsThroughValidate() async throws {
        let server = try LoopbackHTTPServer() { request in
            request.method == "POST"
                ? .json(200, #"{"code":200,"data":[{"status":"submitted","task_id":"task_77"}]}"#)
                : .json(200, #"{"code":200,"data":{"id":"task_77","status":"processing","progress":40}}"#)
        }
        defer { server.stop() }
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = directory.appendingPathComponent("traffic.jsonl").path
        let base = server.baseURL.absoluteString
        let generate = try await ViduBinary.run(
            ["generate", "--provider", "apimart", "--base-url", base, "--record", recording, "--no-wait", "--prompt", "a paper boat"],
            environment: Self.environment())
        #expect(generate.status == 0, "\(generate.error)")
        let status = try await ViduBinary.run(
            ["status", "--provider", "apimart", "--base-url", base, "--record", recording, "task_77"], environment: Self.environment())
        #expect(status.status == 0, "\(status.error)")

        let text = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(!text.contains(Self.secret), "the key is in the recording")
        #expect(!text.lowercased().contains("authorization"), "a header is in the recording")
        #expect(text.split(separator: "\n").count == 4, "\(text)")

        let validate = try await ViduBinary.run(["validate", "--recorded", recording])
        #expect(validate.status == 0, "\(validate.output)\(validate.error)")
        #expect(validate.output == """
            1 apimart createVideoGeneration request: valid
            2 apimart createVideoGeneration response 200: valid
            3 apimart getTask request: skipped no JSON body
            4 apimart getTask response 200: valid

            """, "\(validate.output)")
        // The recording is JSON lines: `--jsonl` with the file alone reads it back the same way.
        let jsonLines = try await ViduBinary.run(["validate", "--jsonl", recording])
        #expect(jsonLines.status == 0 && jsonLines.output == validate.output, "\(jsonLines.output)\(jsonLines.error)")
    }

    @Test func anInvalidRecordedLineFailsValidate() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.jsonl")
        try Data((#"{"provider":"apimart","operationId":"getTask","direction":"response","exchange":1,"status":200,"body":{"code":200}}"# + "\nnot json\n").utf8)
            .write(to: file)
        let run = try await ViduBinary.run(["validate", "--recorded", file.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "1 apimart getTask response 200: invalid /data required", "\(run.output)")
        #expect(lines.last?.hasPrefix("2 error not JSON") == true, "\(run.output)")
    }
}
