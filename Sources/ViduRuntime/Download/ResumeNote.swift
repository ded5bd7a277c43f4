import Foundation

/// What is kept beside a partial download so that a later download of the same file can
/// continue it with `Range`: the file's address without its query (presigned signatures
/// change between requests) and the validators the server sent.
struct ResumeNote: Codable, Sendable, Equatable {
    /// `scheme://host:port/path` of the file.
    var address: String
    /// The response's `ETag`, if any.
    var etag: String?
    /// The response's `Last-Modified`, if any.
    var lastModified: String?

    /// The address used to recognise the same file.
    static func address(of url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.fragment = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? url.absoluteString
    }

    /// The `If-Range` value: the strong ETag, else the date.
    var ifRange: String? {
        if let etag, !etag.hasPrefix("W/") { return etag }
        return lastModified
    }

    /// Reads the note at `url`, if there is a valid one.
    static func read(_ url: URL) -> ResumeNote? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(ResumeNote.self, from: data)
    }

    /// Writes the note to `url`.
    func write(to url: URL) throws {
        try JSONEncoder().encode(self).write(to: url, options: .atomic)
    }
}
