/// How a body of one media type travels, as far as the generator is concerned.
public enum MediaKind: Int, Sendable, Comparable {
    /// `application/json`, `application/problem+json` and every `*/*+json`.
    case json
    /// `multipart/form-data`: named parts, some of them files.
    case multipartForm
    /// `application/x-www-form-urlencoded`.
    case urlEncodedForm
    /// `text/plain`: a string.
    case text
    /// Any other type (`application/octet-stream`, `video/*`, `image/*`, `audio/*`, …): bytes.
    case binary
    /// `text/event-stream` (server-sent events): read to the end, kept as bytes.
    case eventStream

    public static func < (lhs: MediaKind, rhs: MediaKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Reads media type names.
public enum MediaType {
    /// The type without parameters, in lower case: `application/json; charset=utf-8` →
    /// `application/json`.
    public static func base(_ name: String) -> String {
        let head = name.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return String(head.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()).lowercased()
    }

    /// The kind of `name`. The order of `MediaKind` is the order of preference when a body
    /// offers several types.
    public static func kind(of name: String) -> MediaKind {
        let type = base(name)
        if type == "application/json" || type.hasSuffix("+json") || type == "text/json" { return .json }
        switch type {
        case "multipart/form-data": return .multipartForm
        case "application/x-www-form-urlencoded": return .urlEncodedForm
        case "text/plain": return .text
        case "text/event-stream": return .eventStream
        default: return .binary
        }
    }
}
