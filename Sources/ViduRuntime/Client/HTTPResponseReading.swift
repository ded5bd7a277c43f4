import Foundation

extension HTTPResponse {
    /// Header names that carry a request or trace id, most specific first.
    static let requestIDHeaders = ["x-request-id", "request-id", "x-trace-id", "trace-id", "x-correlation-id", "x-amzn-requestid", "x-amz-request-id", "cf-ray"]

    /// The request id from the headers, or else the trace id found in the error body.
    public func requestID(details: ProviderErrorDetails? = nil) -> String? {
        for name in Self.requestIDHeaders {
            if let value = header(name), !value.isEmpty { return value }
        }
        return (details ?? ProviderErrorDetails(body: body))?.traceID
    }

    /// The start of the body as text (at most 2,048 characters), with `key` removed.
    public func bodySnippet(redactingWith key: APIKey) -> String {
        let prefix = body.prefix(2_048 * 4)
        let text = String(decoding: prefix, as: UTF8.self)
        return key.redact(String(text.prefix(2_048)))
    }

    /// The body decoded as JSON into `Output`.
    public func decoded<Output: Decodable>(as type: Output.Type, operationID: String, redactingWith key: APIKey) throws(ViduError) -> Output {
        do {
            return try JSONDecoder().decode(Output.self, from: body.isEmpty ? Data("null".utf8) : body)
        } catch {
            throw .decoding(DecodingFailure(
                operationID: operationID, status: status, message: key.redact(Self.explain(error)),
                bodySnippet: bodySnippet(redactingWith: key), body: body))
        }
    }

    /// The body as a `JSONValue`, read by `JSONText`: a number too large for a `Double`
    /// (`1e400`) reads as an infinite number instead of making the whole body unreadable.
    public func json(operationID: String, redactingWith key: APIKey) throws(ViduError) -> JSONValue {
        do {
            return try JSONText.parse(body.isEmpty ? Data("null".utf8) : body)
        } catch {
            throw .decoding(DecodingFailure(
                operationID: operationID, status: status, message: key.redact("not valid JSON: \(error)"),
                bodySnippet: bodySnippet(redactingWith: key), body: body))
        }
    }

    /// A short explanation of a decoding error with its coding path.
    static func explain(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return "/" + keys.joined(separator: "/")
        }
        switch decoding {
        case .typeMismatch(let type, let context): return "type mismatch at \(path(context)): expected \(type); \(context.debugDescription)"
        case .valueNotFound(let type, let context): return "missing value at \(path(context)): expected \(type)"
        case .keyNotFound(let key, let context): return "missing key \(key.stringValue) at \(path(context))"
        case .dataCorrupted(let context): return "not valid JSON at \(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}
