/// The absolute URIs schemas are registered and referenced by.
///
/// Canonical form: the scheme in lower case, no empty fragment (`x.json#` is `x.json`),
/// a JSON-pointer fragment percent-encoded the one way `JSONPointerText` does, and a
/// plain-name fragment (an anchor) decoded.
enum SchemaURI {
    /// The base URI of a spec file named `path`: `specs/a.json` becomes `file:///specs/a.json`.
    ///
    /// The path is used as the user wrote it (made absolute only syntactically), so URIs and
    /// everything derived from them do not depend on the machine's directory layout.
    static func fileURI(forPath path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        let encoded = JSONPointerText.percentEncode(String(trimmed)).replacingOccurrences(of: "?", with: "%3F")
        return "file:///" + URIReference.removingDotSegments(encoded)
    }

    /// The URI of the location `pointer` inside the resource `resource`.
    static func uri(resource: String, pointer: String) -> String {
        pointer.isEmpty ? resource : resource + "#" + JSONPointerText.fragment(for: pointer)
    }

    /// The URI of the anchor `name` inside the resource `resource`.
    static func uri(resource: String, anchor name: String) -> String {
        resource + "#" + name
    }

    /// `reference` resolved against `base` in canonical form; nil when its fragment cannot be decoded.
    static func resolve(_ reference: String, against base: String) -> String? {
        var resolved = URIReference(parsing: reference).resolved(against: URIReference(parsing: base))
        guard let fragment = resolved.fragment else { return resolved.description }
        guard let decoded = JSONPointerText.percentDecode(fragment) else { return nil }
        if decoded.isEmpty {
            resolved.fragment = nil
        } else if decoded.hasPrefix("/") {
            resolved.fragment = JSONPointerText.fragment(for: decoded)
        } else {
            resolved.fragment = decoded
        }
        return resolved.description
    }

    /// The part before `#`.
    static func resource(of uri: String) -> String {
        uri.firstIndex(of: "#").map { String(uri[..<$0]) } ?? uri
    }

    /// The decoded fragment after `#` (nil when there is none).
    static func fragment(of uri: String) -> String? {
        guard let hash = uri.firstIndex(of: "#") else { return nil }
        return JSONPointerText.percentDecode(String(uri[uri.index(after: hash)...]))
    }
}
