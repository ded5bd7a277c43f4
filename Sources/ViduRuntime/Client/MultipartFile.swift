import Foundation

/// A file part of a `multipart/form-data` request body: its bytes (in memory, or read from a
/// file when the request is sent), the file name and the content type sent with it.
///
/// In the body's JSON (what the spec's schema checks, `validate()`) a file is its file name,
/// a string, as OpenAPI's `format: binary` describes it.
public struct MultipartFile: Sendable, Hashable, Codable, JSONValueRepresentable {
    /// Where the bytes come from.
    public enum Source: Sendable, Hashable {
        case data(Data)
        /// A local file, read whole when the request is built.
        case file(URL)
    }

    public var source: Source
    /// The `filename` of the part's `Content-Disposition`.
    public var filename: String
    /// The part's `Content-Type`, such as `image/png`.
    public var contentType: String

    /// A file part from bytes in memory.
    public init(data: Data, filename: String, contentType: String = "application/octet-stream") {
        self.source = .data(data)
        self.filename = filename
        self.contentType = contentType
    }

    /// A file part read from the local file at `fileURL` when the request is built; the file
    /// name defaults to the URL's last path component and the content type to its extension's.
    public init(fileURL: URL, filename: String? = nil, contentType: String? = nil) {
        self.source = .file(fileURL)
        self.filename = filename ?? fileURL.lastPathComponent
        self.contentType = contentType ?? Self.contentType(forExtension: fileURL.pathExtension)
    }

    /// Decodes a file name (a form never comes back as a response): a part with no bytes.
    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        self.init(data: Data(), filename: name)
    }

    /// Encodes the file name, as `jsonValue` does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(filename)
    }

    /// The file name as a string; while a multipart body is being built, a token that marks
    /// where this file goes.
    public var jsonValue: JSONValue {
        if let sink = MultipartFileSink.current { return .string(sink.token(for: self)) }
        return .string(filename)
    }

    /// The bytes of the file.
    func bytes() throws(ViduError) -> Data {
        switch source {
        case .data(let data): return data
        case .file(let url):
            do {
                return try Data(contentsOf: url)
            } catch {
                throw .fileSystem("cannot read \(url.path) for the upload: \(error.localizedDescription)")
            }
        }
    }

    /// A content type for common file extensions; `application/octet-stream` otherwise.
    static func contentType(forExtension pathExtension: String) -> String {
        let types = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
            "mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm", "mp3": "audio/mpeg", "wav": "audio/wav",
            "m4a": "audio/mp4", "ogg": "audio/ogg", "flac": "audio/flac", "pdf": "application/pdf", "json": "application/json",
            "jsonl": "application/jsonl", "txt": "text/plain", "csv": "text/csv",
        ]
        return types[pathExtension.lowercased()] ?? "application/octet-stream"
    }
}

/// Collects the files of a body while its JSON is built for a multipart encoding; a file
/// appears in that JSON as a token string holding its index.
final class MultipartFileSink: Sendable {
    @TaskLocal static var current: MultipartFileSink?

    static let tokenPrefix = "\u{0}vidukit-file-"
    private let files = LockedState<[MultipartFile]>([])

    func token(for file: MultipartFile) -> String {
        let index = files.withLock { files in
            files.append(file)
            return files.count - 1
        }
        return Self.tokenPrefix + String(index)
    }

    /// Every file met, by the index its token holds.
    var collected: [MultipartFile] { files.withLock { $0 } }

    /// The index a token string stands for.
    static func index(ofToken text: String) -> Int? {
        guard text.hasPrefix(tokenPrefix) else { return nil }
        return Int(text.dropFirst(tokenPrefix.count))
    }
}
