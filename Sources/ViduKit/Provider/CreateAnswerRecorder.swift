import Foundation
import ViduRuntime

/// Wraps a transport for one create call and keeps the raw body of its answer, so that the
/// task id can be read from the raw JSON (at the spec's `x-task` pointers, numbers by their
/// literal text) before and independently of the generated type's decoding.
final class CreateAnswerRecorder: HTTPTransport, Sendable {
    private let base: any HTTPTransport
    private let lastBody = LockedState<Data?>(nil)

    init(wrapping base: any HTTPTransport) {
        self.base = base
    }

    /// The body of the last 2xx answer, if any.
    var body: Data? { lastBody.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await base.send(request)
        if (200..<300).contains(response.status) {
            lastBody.withLock { $0 = response.body }
        }
        return response
    }
}
