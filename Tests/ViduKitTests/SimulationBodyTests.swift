import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// The simulation's documented bodies are the specs' examples, and every body it sends
/// decodes as the spec's response type.
@Suite struct SimulationBodyTests {
    @Test("documented bodies equal the spec examples", arguments: VideoProviderID.allCases)
    func documentedBodies(provider: VideoProviderID) throws {
        let spec = provider.rawValue
        let lifecycle = SimulatedLifecycle.of(provider)
        var checked = 0
        for template in [lifecycle.created, lifecycle.queued, lifecycle.running, lifecycle.succeeded, lifecycle.failed] {
            guard case .documented(let operationID, let status, let example, let values) = template.source else { continue }
            let examples = try SpecExamples.responseExamples(spec, operationID: operationID, status: status)
            let rendered = try JSONDecoder().decode(JSONValue.self, from: Data(template.render(values).utf8))
            #expect(rendered == examples[example], "\(spec) \(operationID) \(example)")
            checked += 1
        }
        #expect(checked >= 1)
    }

    @Test("status bodies follow the spec's x-task", arguments: VideoProviderID.allCases)
    func statusBodiesAreRead(provider: VideoProviderID) throws {
        let lifecycle = SimulatedLifecycle.of(provider)
        let values = ["$TASK_ID": "t1", "$VIDEO_URL": "https://example.com/v.mp4", "$COVER_URL": "https://example.com/c.jpg", "$PROGRESS": "50"]
        func status(_ template: BodyTemplate) throws -> TaskStatus? {
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(template.render(values).utf8))
            return lifecycle.task.status(of: json, taskID: "t1")
        }
        #expect(try status(lifecycle.queued)?.phase == .running)
        #expect(try status(lifecycle.running)?.phase == .running)
        let done = try #require(try status(lifecycle.succeeded))
        #expect(done.phase == .succeeded)
        #expect(lifecycle.task.outcome(of: done).resultURLs == [URL(string: "https://example.com/v.mp4")!])
        let failed = try #require(try status(lifecycle.failed))
        #expect(failed.phase == .failed)
        #expect(lifecycle.task.failure(of: failed).code?.isEmpty == false)
    }

    @Test func createChecksTheRequestAndTheKeyHeader() async throws {
        let simulation = ProviderSimulation(provider: .apimart)
        let url = URL(string: "https://api.apimart.ai/v1/videos/generations")!
        let bad = try await simulation.send(HTTPRequest(method: "POST", url: url, headers: [("Authorization", "Bearer k")], body: Data(#"{"model":"viduq3"}"#.utf8)))
        #expect(bad.status == 400)
        let anonymous = try await simulation.send(HTTPRequest(method: "POST", url: url, body: Data("{}".utf8)))
        #expect(anonymous.status == 401)
        #expect(simulation.tasksCreated == 0)
    }
}
