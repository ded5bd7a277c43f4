import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// The key must not appear in any description, reflection or dump, along any error path,
/// even when the server echoes the Authorization header back.
@Suite struct KeyRedactionTests {
    static let echo = #"{"error":{"code":401,"message":"bad header Authorization: Bearer sk-LEAKCANARY-7f3a9c2e","type":"authentication_error"},"echo":"sk-LEAKCANARY-7f3a9c2e"}"#

    func errors() async -> [ViduError] {
        var found: [ViduError] = []
        let fixture = ProviderFixture.named("apimart")
        let scripts: [(OperationDescriptor, [ScriptedReply])] = [
            (fixture.task.statusOperation, [.json(401, Self.echo, headers: [("X-Request-Id", canarySecret)])]),
            (fixture.task.statusOperation, [.json(500, Self.echo)]),
            (fixture.create, [.json(500, Self.echo)]),
            (fixture.create, [.failure(TransportError(kind: .timedOut, delivery: .mayHaveBeenReceived, message: "timeout sending Authorization: Bearer \(canarySecret)"))]),
            (fixture.task.statusOperation, [.failure(TransportError(kind: .other, delivery: .notSent, message: "boom \(canarySecret)"))]),
            (fixture.task.statusOperation, [.json(200, "not json " + Self.echo)]),
        ]
        for (operation, replies) in scripts {
            let executor = makeExecutor(fixture, transport: ScriptedTransport(replies), clock: TestClock(), retry: testRetryPolicy(maxAttempts: 2))
            struct Reply: Decodable, Sendable { var code: Int }
            let result = await outcome { () async throws(ViduError) -> Reply in
                try await executor.send(operation, pathParameters: ["task_id": "t"], body: operation.createsTask ? JSONValue.object([:]) : nil, as: Reply.self)
            }
            if let error = result.failure { found.append(error) }
        }
        return found
    }

    @Test func noErrorPathLeaksTheKey() async {
        let errors = await errors()
        #expect(errors.count == 6)
        for error in errors {
            let text = allTexts(error)
            #expect(!text.contains(canarySecret), "leaked in \(text)")
            #expect(!text.contains("LEAKCANARY"))
        }
    }

    @Test func configurationAndExecutorDoNotPrintTheKey() throws {
        let configuration = ClientConfiguration(apiKey: canaryKey, transport: ScriptedTransport([.json(200, "{}")]))
        let executor = RequestExecutor(provider: ProviderFixture.named("vidu").provider, configuration: configuration)
        for value in [allTexts(canaryKey), allTexts(configuration), allTexts(executor)] {
            #expect(!value.contains("LEAKCANARY"))
        }
        let verifier = try HMACHeaderCallbackVerifier(key: canaryKey, accessKey: "vidu")
        #expect(!allTexts(verifier).contains("LEAKCANARY"))
    }
}
