import Foundation

/// A request body already turned into bytes in a form other than JSON.
public struct EncodedBody: Sendable, Hashable, Encodable {
    /// The bytes sent.
    public var data: Data
    /// The `Content-Type` header, such as `multipart/form-data; boundary=...`.
    public var contentType: String

    public init(data: Data, contentType: String) {
        self.data = data
        self.contentType = contentType
    }

    /// The bytes, base64 (an `EncodedBody` is sent as it is, never encoded as JSON).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data.base64EncodedString())
    }
}

/// How a body that is not JSON goes on the wire.
public enum BodyEncoding: Sendable, Hashable {
    /// `multipart/form-data`: one part per member (see `MultipartEncoding`).
    case multipart
    /// `application/x-www-form-urlencoded`: `name=value` pairs (see `FormEncoding`).
    case urlEncodedForm
}

extension CheckedBody {
    /// This checked body, sent as `encoding` from `body` (the value it was checked from, whose
    /// files are kept as files).
    @_spi(Generated)
    public func encoded(as encoding: BodyEncoding, from body: some JSONValueRepresentable) -> CheckedBody {
        var copy = self
        switch encoding {
        case .multipart:
            let sink = MultipartFileSink()
            let json = MultipartFileSink.$current.withValue(sink) { body.jsonValue }
            copy.encoded = .multipart(MultipartEncoding(json: json, files: sink.collected))
        case .urlEncodedForm:
            copy.encoded = .ready(EncodedBody(data: FormEncoding.data(json), contentType: "application/x-www-form-urlencoded"))
        }
        return copy
    }
}

/// A non-JSON body before or after it was turned into bytes.
public enum PendingEncodedBody: Sendable, Hashable {
    case ready(EncodedBody)
    case multipart(MultipartEncoding)

    /// The bytes to send; reads the files of a multipart body.
    func encoded() throws(ViduError) -> EncodedBody {
        switch self {
        case .ready(let body): return body
        case .multipart(let encoding): return try encoding.encoded()
        }
    }
}

extension CheckedBody {
    /// A body of bytes sent as they are with `contentType` (a file upload, plain text): no
    /// schema checks it.
    @_spi(Generated)
    public static func raw(_ data: Data, contentType: String) -> CheckedBody {
        var body = CheckedBody(json: .null, violations: [], extraFields: ExtraFieldsReport(wire: .null, declared: .null))
        body.encoded = .ready(EncodedBody(data: data, contentType: contentType))
        return body
    }
}
