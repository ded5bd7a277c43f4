import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// The simulation's bodies come from the specs: its documented bodies are the specs'
/// examples (read here from `specs/*.json`, not from the generated registry), its derived
/// bodies start from one and follow the spec's `x-task`, and every body decodes as the spec's
/// response type.
@Suite struct SimulationBodyTests {
    static func script(_ provider: VideoProviderID) throws -> SimulationScript {
        SimulationScript(adapter: try #require(VideoProviders.adapter(for: provider)))
    }

    static func bodies(_ script: SimulationScript) -> [(String, SimulatedBody)] {
        [("created", script.created), ("queued", script.queued), ("running", script.running), ("succeeded", script.succeeded),
         ("failed", script.failed), ("error", script.error)]
    }

    @Test("documented bodies equal the spec examples", arguments: VideoProviderID.registered)
    func documentedBodies(provider: VideoProviderID) throws {
        let script = try Self.script(provider)
        var checked = 0
        for (step, body) in Self.bodies(script) {
            switch body.source {
            case .documented(let example, let values):
                let documented = try SpecExamples.responseExamples(provider.rawValue, operationID: example.operationID, status: example.status)
                #expect(body.value(values) == documented[example.name], "\(provider) \(step) \(example.name)")
                checked += 1
            case .derived(let example, let changes):
                #expect(!changes.isEmpty, "\(provider) \(step): a derived body says what it changed")
                if let example {
                    let documented = try SpecExamples.responseExamples(provider.rawValue, operationID: example.operationID, status: example.status)
                    #expect(documented[example.name] != nil, "\(provider) \(step) starts from a documented example")
                }
            }
        }
        // Every spec documents its create answer, so at least that body is the spec's own.
        #expect(checked >= 1)
        guard case .documented = script.created.source else { Issue.record("\(provider): the create answer is derived"); return }
    }

    @Test("status bodies follow the spec's x-task", arguments: VideoProviderID.registered)
    func statusBodiesAreRead(provider: VideoProviderID) throws {
        let script = try Self.script(provider)
        let values = ["$TASK_ID": "t1", "$VIDEO_URL": "https://example.com/v.mp4", "$COVER_URL": "https://example.com/c.jpg", "$PROGRESS": "50"]
        let adapter = try #require(VideoProviders.adapter(for: provider))
        func status(_ body: SimulatedBody) -> TaskStatus? {
            script.task.status(of: body.value(values), taskID: "t1")
        }
        let queued = try #require(status(script.queued))
        #expect(queued.phase == .running)
        #expect(adapter.queuedStates.contains(queued.state), "\(provider) starts queued: \(queued.state)")
        let running = try #require(status(script.running))
        #expect(running.phase == .running)
        #expect(!adapter.queuedStates.contains(running.state), "\(provider) runs: \(running.state)")
        if script.task.progress != nil { #expect(running.progress == 50) }
        let done = try #require(status(script.succeeded))
        #expect(done.phase == .succeeded)
        if let result = script.result {
            // fal: the final status carries no video; the result call does (specs/fal.json, decision 4).
            #expect(script.task.outcome(of: done).resultURLs.isEmpty)
            let urls = script.task.resultURLs.flatMap { TaskPath.texts(at: $0, in: result.value(values)) }
            #expect(urls == ["https://example.com/v.mp4"])
        } else {
            #expect(script.task.outcome(of: done).resultURLs == [URL(string: "https://example.com/v.mp4")!])
        }
        if script.task.coverURL != nil { #expect(script.task.outcome(of: done).coverURL == URL(string: "https://example.com/c.jpg")) }
        let failed = try #require(status(script.failed))
        #expect(failed.phase == .failed)
        if script.task.errorCode != nil {
            #expect(script.task.failure(of: failed).code?.isEmpty == false)
        } else {
            #expect(script.task.failure(of: failed).message?.isEmpty == false)
        }
        #expect(script.task.taskID(in: script.created.value(values)) == "t1")
    }

    @Test("every body decodes as the spec's response type", arguments: VideoProviderID.registered)
    func bodiesDecode(provider: VideoProviderID) throws {
        let script = try Self.script(provider)
        let adapter = try #require(VideoProviders.adapter(for: provider))
        let entries = adapter.generated.schemaEntries
        let values = ["$TASK_ID": "t1", "$VIDEO_URL": "https://example.com/v.mp4", "$COVER_URL": "https://example.com/c.jpg", "$PROGRESS": "50"]
        let create = try #require(script.creates.first).operation.operationID
        let status = script.task.statusOperation.operationID
        for (step, body) in Self.bodies(script) where step != "error" {
            let operation = step == "created" ? create : status
            let entry = try #require(entries.responseEntry(operationID: operation, status: 200), "\(provider) \(operation)")
            let text = body.render(values)
            #expect(entry.validate(try JSONValue(parsing: Data(text.utf8))).isEmpty, "\(provider) \(step): \(text)")
            #expect(throws: Never.self, "\(provider) \(step)") { _ = try entry.decode(Data(text.utf8)) }
        }
        let error = script.error.render(["$STATUS": "404", "$MESSAGE": "no such \"task\""])
        let details = try #require(ProviderErrorDetails(body: Data(error.utf8)), "\(provider): \(error)")
        #expect(details.message == "no such \"task\"")
    }

    @Test func documentedExamplesArePreferred() throws {
        // apixo documents a processing status: the running body is it, with the task's id.
        let apixo = try Self.script(.apixo)
        guard case .documented(let example, _) = apixo.running.source else { Issue.record("apixo running is derived"); return }
        #expect(example.name == "processing")
        // UniAll documents no status at all; its status call answers the create call's object,
        // so the create example (state `queued`) is the queued status.
        let uniall = try Self.script(.uniall)
        guard case .documented(let queued, _) = uniall.queued.source else { Issue.record("uniall queued is derived"); return }
        #expect(queued.operationID == "createVideoGeneration")
        // apimart documents an image result only: the video URL is written where x-task reads it.
        let apimart = try Self.script(.apimart)
        guard case .derived(let base, let changes) = apimart.succeeded.source else { Issue.record("apimart succeeded is documented"); return }
        #expect(base?.name == "completed_image")
        #expect(changes == ["result URL at /data/result/videos/*/url"])
    }

    @Test func createChecksTheRequestAndTheKeyHeader() async throws {
        let simulation = SimulatedTransport(provider: .apimart)
        let url = URL(string: "https://api.apimart.ai/v1/videos/generations")!
        let bad = try await simulation.send(HTTPRequest(method: "POST", url: url, headers: [("Authorization", "Bearer k")], body: Data(#"{"model":"viduq3"}"#.utf8)))
        #expect(bad.status == 400)
        let anonymous = try await simulation.send(HTTPRequest(method: "POST", url: url, body: Data("{}".utf8)))
        #expect(anonymous.status == 401)
        #expect(simulation.tasksCreated == 0)
    }
}
