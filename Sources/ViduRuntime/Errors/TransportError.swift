/// A failure below HTTP: no status code was received.
///
/// `delivery` says whether the server may have received the request, which decides whether
/// a create call may be repeated: only a request that was certainly not sent is.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The connection could not be opened (refused, unreachable host).
        case connectionFailed
        /// The host name could not be resolved.
        case hostNotFound
        /// The TLS handshake failed before the request was sent.
        case tlsFailed
        /// The URL is plain HTTP to a host that is not loopback; nothing was sent.
        case insecureURL
        /// The URL cannot be sent at all (no host, unsupported scheme).
        case badURL
        /// No complete response arrived within the request's timeout.
        case timedOut
        /// The connection closed before the whole response arrived.
        case connectionLost
        /// The response could not be understood as HTTP (such as a truncated body).
        case badResponse
        /// The Swift task was cancelled.
        case cancelled
        /// Anything else.
        /// The body went past `HTTPRequest.maxResponseBytes`; reading stopped there.
        case responseTooLarge
        case other
    }

    /// Whether the server may have seen the request.
    public enum Delivery: String, Sendable, Hashable {
        /// The request certainly did not reach the server: it is safe to send it again.
        case notSent
        /// The server may have received and acted on the request.
        case mayHaveBeenReceived
    }

    /// What went wrong.
    public var kind: Kind
    /// Whether the server may have seen the request.
    public var delivery: Delivery
    /// Details for people; never contains the API key.
    public var message: String

    /// Creates a transport error.
    public init(kind: Kind, delivery: Delivery, message: String) {
        self.kind = kind
        self.delivery = delivery
        self.message = message
    }

    /// `<kind> (<delivery>): <message>`.
    public var description: String {
        let sent = delivery == .notSent ? "not sent" : "may have been received"
        return "\(kind.rawValue) (\(sent)): \(message)"
    }
}
