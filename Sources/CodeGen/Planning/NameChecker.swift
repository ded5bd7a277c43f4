import SpecKit

/// Checks that names stay distinct and legal once turned into Swift.
struct NameChecker {
    let context: PlanningContext

    /// Reports each name of `names` that maps to the same Swift name as an earlier one.
    /// `what` is the kind of name, such as "property" or "enum value".
    func checkDistinct(_ names: [(original: String, swift: String, source: SchemaSource)], what: String, in owner: String) {
        var seen: [String: String] = [:]
        for name in names {
            let key = name.swift.replacing("`", with: "")
            if let earlier = seen[key] {
                context.report(
                    "\(what) '\(name.original)' and '\(earlier)' of \(owner) both become the Swift name '\(key)'",
                    at: name.source,
                    hint: "rename one of them in the spec, or give the schema an explicit title so the names differ"
                )
            } else {
                seen[key] = name.original
            }
        }
    }

    /// Warns that `original` (a `what`) is generated as `renamed` instead of `swiftName`.
    func noteRename(_ original: String, what: String, of owner: String? = nil, from swiftName: String, to renamed: String, at source: SchemaSource) {
        guard renamed != swiftName else { return }
        let generated: Set<String> = ["unknown", "allCases", "rawValue", "extraFields", "jsonValue"]
        let reason = SwiftKeywords.isUnusableType(swiftName) || SwiftKeywords.unusableAsMember.contains(swiftName) || generated.contains(swiftName)
            ? "'\(swiftName)' is a Swift keyword, a standard library type or a name the generated code declares itself"
            : "another name of the same scope already becomes '\(swiftName)'"
        context.warn("\(what) '\(original)'\(owner.map { " of '\($0)'" } ?? "") is generated as '\(renamed)': \(reason)", at: source,
                     hint: "rename it in the spec to choose the Swift name yourself")
    }

    /// Reports a member name that Swift cannot use even with backticks.
    /// Returns false when the name was rejected.
    @discardableResult
    func checkMember(_ swiftName: String, original: String, what: String, at source: SchemaSource) -> Bool {
        guard SwiftKeywords.unusableAsMember.contains(swiftName) else { return true }
        context.report(
            "\(what) '\(original)' becomes the Swift name '\(swiftName)', which cannot be used even in backticks",
            at: source,
            hint: "rename it in the spec"
        )
        return false
    }

    /// Reports a type name that Swift (or the generated code) cannot use.
    @discardableResult
    func checkType(_ swiftName: String, original: String, at source: SchemaSource) -> Bool {
        guard SwiftKeywords.unusableAsType.contains(swiftName) || SwiftKeywords.reserved.contains(swiftName) else { return true }
        context.report(
            "schema name '\(original)' becomes the Swift type name '\(swiftName)', which is a Swift keyword or a name the generated code needs",
            at: source,
            hint: "rename the schema, for example to '\(swiftName)Object' or a more specific name"
        )
        return false
    }
}
