import Foundation

/// An incoming callback request, as the receiving web server hands it over.
public struct CallbackRequest: Sendable {
    /// The HTTP method.
    public var method: String
    /// The path of the callback URL, such as `/vidu/callback`.
    public var path: String
    /// The raw (still percent-encoded) query without `?`, or nil when there is none.
    public var rawQuery: String?
    /// The header fields as received.
    public var headers: [(name: String, value: String)]
    /// The body as received.
    public var body: Data

    /// Creates a request from its parts.
    public init(method: String, path: String, rawQuery: String?, headers: [(name: String, value: String)], body: Data) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
    }

    /// Creates a request from the request target (`/vidu/callback?name=james&age=36`).
    public init(method: String, target: String, headers: [(name: String, value: String)], body: Data) {
        if let mark = target.firstIndex(of: "?") {
            self.init(method: method, path: String(target[..<mark]), rawQuery: String(target[target.index(after: mark)...]), headers: headers, body: body)
        } else {
            self.init(method: method, path: target, rawQuery: nil, headers: headers, body: body)
        }
    }

    /// The first header named `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
    }
}
