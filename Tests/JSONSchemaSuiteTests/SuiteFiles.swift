import Foundation

/// The suite's test files: `*.json` under `tests/draft2020-12`, including `optional/` but not
/// `optional/format/` (format assertion is off by default in 2020-12; see unsupported.json),
/// as paths relative to that folder, sorted so every run and every generation agrees.
enum SuiteFiles {
    /// The 29 files whose every test must pass.
    static let core: Set<String> = Set([
        "type", "enum", "const", "properties", "required", "additionalProperties", "items", "prefixItems",
        "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if-then-else",
        "dependentRequired", "default", "format", "boolean_schema", "defs",
    ].map { $0 + ".json" })

    /// Relative paths of every test file, sorted.
    static func list(in folder: URL) throws -> [String] {
        let manager = FileManager.default
        var paths: [String] = []
        for name in try manager.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            paths.append(name)
        }
        let optional = folder.appendingPathComponent("optional")
        for name in (try? manager.contentsOfDirectory(atPath: optional.path)) ?? [] where name.hasSuffix(".json") {
            paths.append("optional/" + name)
        }
        let format = optional.appendingPathComponent("format")
        for name in (try? manager.contentsOfDirectory(atPath: format.path)) ?? [] where name.hasSuffix(".json") {
            paths.append("optional/format/" + name)
        }
        return paths.sorted()
    }

    /// The key the generated file and unsupported.json use for one group: `file#index`.
    static func key(file: String, group: Int) -> String {
        "\(file)#\(group)"
    }
}
