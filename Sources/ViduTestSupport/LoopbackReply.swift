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
    /// Sends the headers with `Content-Length: declaredLength` and only `body`, then keeps
    /// the connection open without sending more until `seconds` pass or the server stops:
    /// a transfer that hangs half way.
    case stalled(status: Int, headers: [(name: String, value: String)], declaredLength: Int, body: Data, seconds: Double)

    /// A JSON response.
    public static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> LoopbackReply {
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8))
    }

    /// An HTML page, as proxies send instead of JSON.
    public static func html(_ status: Int, _ body: String) -> LoopbackReply {
        .respond(status: status, headers: [("Content-Type", "text/html")], body: Data(body.utf8))
    }

    /// `file` as a server that takes ranges answers `request`: `206 Partial Content` with
    /// `Content-Range` for `Range: bytes=N-` (when `If-Range`, if sent, matches `etag`), `416`
    /// for a start past the end, else `200`; always with `Accept-Ranges: bytes` and `ETag`.
    public static func ranged(_ file: Data, for request: RecordedRequest, etag: String = "\"v1\"", contentType: String = "video/mp4") -> LoopbackReply {
        let common: [(name: String, value: String)] = [("Content-Type", contentType), ("Accept-Ranges", "bytes"), ("ETag", etag)]
        guard let range = request.header("Range"), range.hasPrefix("bytes="), range.hasSuffix("-"),
              let start = Int(range.dropFirst(6).dropLast()), request.header("If-Range").map({ $0 == etag }) ?? true
        else {
            return .respond(status: 200, headers: common, body: file)
        }
        guard start < file.count else {
            return .respond(status: 416, headers: [("Content-Range", "bytes */\(file.count)")], body: Data())
        }
        return .respond(status: 206, headers: common + [("Content-Range", "bytes \(start)-\(file.count - 1)/\(file.count)")], body: file.subdata(in: start..<file.count))
    }
}
