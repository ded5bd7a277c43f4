import Foundation
import ViduRuntime

/// One scripted answer of `ScriptedTransport`.
public enum ScriptedReply: Sendable {
    /// Answer with this response.
    case response(HTTPResponse)
    /// Throw this transport error.
    case failure(TransportError)

    /// A JSON response.
    public static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> ScriptedReply {
        .response(HTTPResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    /// A connection refused before anything was sent.
    public static let connectionRefused = ScriptedReply.failure(TransportError(kind: .connectionFailed, delivery: .notSent, message: "connection refused"))

    /// A timeout after the request was sent.
    public static let timedOutAfterSending = ScriptedReply.failure(TransportError(kind: .timedOut, delivery: .mayHaveBeenReceived, message: "timed out"))

    /// A connection dropped in the middle of the response.
    public static let connectionLost = ScriptedReply.failure(TransportError(kind: .connectionLost, delivery: .mayHaveBeenReceived, message: "connection lost"))
}

/// A transport for unit tests: records every request and answers from a script, or from a
/// handler that sees the request and its index.
public final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    private let handler: @Sendable (HTTPRequest, Int) -> ScriptedReply
    private let recorded = LockedState<[HTTPRequest]>([])

    /// Answers with `handler(request, index of the request)`.
    public init(handler: @escaping @Sendable (HTTPRequest, Int) -> ScriptedReply) {
        self.handler = handler
    }

    /// Answers with `replies` in order; once they run out, repeats the last one.
    public convenience init(_ replies: [ScriptedReply]) {
        precondition(!replies.isEmpty, "a script needs at least one reply")
        self.init { _, index in replies[min(index, replies.count - 1)] }
    }

    /// Every request sent so far.
    public var requests: [HTTPRequest] { recorded.withLock { $0 } }

    /// Records the request and answers from the script.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let index = recorded.withLock { list -> Int in
            list.append(request)
            return list.count - 1
        }
        try Task.checkCancellation()
        switch handler(request, index) {
        case .response(let response): return response
        case .failure(let error): throw error
        }
    }
}
