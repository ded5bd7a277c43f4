import Foundation
import ViduRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on `127.0.0.1` and an ephemeral port, for end-to-end tests of
/// the real transport. One request per connection (it answers `Connection: close`).
///
/// It is bounded: it stops by itself after `lifetime` seconds (600 by default: a guard
/// against a leaked server, far beyond any test, so that a loaded machine cannot outlive it)
/// or `maxConnections`
/// connections, every read and write has a timeout, and `stop()` (also run on deinit)
/// ends the accept loop within about 50 ms without blocking the caller; `stopAndWait()`
/// suspends until the listening socket is closed.
public final class LoopbackHTTPServer: @unchecked Sendable {
    private struct State {
        var requests: [RecordedRequest] = []
        var stopped = false
        var connections = 0
    }

    /// The port the server listens on.
    public let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (RecordedRequest) -> LoopbackReply
    private let state = LockedState(State())
    private let deadline: Date
    private let maxConnections: Int
    private let loopFinished = LockedState(LoopEnd())

    /// Whether the accept loop has ended, and who waits for it.
    private struct LoopEnd {
        var ended = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    /// Starts listening. `handler` decides each answer; it runs on a background thread.
    public init(lifetime: Double = 600, maxConnections: Int = 1_000, handler: @escaping @Sendable (RecordedRequest) -> LoopbackReply) throws {
        signal(SIGPIPE, SIG_IGN)
        #if canImport(Darwin)
        let streamType = SOCK_STREAM
        #else
        let streamType = Int32(SOCK_STREAM.rawValue)
        #endif
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw LoopbackServerError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let code = errno
            close(fd)
            throw LoopbackServerError.bind(code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = fd
        self.handler = handler
        self.deadline = Date().addingTimeInterval(lifetime)
        self.maxConnections = maxConnections
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "LoopbackHTTPServer:\(port)"
        thread.start()
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { state.withLock { $0.requests } }

    /// Stops accepting connections; the accept loop ends within about 50 ms. Does not block.
    public func stop() {
        state.withLock { $0.stopped = true }
    }

    /// Stops accepting connections and suspends until the listening socket is closed.
    public func stopAndWait() async {
        stop()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ended = loopFinished.withLock { current -> Bool in
                if !current.ended { current.waiters.append(continuation) }
                return current.ended
            }
            if ended { continuation.resume() }
        }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } || Date() > deadline }

    private func acceptLoop() {
        defer {
            close(listener)
            state.withLock { $0.stopped = true }
            let waiters = loopFinished.withLock { current -> [CheckedContinuation<Void, Never>] in
                current.ended = true
                defer { current.waiters = [] }
                return current.waiters
            }
            for waiter in waiters { waiter.resume() }
        }
        while !isStopped {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            guard ready > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            let count = state.withLock { current -> Int in
                current.connections += 1
                return current.connections
            }
            guard count <= maxConnections else {
                close(client)
                break
            }
            DispatchQueue.global().async { [self] in serve(client) }
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        guard let request = readRequest(client) else { return }
        state.withLock { $0.requests.append(request) }
        perform(handler(request), on: client)
    }

    private func perform(_ reply: LoopbackReply, on client: Int32) {
        switch reply {
        case .respond(let status, let headers, let body):
            write(head(status: status, headers: headers, length: body.count) + body, to: client)
        case .truncated(let status, let headers, let declaredLength, let body):
            write(head(status: status, headers: headers, length: declaredLength) + body, to: client)
        case .delayed(let seconds, let then):
            hold(for: seconds)
            guard !isStopped else { return }
            perform(then, on: client)
        case .raw(let bytes):
            write(bytes, to: client)
        case .chunked(let status, let headers, let chunk, let count):
            var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            for header in headers { text += "\(header.name): \(header.value)\r\n" }
            text += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            guard write(Data(text.utf8), to: client) else { return }
            let framed = Data(String(chunk.count, radix: 16).utf8) + Data("\r\n".utf8) + chunk + Data("\r\n".utf8)
            var sent = 0
            while count.map({ sent < $0 }) ?? true, !isStopped {
                guard write(framed, to: client) else { return }
                sent += 1
            }
            write(Data("0\r\n\r\n".utf8), to: client)
        case .stalled(let status, let headers, let declaredLength, let body, let seconds):
            write(head(status: status, headers: headers, length: declaredLength) + body, to: client)
            hold(for: seconds)
        case .dropConnection:
            // Reset instead of closing politely: the client sees the connection drop.
            var option = linger(l_onoff: 1, l_linger: 0)
            setsockopt(client, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        }
    }

    /// Waits `seconds` or until the server stops, on the connection's own dispatch thread
    /// (never a Swift concurrency thread).
    private func hold(for seconds: Double) {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end && !isStopped {
            usleep(10_000)
        }
    }

    private func head(status: Int, headers: [(name: String, value: String)], length: Int) -> Data {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Content-Length: \(length)\r\nConnection: close\r\n\r\n"
        return Data(text.utf8)
    }

    /// Writes all of `data`; false when the client went away first.
    @discardableResult
    private func write(_ data: Data, to client: Int32) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            var attempts = 0
            while offset < raw.count && attempts < 10_000 {
                attempts += 1
                #if canImport(Darwin)
                let sent = send(client, base + offset, raw.count - offset, 0)
                #else
                let sent = send(client, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                #endif
                if sent <= 0 { return false }
                offset += sent
            }
            return offset == raw.count
        }
    }

    private func readRequest(_ client: Int32) -> RecordedRequest? {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd: Range<Data.Index>?
        var reads = 0
        while headerEnd == nil {
            reads += 1
            guard reads < 1_000, buffer.count < 1_048_576 else { return nil }
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            headerEnd = buffer.range(of: separator)
        }
        guard let end = headerEnd else { return nil }
        let headText = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers: [(name: String, value: String)] = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        func header(_ name: String) -> String? {
            headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
        }
        if header("Expect")?.lowercased() == "100-continue" {
            write(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: client)
        }
        let length = min(Int(header("Content-Length") ?? "0") ?? 0, 16_777_216)
        var body = Data(buffer[end.upperBound...])
        while body.count < length {
            reads += 1
            guard reads < 10_000 else { return nil }
            let count = recv(client, &chunk, min(chunk.count, length - body.count), 0)
            guard count > 0 else { return nil }
            body.append(contentsOf: chunk[0..<count])
        }
        return RecordedRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 302: return "Found"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 206: return "Partial Content"
        case 410: return "Gone"
        case 416: return "Range Not Satisfiable"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

/// Why the loopback server could not start.
public enum LoopbackServerError: Error, Sendable {
    /// `socket()` failed with this errno.
    case socket(Int32)
    /// `bind()` or `listen()` failed with this errno.
    case bind(Int32)
}
