/// What a `pattern` asks for, in words, for the patterns the specs use for URLs and
/// numbers; any other pattern is quoted as written (not JSON-escaped).
enum PatternWording {
    /// Known pattern sources and their wording.
    static let known: [String: String] = [
        #"^https?://\S+$"#: "an http(s) URL",
        #"^https://\S+$"#: "an https URL",
        #"^(https?://\S+|data:image/[A-Za-z0-9.+-]+;base64,\S+)$"#: "an http(s) URL or a base64 data URL of an image",
        #"^(https?://\S+|data:video/[A-Za-z0-9.+-]+;base64,\S+)$"#: "an http(s) URL or a base64 data URL of a video",
        #"^(https?://\S+|data:(audio|video)/[A-Za-z0-9.+-]+;base64,\S+)$"#: "an http(s) URL or a base64 data URL of audio or video",
        #"^[0-9]+$"#: "a string of digits",
    ]

    /// "must be an http(s) URL", or "must match the pattern ^…$".
    static func requirement(_ source: String) -> String {
        if let words = known[source] { return "must be \(words)" }
        return "must match the pattern \(source)"
    }
}
