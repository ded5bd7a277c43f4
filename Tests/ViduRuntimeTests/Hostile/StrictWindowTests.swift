import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// Row 11: apixo's documented 60 requests a minute, held against a server that counts
/// strictly over a sliding 60-second window and answers 429 past it.
@Suite struct StrictWindowTests {
    /// A transport that answers like a strict sliding-window limiter, on the virtual clock.
    final class StrictWindowTransport: HTTPTransport, @unchecked Sendable {
        let clock: TestClock
        let limit: Int
        let window: TimeInterval
        private let lock = NSLock()
        private(set) var sent: [Date] = []
        private(set) var rejected = 0
        let body: String

        init(clock: TestClock, limit: Int = 60, window: TimeInterval = 60, body: String) {
            self.clock = clock
            self.limit = limit
            self.window = window
            self.body = body
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let now = clock.now
            return lock.withLock {
                let recent = sent.filter { now.timeIntervalSince($0) < window }
                sent.append(now)
                if recent.count >= limit {
                    rejected += 1
                    return HTTPResponse(status: 429, headers: [("Content-Type", "application/json")], body: Data(#"{"code":429,"msg":"rate limited"}"#.utf8))
                }
                return HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
            }
        }

        /// The most requests any window of `window` seconds holds.
        var busiestWindow: Int {
            lock.withLock {
                var best = 0
                for (index, start) in sent.enumerated() {
                    best = max(best, sent[index...].prefix { $0.timeIntervalSince(start) < window }.count)
                }
                return best
            }
        }
    }

    @Test func aHundredJobsNeverPutMoreThanSixtyRequestsInAWindow() async throws {
        let clock = TestClock()
        let fixture = ProviderFixture.named("apixo")
        let transport = StrictWindowTransport(clock: clock, body: fixture.createBody)
        let executor = RequestExecutor(provider: fixture.provider, configuration: ClientConfiguration(
            apiKey: canaryKey, transport: transport, retryPolicy: .none, clock: clock))
        // Each job: one create and two status calls, one job after the other as a script would.
        for index in 0..<100 {
            _ = try await executor.sendRaw(fixture.create, body: fixture.createRequest)
            for _ in 0..<2 { _ = try await executor.sendRaw(fixture.task.statusOperation, query: [("taskId", "t\(index)")]) }
        }
        #expect(transport.sent.count == 300)
        #expect(transport.rejected == 0)
        #expect(transport.busiestWindow <= 60, "\(transport.busiestWindow)")
    }
}
