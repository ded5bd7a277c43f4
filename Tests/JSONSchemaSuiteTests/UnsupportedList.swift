import Foundation

/// `unsupported.json`: the suite files and groups this engine does not claim to pass, each
/// with the reason. `group` is a group's description, or `*` for the whole file.
struct UnsupportedList: Decodable {
    struct Entry: Decodable {
        var file: String
        var group: String
        var reason: String
    }

    var entries: [Entry]

    init(from decoder: any Decoder) throws {
        entries = try decoder.singleValueContainer().decode([Entry].self)
    }

    /// The bundled list.
    static func load() throws -> UnsupportedList {
        guard let url = Bundle.module.url(forResource: "unsupported", withExtension: "json") else {
            throw SuiteError("unsupported.json is missing from the test bundle")
        }
        return try JSONDecoder().decode(UnsupportedList.self, from: Data(contentsOf: url))
    }

    /// The reason the group is unsupported, or nil when it must run.
    func reason(file: String, group: String) -> String? {
        entries.first { $0.file == file && ($0.group == "*" || $0.group == group) }?.reason
    }
}
