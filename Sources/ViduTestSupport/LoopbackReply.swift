import Foundation

/// What the loopback server does with one request.
public indirect enum LoopbackReply: Sendable {
    /// Sends a complete response and closes the connection.
    case respond(status: Int, headers: [(name: String, value: String)], body: Data)
    /// Waits `seconds` (bounded by the server's lifetime), then does `then`.
    case delayed(seconds: Double, then: LoopbackReply)
    /// Sends the headers with `Content-Length: declaredLength` but only `body`, then closes.
    case truncated(status: Int, headers: [(name: String, value: String)], declaredLength: Int, body: Data)
    /// Closes the connection without answering.
    case dropConnection
    /// Sends `bytes` exactly as given (status line, headers and body), then closes: for
    /// answers the other cases cannot express (redirects, encodings).
    case raw(Data)
    /// Sends the headers with `Transfer-Encoding: chunked`, then `chunk` as one HTTP chunk
    /// `count` times (nil: until the client goes away or the server stops), then the last chunk.
    case chunked(status: Int, headers: [(name: String, value: String)], chunk: Data, count: Int?)

    /// A JSON response.
    public static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> LoopbackReply {
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8))
    }

    /// An HTML page, as proxies send instead of JSON.
    public static func html(_ status: Int, _ body: String) -> LoopbackReply {
        .respond(status: status, headers: [("Content-Type", "text/html")], body: Data(body.utf8))
    }
}
