/// The Swift namespace of a document's generated types.
///
/// In order: the name `--namespace` gives; `info.x-swift-namespace`; the name derived from
/// `info.title`; the name derived from the file name. A given name is used as written
/// (`OpenAI` stays `OpenAI`) and must be an ASCII identifier that starts with an upper-case
/// letter and is not `reservedNamespaces`. A derived name splits the text into words at every character
/// that is not an ASCII letter or digit, drops a last word `API` (`OpenAI API` → `OpenAI`),
/// upper-cases the first letter of each word and keeps the rest as written
/// (`Dream Machine API` → `DreamMachine`). A title that gives no usable name (empty, a leading
/// digit, reserved) falls back to the file name (`kling-tryagi.yaml` → `KlingTryagi`).
extension DocumentContext {
    /// Names a namespace may not take: Swift's capitalised keywords and the standard and
    /// runtime names generated code refers to.
    static let reservedNamespaces: Set<String> = [
        "Any", "AnyObject", "Self", "Type", "Protocol", "Swift", "Foundation", "ViduRuntime", "ViduClients", "ViduKit",
        "String", "Int", "Double", "Bool", "Array", "Dictionary", "Optional", "Data", "Date", "URL", "Error", "Never",
        "Void", "Result", "Codable", "Sendable", "Hashable", "JSONValue", "ProviderRegistry",
    ]

    /// The namespace, or "" after an error.
    mutating func readNamespace(of info: JSONNode, title: String, override: String?) -> String {
        if let override {
            guard Self.isUsableNamespace(override) else {
                collector.error(
                    "--namespace '\(override)' is not usable as a Swift namespace", node: info, pointer: "/info",
                    hint: "give an identifier that starts with an upper-case letter and is not a Swift keyword or standard type, such as '\(Self.derivedNamespace(title: title, file: file))'"
                )
                return ""
            }
            return override
        }
        let derived = Self.derivedNamespace(title: title, file: file)
        guard let written = info["x-swift-namespace"] else { return derived }
        guard let namespace = string("x-swift-namespace", of: info, at: "/info") else { return "" }
        guard Self.isUsableNamespace(namespace) else {
            collector.error(
                "'x-swift-namespace' must be a Swift identifier that starts with an upper-case letter and is not a keyword or standard type, not '\(namespace)'",
                node: written, pointer: "/info/x-swift-namespace", hint: "for example \"\(derived)\""
            )
            return ""
        }
        return namespace
    }

    /// An ASCII identifier starting with an upper-case letter, not reserved.
    static func isUsableNamespace(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return isIdentifier(name) && !reservedNamespaces.contains(name)
    }

    /// From the title when it gives a usable name, else from the file name.
    static func derivedNamespace(title: String, file: String) -> String {
        let fromTitle = upperCamelCase(title, droppingFinalAPI: true)
        if isUsableNamespace(fromTitle) { return fromTitle }
        let fromFile = namespace(forFile: file)
        return reservedNamespaces.contains(fromFile) ? fromFile + "API" : fromFile
    }

    /// `acme.json` → `Acme`, `acme-video.yaml` → `AcmeVideo`, `3d.json` → `Provider3d`.
    static func namespace(forFile file: String) -> String {
        let joined = upperCamelCase(SpecDocument.stem(of: file), droppingFinalAPI: false)
        guard let first = joined.first, !first.isNumber else { return "Provider" + joined }
        return joined
    }

    /// The words of `text` (runs of ASCII letters and digits), each with its first letter
    /// upper-cased, joined.
    static func upperCamelCase(_ text: String, droppingFinalAPI: Bool) -> String {
        var words = text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        if droppingFinalAPI, words.count > 1, words.last?.lowercased() == "api" { words.removeLast() }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
