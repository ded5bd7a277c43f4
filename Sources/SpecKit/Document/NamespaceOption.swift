
/// `--namespace`: the Swift namespace of a spec, instead of its `info.x-swift-namespace` or the
/// name derived from its title. Repeatable.
///
/// - `--namespace FILE=Name` names the spec file `FILE` (its name in the specs directory, such
///   as `openai.json`) and may be given once per spec.
/// - `--namespace Name` names the only spec; it is an error when the directory holds several.
///
/// The name is used as written (`OpenAI` stays `OpenAI`).
public struct NamespaceOption: Sendable, Equatable {
    /// `FILE=Name` entries, by file name.
    public var byFile: [String: String] = [:]
    /// The plain `--namespace Name`, for a directory with exactly one spec.
    public var single: String?

    public init(byFile: [String: String] = [:], single: String? = nil) {
        self.byFile = byFile
        self.single = single
    }

    public var isEmpty: Bool { byFile.isEmpty && single == nil }

    /// Adds one `--namespace` value, or says what is wrong with it.
    public mutating func add(_ value: String) -> String? {
        if let equals = value.firstIndex(of: "=") {
            let file = String(value[..<equals])
            let name = String(value[value.index(after: equals)...])
            guard !file.isEmpty, !name.isEmpty else { return "--namespace needs FILE=Name or Name, not '\(value)'" }
            guard byFile[file] == nil else { return "--namespace names \(file) twice" }
            byFile[file] = name
        } else {
            guard single == nil else { return "--namespace Name may be given once; name each spec with FILE=Name" }
            single = value
        }
        return nil
    }

    /// The namespace for the spec file `name` of a directory holding `names`, or a
    /// diagnostic when the option cannot apply.
    func namespace(for name: String, among names: [String], directory: String) throws(DiagnosticList) -> String? {
        if let single {
            guard names.count == 1 else {
                throw DiagnosticList([Diagnostic(
                    file: directory, location: nil, pointer: "",
                    message: "--namespace \(single) names one spec, but \(directory) holds \(names.count)",
                    hint: "name each spec: " + names.map { "--namespace \($0)=Name" }.joined(separator: " ")
                )])
            }
            return single
        }
        return byFile[name]
    }

    /// `FILE=` entries that name no spec of the directory.
    func unknownFiles(among names: [String]) -> [String] {
        byFile.keys.filter { !names.contains($0) }.sorted()
    }
}
