import Foundation
import Testing

/// `vidu generate`, `status`, `wait` and `providers`, run as a subprocess.
@Suite(.serialized) struct JobCommandTests {
    static let secret = "sk-DISTINCTIVE-7f3a9c-never-print-me"

    @Test func generateSimulatedProducesAnMP4() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try await ViduBinary.run(
            ["generate", "--simulate", "--provider", "uniall", "--prompt", "a paper boat", "--poll-interval", "0.1", "--first-poll-after", "0.1", "--output", "boat.mp4"],
            in: directory)
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "task_xxxxx")
        let path = try #require(lines.last)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count == 1978)
        #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
        #expect(run.error.contains("running"))
        #expect(run.error.contains("succeeded"))
    }

    @Test func generateSimulatedDefaultsToTheTaskIDAsFileName() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try await ViduBinary.run(
            ["generate", "--simulate", "--provider", "vidu", "--prompt", "cats", "--reference", "https://example.com/cat.png", "--model", "mix", "--poll-interval", "0.05"],
            in: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("911084878697623552.mp4").path))
    }

    @Test func generateSimulatedFailureIsOneSentenceAndExitsOne() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try await ViduBinary.run(
            ["generate", "--simulate", "--provider", "apixo", "--prompt", "a paper boat", "--poll-interval", "0.05", "--first-poll-after", "0.05"],
            environment: ViduBinary.environment(["VIDU_SIMULATE_FAILURE": "1"]), in: directory)
        #expect(run.status == 1)
        #expect(run.output == "task_12345678\n")
        let sentences = run.error.split(separator: "\n").filter { $0.hasPrefix("vidu:") }
        #expect(sentences == ["vidu: apixo reports that the task failed with CONTENT_VIOLATION: Content does not meet safety guidelines"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let help = try await ViduBinary.run(["generate", "--help"])
        #expect(help.output.contains("VIDU_SIMULATE_FAILURE=1"))
    }

    @Test func noWaitPrintsOnlyTheTaskID() async throws {
        let run = try await ViduBinary.run(["generate", "--simulate", "--provider", "apixo", "--prompt", "x", "--no-wait"])
        #expect(run.status == 0)
        #expect(run.output == "task_12345678\n")
    }

    @Test func statusAndWaitSimulated() async throws {
        let status = try await ViduBinary.run(["status", "--simulate", "--provider", "apimart", "task_abc"])
        #expect(status.status == 0)
        #expect(status.output == "queued\n")
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let wait = try await ViduBinary.run(["wait", "--simulate", "--provider", "apimart", "--poll-interval", "0.05", "--output", "out.mp4", "task_abc"], in: directory)
        #expect(wait.status == 0, "\(wait.error)")
        #expect(wait.output.hasSuffix("out.mp4\n"))
    }

    @Test func providersPrintsTheTable() async throws {
        let run = try await ViduBinary.run(["providers"])
        #expect(run.status == 0)
        for name in ["apimart", "apixo", "vidu", "uniall", "viduq3-mix", "turbo-text-to-video", "viduq3p-mix", "viduq3-pro-fast"] {
            #expect(run.output.contains(name), "\(name)")
        }
    }

    @Test func missingKeyIsOneSentence() async throws {
        let run = try await ViduBinary.run(["generate", "--provider", "apixo", "--prompt", "x"])
        #expect(run.status == 1)
        #expect(run.error == "vidu: no API key for apixo: set APIXO_API_KEY or VIDU_API_KEY\n")
    }

    @Test func incompatibleJobListsEveryReason() async throws {
        let run = try await ViduBinary.run(
            ["generate", "--simulate", "--provider", "apimart", "--prompt", "x", "--reference", "https://example.com/a.png", "--model", "mix", "--resolution", "540p", "--no-audio"])
        #expect(run.status == 1)
        let lines = run.error.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(run.error.contains("viduq3-mix on apimart has no 540p"))
        #expect(run.error.contains("audio"))
        let text = try await ViduBinary.run(["generate", "--simulate", "--provider", "apimart", "--prompt", "x", "--model", "mix"])
        #expect(text.status == 1)
        #expect(text.error.contains("apimart has no mix tier for text-to-video"))
    }

    @Test func usageErrorsExitTwoWithUsage() async throws {
        for arguments in [["generate", "--prompt", "x"], ["generate", "--provider", "nope", "--prompt", "x"], ["generate", "--provider", "vidu"],
                          ["generate", "--provider", "vidu", "--prompt", "x", "--last-image", "https://e.com/a.png"], ["status", "--provider", "vidu"],
                          ["generate", "--provider", "vidu", "--prompt", "x", "--duration", "five"], ["wait", "--bogus"]] {
            let run = try await ViduBinary.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.error.contains("usage: vidu"), "\(arguments)")
        }
    }

    @Test func unreachableHostIsOneSentenceAndTheKeyNeverShows() async throws {
        let environment = ViduBinary.environment(["UNIALL_API_KEY": Self.secret, "VIDU_API_KEY": Self.secret + "-shared"])
        let run = try await ViduBinary.run(
            ["generate", "--provider", "uniall", "--base-url", "http://127.0.0.1:9", "--prompt", "x"], environment: environment, timeout: 60)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("vidu: "))
        #expect(run.error.contains("127.0.0.1"))
        #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
        for result in [run, try await ViduBinary.run(["generate", "--simulate", "--provider", "uniall", "--prompt", "x", "--no-wait"], environment: environment),
                       try await ViduBinary.run(["status", "--provider", "uniall", "--base-url", "http://127.0.0.1:9", "t1"], environment: environment, timeout: 60)] {
            #expect(!result.output.contains("DISTINCTIVE") && !result.error.contains("DISTINCTIVE"))
        }
    }
}
