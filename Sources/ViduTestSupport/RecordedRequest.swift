import Foundation

/// A request as the loopback server received it.
public struct RecordedRequest: Sendable {
    /// The method, such as `POST`.
    public var method: String
    /// The request target, such as `/v1/tasks/abc?language=en`.
    public var target: String
    /// The header fields in the order received.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Data

    /// Creates a recorded request.
    public init(method: String, target: String, headers: [(name: String, value: String)], body: Data) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The target without its query.
    public var path: String {
        target.firstIndex(of: "?").map { String(target[..<$0]) } ?? target
    }

    /// The raw query, without `?`, or nil.
    public var rawQuery: String? {
        target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) }
    }

    /// The first header named `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value
    }
}
