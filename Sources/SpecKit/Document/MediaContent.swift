import Foundation

/// One entry of a `content` map: a media type with its schema, examples and encodings.
public struct MediaContent: Sendable {
    /// The media type as written, such as `application/json` or `multipart/form-data`.
    public var mediaType: String
    /// The schema; nil when the entry gives none (any bytes).
    public var schema: Schema?
    /// The `examples` map, and the `example` value (named `example`).
    public var examples: [Example]
    /// `encoding`: the `contentType` of each named property of a multipart or form body,
    /// as written (nil when the entry gives none).
    public var encoding: [(property: String, contentType: String?)]
    /// Where the entry was written.
    public var pointer: String

    public init(mediaType: String, schema: Schema?, examples: [Example], encoding: [(property: String, contentType: String?)] = [], pointer: String) {
        self.mediaType = mediaType
        self.schema = schema
        self.examples = examples
        self.encoding = encoding
        self.pointer = pointer
    }

    /// True for `application/json` (parameters such as `; charset=utf-8` allowed).
    public var isJSON: Bool { MediaContent.isJSON(mediaType) }

    /// True for `application/json` (parameters such as `; charset=utf-8` allowed).
    public static func isJSON(_ mediaType: String) -> Bool {
        let base = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json"
    }
}
