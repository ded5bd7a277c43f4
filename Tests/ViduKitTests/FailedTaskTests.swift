import Foundation
import Testing
import ViduKit

/// A task that ends in the provider's failed state reaches the caller as
/// `VideoJobError.failed` with the provider's own code and message.
@Suite struct FailedTaskTests {
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))

    /// The job each provider accepts, and the code and message its failed status carries.
    static let cases: [(VideoProviderID, VideoJob, String, String?)] = [
        (.apimart, CrossProviderTests.referenceJob, "content_policy", "The prompt was rejected by the content policy"),
        (.apixo, CrossProviderTests.textJob, "CONTENT_VIOLATION", "Content does not meet safety guidelines"),
        (.vidu, CrossProviderTests.textJob, "CreationPolicyViolation", "state failed"),
        (.uniall, CrossProviderTests.textJob, "content_filter", "The request was blocked by the safety system"),
    ]

    @Test("failed carries the provider's code and message", arguments: cases)
    func failedCarriesTheProvidersCodeAndMessage(provider: VideoProviderID, job: VideoJob, code: String, message: String?) async throws {
        let simulation = ProviderSimulation(provider: provider, ending: .failure)
        let runner = VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast)
        let task = try await runner.submit(job)
        do {
            _ = try await runner.wait(for: task.id)
            Issue.record("expected the task to fail")
        } catch {
            guard case .failed(let seenCode, let seenMessage) = error else { Issue.record("expected .failed, got \(error)"); return }
            #expect(seenCode == code)
            #expect(seenMessage == message)
            #expect(error.description.contains(code))
        }
        #expect(simulation.tasksInFlight == 0)
        guard case .failed(let statusCode, _) = try await runner.status(of: task.id) else { Issue.record("expected a failed status"); return }
        #expect(statusCode == code)
    }
}
