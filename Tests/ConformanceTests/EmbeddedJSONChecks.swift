import Foundation
import ViduClients
import ViduRuntime

/// Checks the typed accessors of JSON-in-string fields (`contentMediaType: application/json` with
/// a `contentSchema` in the specs): the accessor must decode the string and yield the same values
/// as parsing it independently.
///
/// Written by hand, one check per field, because the generator exposes these accessors as
/// ordinary methods (today only apixo `resultJson` → `resultJSONContent()`).
enum EmbeddedJSONChecks {
    /// Failures for `decoded`, the generated value of a case's instance.
    static func failures(of decoded: any Sendable, instance: JSONValue) -> [String] {
        guard let status = decoded as? Apixo.ApixoStatusResponse else { return [] }
        guard let text = status.data.resultJSON else { return [] }
        let expectedURLs: [JSONValue]
        do {
            guard let urls = try JSONValue(parsing: Data(text.utf8))["resultUrls"]?.arrayValue else {
                return ["resultJson has no resultUrls array: \(text)"]
            }
            expectedURLs = urls
        } catch {
            return ["resultJson is not JSON: \(error)"]
        }
        do {
            guard let content = try status.data.resultJSONContent() else {
                return ["resultJSONContent() is nil although resultJson is set"]
            }
            let got = content.resultURLs.map(JSONValue.string)
            return got == expectedURLs ? [] : ["resultJSONContent().resultURLs is \(got) instead of \(expectedURLs)"]
        } catch {
            return ["resultJSONContent() throws: \(error)"]
        }
    }
}
