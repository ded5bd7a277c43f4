import Foundation

/// One line of a recording: a request a client sent or the response it received, with the
/// API key and the secret parts of signed URLs removed and no header at all.
///
/// The line is one JSON object with sorted keys:
/// `{"body": {...}, "direction": "response", "exchange": 3, "operationId": "getTask", "provider": "acme", "status": 200}`.
/// Members: `provider`, `operationId`, `direction` (`request` or `response`), `exchange` (the
/// request and its response share the number), `method` and `url` (requests), `status`
/// (responses), `body` (the JSON body, numbers digit for digit), `bodyText` (a body that is not
/// JSON, cut at 4,096 characters), `error` (a transport failure instead of a response).
/// `vidu validate --recorded FILE` checks each line against its own provider, operation,
/// direction and status.
public struct RecordedMessage: Sendable, Hashable {
    /// Which way the message went.
    public enum Direction: String, Sendable, Hashable {
        case request, response
    }

    /// Why a line is not a recorded message.
    public struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var reason: String
        public var description: String { reason }
    }

    public var provider: String
    public var operationID: String
    public var direction: Direction
    /// Pairs a request with its response.
    public var exchange: Int
    /// The HTTP method, on requests.
    public var method: String?
    /// The URL with signed query values removed, on requests.
    public var url: String?
    /// The HTTP status, on responses.
    public var status: Int?
    /// The JSON body, redacted; nil when there is none or it is not JSON.
    public var body: JSONText.Node?
    /// A body that is not JSON, redacted and cut.
    public var bodyText: String?
    /// The transport failure, when no response arrived.
    public var error: String?

    /// Creates a message; the values are written as given (redact them first).
    public init(
        provider: String, operationID: String, direction: Direction, exchange: Int, method: String? = nil, url: String? = nil,
        status: Int? = nil, body: JSONText.Node? = nil, bodyText: String? = nil, error: String? = nil
    ) {
        self.provider = provider
        self.operationID = operationID
        self.direction = direction
        self.exchange = exchange
        self.method = method
        self.url = url
        self.status = status
        self.body = body
        self.bodyText = bodyText
        self.error = error
    }

    /// Reads one line of a recording.
    public init(line: Data) throws(FormatError) {
        let node: JSONText.Node
        do {
            node = try JSONText.parseNode(line)
        } catch {
            throw FormatError(reason: "not JSON: \(error)")
        }
        guard case .object(let members) = node else { throw FormatError(reason: "not a JSON object") }
        func string(_ name: String) -> String? {
            if case .string(let value)? = members[name] { return value }
            return nil
        }
        func integer(_ name: String) -> Int? {
            if case .number(let literal)? = members[name] { return Int(literal) }
            return nil
        }
        guard let provider = string("provider"), let operationID = string("operationId") else {
            throw FormatError(reason: "no provider or operationId")
        }
        guard let direction = string("direction").flatMap(Direction.init(rawValue:)) else {
            throw FormatError(reason: "direction is neither request nor response")
        }
        self.init(
            provider: provider, operationID: operationID, direction: direction, exchange: integer("exchange") ?? 0,
            method: string("method"), url: string("url"), status: integer("status"), body: members["body"],
            bodyText: string("bodyText"), error: string("error"))
    }

    /// The line, without its newline.
    public var jsonLine: String {
        var members: [(String, JSONText.Node)] = [
            ("provider", .string(provider)), ("operationId", .string(operationID)),
            ("direction", .string(direction.rawValue)), ("exchange", .number(String(exchange))),
        ]
        if let method { members.append(("method", .string(method))) }
        if let url { members.append(("url", .string(url))) }
        if let status { members.append(("status", .number(String(status)))) }
        if let body { members.append(("body", body)) }
        if let bodyText { members.append(("bodyText", .string(bodyText))) }
        if let error { members.append(("error", .string(error))) }
        return RecordingText.write(.object(Dictionary(members, uniquingKeysWith: { first, _ in first })))
    }

    /// The body as JSON bytes, digit for digit as recorded; nil when there is none.
    public var bodyData: Data? {
        body.map { Data(RecordingText.write($0).utf8) }
    }
}
