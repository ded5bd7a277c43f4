/// A response with a status outside 2xx.
public struct HTTPFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called, such as `createVideo`.
    public var operationID: String
    /// The HTTP status code.
    public var status: Int
    /// The provider's error body, decoded by shape; nil when the body was not a known shape
    /// (an HTML error page, for example).
    public var details: ProviderErrorDetails?
    /// The start of the raw body (at most 2,048 characters), with the API key removed.
    public var rawBody: String
    /// The request id from the response headers, or the trace id from the body.
    public var requestID: String?
    /// The server's `Retry-After`, when it sent one.
    public var retryAfter: Duration?

    /// Creates a failure from its parts.
    public init(operationID: String, status: Int, details: ProviderErrorDetails?, rawBody: String, requestID: String?, retryAfter: Duration?) {
        self.operationID = operationID
        self.status = status
        self.details = details
        self.rawBody = rawBody
        self.requestID = requestID
        self.retryAfter = retryAfter
    }

    /// `HTTP 429 from createVideo: rate_limit_error: ... [request id abc]`.
    public var description: String {
        var text = "HTTP \(status) from \(operationID)"
        if let details {
            text += ": \(details)"
        } else if !rawBody.isEmpty {
            text += ": " + String(rawBody.prefix(200))
        }
        if let requestID { text += " [request id \(requestID)]" }
        if let retryAfter { text += " [retry after \(retryAfter.secondsValue)s]" }
        return text
    }
}
