/// Decides whether a download answer can be a video, from its `Content-Type` and its first
/// bytes, so that an HTML page (a login wall, a proxy's error page) answered with HTTP 200
/// is refused instead of being saved as `<task>.mp4`.
enum VideoBodyCheck {
    /// Content types that are certainly not a video file.
    static func refusal(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if type.hasPrefix("text/") || type.hasSuffix("/json") || type.hasSuffix("+json") || type.hasSuffix("/xml")
            || type.hasSuffix("+xml") || type.hasPrefix("image/") || type.hasPrefix("audio/") || type == "application/javascript" {
            return "the server sent \(TerminalText.safe(type, limit: 80)), not a video"
        }
        return nil
    }

    /// The ISO base media file format boxes an MP4 or QuickTime file starts with.
    static let leadingBoxes: Set<String> = ["ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pnot"]

    /// How many leading bytes `refusal(prefix:)` needs.
    static let prefixLength = 8

    /// Nil when `prefix` (the first bytes) starts with an MP4 box (`ftyp`, …); otherwise why not.
    static func refusal(prefix: [UInt8]) -> String? {
        guard prefix.count >= prefixLength else { return "the body has \(prefix.count) bytes, too few for a video" }
        let name = String(decoding: prefix[4..<8], as: UTF8.self)
        if leadingBoxes.contains(name) { return nil }
        return "the body does not start with an MP4 box such as ftyp"
    }
}
