import Foundation
import Testing
import ViduKit
import ViduRuntime
import ViduTestSupport

/// Issue 13 through `VideoProvider`, against the loopback server.
@Suite(.serialized) struct HostileAnswerTests {
    static let key = APIKey("sk-HOSTILE-canary-1234")

    func provider(_ id: VideoProviderID, _ server: LoopbackHTTPServer) -> VideoProvider {
        let configuration = ClientConfiguration(
            apiKey: Self.key, baseURL: server.baseURL, retryPolicy: .none, timeout: .seconds(10), clock: TestClock(),
            rateLimiter: RateLimiter(requestsPerMinute: nil, concurrentTasks: nil))
        return VideoProvider(id, configuration: configuration)
    }

    // Row 2: valid JSON that does not decode, an 18-digit numeric id after a long echoed prompt.
    @Test func anUndecodableCreateAnswerStillNamesItsTask() async throws {
        let prompt = String(repeating: "an echoed prompt that comes first ", count: 100)
        let answers: [(VideoProviderID, String, String)] = [
            (.vidu, #"{"prompt":"\#(prompt)","code":"200","task_id":851234567890123456,"duration":"5"}"#, "851234567890123456"),
            (.apixo, #"{"msg":"\#(prompt)","code":"200","data":{"taskId":851234567890123457,"duration":"5"}}"#, "851234567890123457"),
            (.uniall, #"{"prompt":"\#(prompt)","id":"vg-1","created_at":"yesterday","status":7}"#, "vg-1"),
        ]
        for (id, body, expected) in answers {
            let server = try LoopbackHTTPServer() { _ in .json(200, body) }
            defer { server.stop() }
            let runner = provider(id, server)
            let job = id == .vidu
                ? VideoJob(mode: .referenceImages([URL(string: "https://example.com/cat.png")!]), prompt: "a cat", tier: .mix, duration: 5)
                : VideoJob(mode: .text, prompt: "a cat", duration: 5)
            do {
                let task = try await runner.submit(job)
                // Decoding may succeed for a body the generated type accepts: the id is the raw one.
                #expect(task.id == expected, "\(id)")
            } catch {
                guard case .runtime(.taskCreatedAnswerUnreadable(_, let taskID, let reason)) = error else {
                    Issue.record("\(id): expected taskCreatedAnswerUnreadable, got \(error)")
                    continue
                }
                #expect(taskID == expected, "\(id)")
                #expect(!reason.contains("echoed prompt"), "the reason is short: \(reason)")
                #expect(runner.taskDescriptor.taskID(in: VideoJobErrorProbe.runtime(error)!) == expected)
            }
        }
    }

    // Row 3: a hostile progress in a status never traps `JobStatus.description`.
    @Test func hostileProgressPrintsSafely() async throws {
        for value in ["1e19", "-1e300", "\"nan\"", "\"inf\"", "1e400"] {
            let body = #"{"code":200,"data":{"id":"t1","status":"processing","progress":\#(value),"estimated_time":\#(value)}}"#
            let server = try LoopbackHTTPServer() { _ in .json(200, body) }
            defer { server.stop() }
            let status = try await provider(.apimart, server).status(of: "t1")
            #expect(status.description.hasPrefix("running"), "\(value): \(status)")
        }
        for progress in [Double.nan, .infinity, -.infinity, 1e19, -1e300, 1e300] {
            let text = JobStatus.running(progress: progress).description
            #expect(text == "running" || text == "running 0%" || text == "running 100%", "\(progress): \(text)")
        }
    }

    // Row 9 through ViduKit: the task id stays in the error.
    @Test func aResultThatIsNotAVideoKeepsTheTaskID() async throws {
        let server = try LoopbackHTTPServer() { _ in .html(200, "<html>login</html>") }
        defer { server.stop() }
        let result = VideoResult(taskID: "task-42", videoURLs: [server.baseURL.appendingPathComponent("files/v.mp4")], coverURL: nil)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try await provider(.apixo, server).download(result, to: directory.appendingPathComponent("task-42.mp4"))
            Issue.record("an HTML page was saved as a video")
        } catch {
            guard case .notAVideo(let taskID, _) = error else { Issue.record("\(error)"); return }
            #expect(taskID == "task-42")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

enum VideoJobErrorProbe {
    static func runtime(_ error: VideoJobError) -> ViduError? {
        if case .runtime(let inner) = error { return inner }
        return nil
    }
}
