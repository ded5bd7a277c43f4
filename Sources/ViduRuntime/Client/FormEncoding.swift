import Foundation

/// An `application/x-www-form-urlencoded` body from a body's JSON: `name=value` pairs of the
/// top-level object in key order, percent-encoded; an array is one pair per element; a
/// number or boolean is its JSON text, an object its compact JSON; `null` is left out.
enum FormEncoding {
    static func data(_ json: JSONValue) -> Data {
        guard case .object(let object) = json else { return Data() }
        var pairs: [String] = []
        for name in object.keys.sorted() {
            let elements: [JSONValue]
            if case .array(let array) = object[name]! { elements = array } else { elements = [object[name]!] }
            for element in elements {
                let text: String
                switch element {
                case .null: continue
                case .string(let value): text = value
                case .bool(let flag): text = flag ? "true" : "false"
                default: text = (try? JSONValueWriter.data(element)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
                }
                pairs.append(RequestBuilder.encode(name) + "=" + RequestBuilder.encode(text))
            }
        }
        return Data(pairs.joined(separator: "&").utf8)
    }
}
