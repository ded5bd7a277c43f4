import Foundation
import Testing
import ViduTestSupport

/// Issue 13 through the `vidu` executable, against the loopback server.
@Suite(.serialized) struct HostileCLITests {
    static let secret = "sk-CLICANARY-93f1d2"

    static func environment(_ provider: String) -> [String: String] {
        ViduBinary.environment([provider: secret])
    }

    // Row 12: absurd seconds are usage errors, not traps.
    @Test func absurdSecondsAreUsageErrors() async throws {
        for (option, value) in [("--poll-interval", "1e300"), ("--first-poll-after", "1e17"), ("--poll-interval", "nan"),
                                ("--deadline", "1e300"), ("--request-timeout", "-1"), ("--download-timeout", "inf")] {
            let run = try await ViduBinary.run(["wait", "--simulate", "--provider", "apixo", option, value, "t1"])
            #expect(run.status == 2, "\(option) \(value): \(run.status) \(run.error)")
            #expect(run.error.contains(option), "\(run.error)")
        }
    }

    // Rows 6 and 13: the key, escape sequences and newlines in server text are not printed raw.
    @Test func statusPrintsNoKeyAndNoEscapes() async throws {
        let message = "bad \(Self.secret) \u{1B}[31mred\u{1B}[0m\nsecond line"
        let body = #"{"code":200,"data":{"id":"t1","status":"failed","fail_reason":"\#(message.replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\n", with: "\\n"))","error":{"code":"x\u001b[2Jy","message":"\#(message.replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\n", with: "\\n"))"}}}"#
        let server = try LoopbackHTTPServer() { _ in .json(200, body) }
        defer { server.stop() }
        let run = try await ViduBinary.run(["status", "--provider", "apimart", "--base-url", server.baseURL.absoluteString, "t1"], environment: Self.environment("APIMART_API_KEY"))
        #expect(run.status == 0, "\(run.error)")
        let printed = run.output + run.error
        #expect(!printed.contains("CLICANARY"), "\(printed)")
        #expect(!printed.contains("\u{1B}"), "\(printed.debugDescription)")
        #expect(run.output.split(separator: "\n").count == 1, "\(run.output.debugDescription)")
    }

    // Row 13: a task id with a newline reads as one id.
    @Test func aTaskIDWithANewlineIsOneLine() async throws {
        let server = try LoopbackHTTPServer() { request in
            request.method == "POST" ? .json(200, #"{"code":200,"data":{"taskId":"abc\n\u001b[2Jdef"}}"#) : .json(500, "{}")
        }
        defer { server.stop() }
        let run = try await ViduBinary.run(["generate", "--provider", "apixo", "--base-url", server.baseURL.absoluteString, "--prompt", "x", "--no-wait"],
                                     environment: Self.environment("APIXO_API_KEY"))
        #expect(run.output.split(separator: "\n").count == 1, "\(run.output.debugDescription)")
        #expect(!run.output.contains("\u{1B}"))
    }

    // Row 2: the id of a task whose answer does not decode is printed on stdout.
    @Test func anUndecodableCreateAnswerPrintsTheTaskID() async throws {
        let prompt = String(repeating: "echo ", count: 500)
        let server = try LoopbackHTTPServer() { _ in
            .json(200, #"{"prompt":"\#(prompt)","code":"200","task_id":851234567890123456,"duration":"5"}"#)
        }
        defer { server.stop() }
        let run = try await ViduBinary.run(["generate", "--provider", "vidu", "--base-url", server.baseURL.absoluteString, "--prompt", "x",
                                      "--reference", "https://example.com/cat.png", "--model", "mix", "--duration", "5"],
                                     environment: Self.environment("VIDU_OFFICIAL_API_KEY"))
        #expect(run.status == 1)
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "851234567890123456", "\(run.output) / \(run.error)")
        #expect(run.error.contains("851234567890123456"))
    }

    // `vidu status` against a host that never answers ends after the request timeout.
    @Test func statusAgainstABlackholeEndsAtTheRequestTimeout() async throws {
        let server = try LoopbackHTTPServer() { _ in .delayed(seconds: 50, then: .json(200, "{}")) }
        defer { server.stop() }
        let run = try await ViduBinary.run(["status", "--provider", "apixo", "--base-url", server.baseURL.absoluteString, "--request-timeout", "0.5", "t1"],
                                     environment: Self.environment("APIXO_API_KEY"), timeout: 40)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("timeout") || run.error.contains("timed out"), "\(run.error)")
    }
}
