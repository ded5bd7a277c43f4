import Foundation

/// A 2xx body that could not be decoded into the expected type.
public struct DecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation whose response this was, or `callback` / `download`.
    public var operationID: String
    /// The HTTP status of the response.
    public var status: Int
    /// What the decoder said.
    public var message: String
    /// The start of the raw body (at most 2,048 characters), with the API key removed.
    public var bodySnippet: String
    /// The whole raw body (bounded by `ClientConfiguration.maxResponseBytes`), so that a
    /// task id can still be read from it: `TaskDescriptor.taskID(inRawBody:)`. It may hold
    /// anything the server sent; never print it unfiltered.
    public var body: Data

    /// Creates a decoding failure.
    public init(operationID: String, status: Int, message: String, bodySnippet: String, body: Data = Data()) {
        self.body = body
        self.operationID = operationID
        self.status = status
        self.message = message
        self.bodySnippet = bodySnippet
    }

    /// `cannot decode the response of <op> (HTTP 200): <message>; body: <snippet>`.
    public var description: String {
        "cannot decode the response of \(operationID) (HTTP \(status)): \(message); body: \(bodySnippet.prefix(300))"
    }
}
