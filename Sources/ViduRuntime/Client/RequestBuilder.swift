import Foundation

/// Turns an operation and its arguments into an `HTTPRequest`: base URL, percent-encoded
/// path parameters, query, JSON body and headers.
struct RequestBuilder: Sendable {
    let provider: ProviderDescriptor
    let configuration: ClientConfiguration

    /// Characters left alone in path segments and query components (RFC 3986 unreserved).
    static let unreserved: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return set
    }()

    /// Percent-encodes everything except unreserved characters.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// The full URL of `operation`.
    func url(for operation: OperationDescriptor, pathParameters: [String: String], query: [(name: String, value: String)]) throws(ViduError) -> URL {
        let base: String
        if let override = configuration.baseURL {
            base = override.absoluteString
        } else {
            base = provider.defaultBaseURL
        }
        var path = ""
        var remainder = Substring(operation.pathTemplate)
        while let open = remainder.firstIndex(of: "{") {
            path += remainder[..<open]
            guard let close = remainder[open...].firstIndex(of: "}") else {
                throw .invalidURL("unterminated parameter in path template \(operation.pathTemplate)")
            }
            let name = String(remainder[remainder.index(after: open)..<close])
            guard let value = pathParameters[name] else {
                throw .invalidRequest([Violation(pointer: "", keyword: "required", message: "path parameter \(name) of \(operation.operationID) is missing")])
            }
            guard !value.isEmpty else {
                throw .invalidRequest([Violation(pointer: "", keyword: "minLength", message: "path parameter \(name) of \(operation.operationID) is empty")])
            }
            path += Self.encode(value)
            remainder = remainder[remainder.index(after: close)...]
        }
        path += remainder
        var text = base.hasSuffix("/") ? String(base.dropLast()) : base
        text += path.hasPrefix("/") ? path : "/" + path
        if !query.isEmpty {
            text += "?" + query.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
        }
        guard let url = URL(string: text) else { throw .invalidURL("cannot build a URL for \(operation.operationID) from base \(base)") }
        return url
    }

    /// The JSON text of a body: written straight from its `JSONValue` when it has one (a
    /// generated type, or the `JSONValue` the client validated), otherwise by `JSONEncoder`.
    /// Keys are sorted either way.
    static func json(_ body: any Encodable & Sendable) throws -> Data {
        if let representable = body as? any JSONValueRepresentable {
            return try JSONValueWriter.data(representable.jsonValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(body)
    }

    /// The request for `operation`, with the key where `provider.authPlacement` puts it.
    func request(
        for operation: OperationDescriptor, pathParameters: [String: String], query: [(name: String, value: String)],
        headers parameterHeaders: [(name: String, value: String)] = [], body: (any Encodable & Sendable)?
    ) throws(ViduError) -> HTTPRequest {
        let key = configuration.apiKey
        var query = query
        var keyHeaders: [(name: String, value: String)] = []
        var parameterHeaders = parameterHeaders
        switch provider.authPlacement {
        case .header(let name, let prefix):
            keyHeaders.append((name, key.headerValue(prefix: prefix)))
        case .query(let name):
            query.append((name, key.queryValue))
        case .cookie(let name):
            let cookie = name + "=" + key.queryValue
            if let index = parameterHeaders.firstIndex(where: { $0.name.caseInsensitiveCompare("Cookie") == .orderedSame }) {
                parameterHeaders[index].value += "; " + cookie
            } else {
                keyHeaders.append(("Cookie", cookie))
            }
        case .unauthenticated:
            break
        }
        let url = try url(for: operation, pathParameters: pathParameters, query: query)
        if let refusal = URLSecurityRule.violation(for: url) {
            let message = key.redact(refusal.message)
            throw refusal.kind == .insecureURL ? .insecureURL(message) : .invalidURL(message)
        }
        // An `Accept` among the parameter headers (a binary or text answer) replaces JSON's.
        let accepts = parameterHeaders.first { $0.name == "Accept" }?.value ?? "application/json"
        var headers: [(name: String, value: String)] = keyHeaders + [
            ("Accept", accepts),
            // Only what the size limit can bound: no compressed encodings are offered.
            ("Accept-Encoding", "identity"),
            ("User-Agent", "ViduKit/1"),
        ] + parameterHeaders.filter { $0.name != "Accept" }
        var data: Data?
        if let encoded = body as? EncodedBody {
            data = encoded.data
            headers.append(("Content-Type", encoded.contentType))
        } else if let body {
            do {
                data = try Self.json(body)
            } catch {
                throw .invalidRequest([Violation(pointer: "", keyword: "encoding", message: "the body of \(operation.operationID) cannot be encoded as JSON: \(configuration.apiKey.redact(String(describing: error)))")])
            }
            headers.append(("Content-Type", "application/json"))
        }
        var request = HTTPRequest(
            method: operation.method.uppercased(), url: url, headers: headers, body: data, timeout: configuration.timeout,
            maxResponseBytes: configuration.maxResponseBytes, origin: (provider.name, operation.operationID))
        if provider.authPlacement != .unauthenticated { request.apiKey = key }
        return request
    }
}
