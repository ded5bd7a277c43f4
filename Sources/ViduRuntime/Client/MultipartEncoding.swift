import Foundation

/// A `multipart/form-data` body (RFC 7578) built from a body's JSON: one part per member of
/// the top-level object, in key order, files last.
///
/// - A file (`MultipartFile`) is a part with its `filename` and content type.
/// - A string is the part's text; a number or boolean its JSON text; `null` is left out.
/// - An array is one part per element, all with the member's name.
/// - An object is its JSON text with `Content-Type: application/json`.
///
/// Files given by URL are read whole when the request is built: the body is in memory.
public struct MultipartEncoding: Sendable, Hashable {
    /// The body's JSON, with a token string where each file goes.
    var json: JSONValue
    /// The files, by the index their tokens hold.
    var files: [MultipartFile]

    private enum Part {
        case text(name: String, value: String, contentType: String?)
        case file(name: String, MultipartFile)
    }

    /// The bytes and the `Content-Type` with its boundary.
    func encoded() throws(ViduError) -> EncodedBody {
        var texts: [Part] = []
        var fileParts: [Part] = []
        let members: [(String, JSONValue)]
        if case .object(let object) = json {
            members = object.keys.sorted().map { ($0, object[$0]!) }
        } else {
            members = [("body", json)]
        }
        for (name, value) in members {
            let elements: [JSONValue]
            if case .array(let array) = value { elements = array } else { elements = [value] }
            for element in elements {
                guard let part = part(name: name, element) else { continue }
                if case .file = part { fileParts.append(part) } else { texts.append(part) }
            }
        }
        var payloads: [(headers: String, body: Data)] = []
        for part in texts + fileParts {
            switch part {
            case .text(let name, let value, let contentType):
                var headers = "Content-Disposition: form-data; name=\"\(Self.quoted(name))\"\r\n"
                if let contentType { headers += "Content-Type: \(contentType)\r\n" }
                payloads.append((headers, Data(value.utf8)))
            case .file(let name, let file):
                let headers = "Content-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(file.filename))\"\r\n"
                    + "Content-Type: \(Self.headerSafe(file.contentType))\r\n"
                payloads.append((headers, try file.bytes()))
            }
        }
        let boundary = Self.boundary(avoiding: payloads.map(\.body))
        var data = Data()
        for payload in payloads {
            data.append(Data("--\(boundary)\r\n\(payload.headers)\r\n".utf8))
            data.append(payload.body)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(boundary)--\r\n".utf8))
        return EncodedBody(data: data, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func part(name: String, _ value: JSONValue) -> Part? {
        switch value {
        case .null: return nil
        case .string(let text):
            if let index = MultipartFileSink.index(ofToken: text), index < files.count { return .file(name: name, files[index]) }
            return .text(name: name, value: text, contentType: nil)
        case .bool(let flag): return .text(name: name, value: flag ? "true" : "false", contentType: nil)
        case .number, .array, .object:
            let text = (try? JSONValueWriter.data(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            if case .number = value { return .text(name: name, value: text, contentType: nil) }
            return .text(name: name, value: text, contentType: "application/json")
        }
    }

    /// A random boundary that occurs in no part.
    static func boundary(avoiding bodies: [Data]) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let candidate = "vidukit-" + (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
            let bytes = Data(candidate.utf8)
            if !bodies.contains(where: { $0.range(of: bytes) != nil }) { return candidate }
        }
    }

    /// A name or file name inside a quoted header parameter: quotes and line breaks escaped
    /// as RFC 7578 section 4.2 allows (percent-encoded).
    static func quoted(_ text: String) -> String {
        headerSafe(text).replacing("\"", with: "%22")
    }

    static func headerSafe(_ text: String) -> String {
        text.replacing("\r", with: "%0D").replacing("\n", with: "%0A").replacing("\0", with: "%00")
    }
}
