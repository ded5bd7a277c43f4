import Foundation
import Testing
import ViduClients
import ViduRuntime

/// Generated client methods check their path and query parameters against the spec before
/// sending, together with the body, so a bad parameter never costs a call.
@Suite struct ParameterValidationTests {
    /// A transport that records every request; these tests expect none.
    final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        var requests: [HTTPRequest] { lock.withLock { sent } }
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return HTTPResponse(status: 500)
        }
    }

    static func violations(_ call: () async throws(ViduError) -> Void) async -> [Violation]? {
        do {
            try await call()
            return nil
        } catch {
            guard case .invalidRequest(let violations) = error else { return nil }
            return violations
        }
    }

    @Test func emptyApixoTaskIDIsRefusedBeforeSending() async {
        let transport = RecordingTransport()
        let client = Apixo.Client(configuration: ClientConfiguration(apiKey: APIKey("k"), transport: transport))
        let violations = await Self.violations { () async throws(ViduError) in _ = try await client.statusTask(taskID: "") }
        #expect(violations?.map { "\($0.pointer) \($0.keyword)" } == ["/taskId minLength"])
        #expect(transport.requests.isEmpty)
    }

    @Test func undocumentedApimartLanguageIsRefusedBeforeSending() async {
        let transport = RecordingTransport()
        let client = Apimart.Client(configuration: ClientConfiguration(apiKey: APIKey("k"), transport: transport))
        let violations = await Self.violations { () async throws(ViduError) in
            _ = try await client.getTask(taskID: "task-1", language: .unknown("fr"))
        }
        #expect(violations?.map { "\($0.pointer) \($0.keyword)" } == ["/language enum"])
        #expect(transport.requests.isEmpty)
    }

    /// The operation descriptor names each parameter's schema root, which `perform` checks by index.
    @Test func documentedParametersPass() throws {
        let parameters = Apimart.Operations.getTask.parameters
        #expect(parameters.map(\.name) == ["task_id", "language"])
        let language = try #require(parameters[1].schemaRoot)
        #expect(Apimart.schemaTable.isValid(.string("en"), against: language))
        #expect(!Apimart.schemaTable.isValid(.string("fr"), against: language))
    }
}
