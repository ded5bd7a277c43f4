import SpecKit

/// How a body of one media type travels, as far as the generator is concerned.
enum MediaKind: Int, Sendable, Comparable {
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

    static func < (lhs: MediaKind, rhs: MediaKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Reads media type names.
enum MediaType {
    /// The type without parameters, in lower case: `application/json; charset=utf-8` →
    /// `application/json`.
    static func base(_ name: String) -> String {
        let head = name.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return String(head.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()).lowercased()
    }

    /// The kind of `name`. The order of `MediaKind` is the order of preference when a body
    /// offers several types.
    static func kind(of name: String) -> MediaKind {
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

extension Response {
    /// The preferred media type of the body (JSON first, then `MediaKind`'s order; the spec's
    /// order within a kind), nil when no content is documented.
    var preferredMediaType: String? {
        content.map(\.mediaType).enumerated().min { (MediaType.kind(of: $0.element), $0.offset) < (MediaType.kind(of: $1.element), $1.offset) }?.element
    }

    /// The other media types documented for the body, in spec order.
    var otherMediaTypes: [String] {
        let preferred = preferredMediaType
        var skipped = false
        return content.map(\.mediaType).filter { type in
            if type == preferred, !skipped { skipped = true; return false }
            return true
        }
    }
}
