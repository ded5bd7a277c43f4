import Foundation
import Testing
import ViduKit
import ViduTestSupport

/// A task that ends in the provider's failed state reaches the caller as
/// `VideoJobError.failed` with the provider's own code and message.
@Suite struct FailedTaskTests {
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))

    @Test("failed carries the provider's code and message", arguments: ProviderFixture.all.map(\.id))
    func failedCarriesTheProvidersCodeAndMessage(provider: VideoProviderID) async throws {
        let fixture = ProviderFixture.named(provider.rawValue)
        // fal's x-task reads no failure code, only a message (specs/fal.json, decision 4).
        let code = fixture.expectedFailure.code
        #expect(code != nil || VideoProvider.simulated(provider).taskDescriptor.errorCode == nil)
        let simulation = SimulatedTransport(provider: provider, ending: .failure)
        let runner = VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast, configure: CrossProviderTests.virtualTime)
        let task = try await runner.submit(fixture.job)
        do {
            _ = try await runner.wait(for: task.id)
            Issue.record("expected the task to fail")
        } catch {
            guard case .failed(let seenCode, let seenMessage) = error else { Issue.record("expected .failed, got \(error)"); return }
            #expect(seenCode == code)
            #expect(seenMessage == fixture.expectedFailure.message)
            if let code { #expect(error.description.contains(code)) }
        }
        #expect(simulation.tasksInFlight == 0)
        guard case .failed(let statusCode, _) = try await runner.status(of: task.id) else { Issue.record("expected a failed status"); return }
        #expect(statusCode == code)
    }

    @Test func aDocumentedFailureIsPlayedAsDocumented() {
        // apixo documents a failed status (specs/apixo.json, statusTask example `failed`).
        let failure = ProviderFixture.named("apixo").expectedFailure
        #expect(failure.code == "CONTENT_VIOLATION")
        #expect(failure.message == "Content does not meet safety guidelines")
    }

    @Test func anUndocumentedFailureSaysItIsSimulated() {
        // Vidu documents no failed status and no failure codes for `err_code`.
        let failure = ProviderFixture.named("vidu").expectedFailure
        #expect(failure.code == "simulated_failure")
        #expect(failure.message == "the simulated task failed")
    }
}
