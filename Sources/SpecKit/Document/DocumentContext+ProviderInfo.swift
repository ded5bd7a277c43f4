import Foundation

extension DocumentContext {
    /// `info.x-provider`: `displayName` (a non-empty string) and `keyEnvironmentVariable` (an
    /// environment variable name: upper-case letters, digits and `_`, not starting with a digit).
    mutating func readProviderInfo(_ node: JSONNode) -> ProviderInfo? {
        let pointer = "/info/x-provider"
        guard let members = object(node, at: pointer, what: "'x-provider'") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.providerInfo, what: "x-provider")
        var info = ProviderInfo(displayName: string("displayName", of: node, at: pointer), keyEnvironmentVariable: nil)
        if let name = info.displayName, name.trimmingCharacters(in: .whitespaces).isEmpty {
            collector.error("'displayName' must not be empty", node: node["displayName"]!, pointer: pointer + "/displayName")
            info.displayName = nil
        }
        if let variable = string("keyEnvironmentVariable", of: node, at: pointer) {
            if Self.isEnvironmentVariableName(variable) {
                info.keyEnvironmentVariable = variable
            } else {
                collector.error("'keyEnvironmentVariable' must be an environment variable name, not '\(variable)'",
                                node: node["keyEnvironmentVariable"]!, pointer: pointer + "/keyEnvironmentVariable",
                                hint: "upper-case letters, digits and _, such as \"\(Self.suggestedKeyVariable(forFile: file))\"")
            }
        }
        return info
    }

    /// `[A-Z_][A-Z0-9_]*`.
    static func isEnvironmentVariableName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// `acme.json` → `ACME_API_KEY`.
    static func suggestedKeyVariable(forFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        return String(stem.uppercased().unicodeScalars.map { isEnvironmentVariableName(String($0)) ? Character($0) : "_" }) + "_API_KEY"
    }
}
