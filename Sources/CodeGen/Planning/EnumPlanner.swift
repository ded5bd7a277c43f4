import SpecKit

/// Plans open string enums: one case per documented value plus `unknown(String)`, so that
/// decoding never fails on a value the spec does not list, and encoding sends it back as is.
/// The runtime's `OpenStringEnum` supplies `init(rawValue:)`, `Codable`, `Hashable` and
/// `jsonValue`; the enum declares only its cases, `allCases` and `rawValue`.
struct EnumPlanner {
    let context: PlanningContext

    /// The members every open enum declares, which no case may take.
    static let generatedMembers: Set<String> = ["unknown", "allCases", "rawValue"]

    /// The Swift case name of each distinct raw value, in order (see `SwiftName` for the
    /// rule), with backticks when needed. A name Swift or the enum itself needs (`self`, the
    /// fallback `unknown`) gets `Value` appended; a name an earlier value took, a number.
    static func caseNames(for values: [String]) -> [(raw: String, name: String)] {
        var names = UniqueNames(reserved: generatedMembers)
        var seen: Set<String> = []
        var result: [(raw: String, name: String)] = []
        for value in values where seen.insert(value).inserted {
            let name = names.claim(SwiftName.member(value)) { generatedMembers.contains($0) || SwiftKeywords.unusableAsMember.contains($0) }
            result.append((value, SwiftName.escaped(name)))
        }
        return result
    }

    /// The enum for `values`, named `name`.
    func plan(name: String, values: [String], doc: DocComment?, source: SchemaSource) -> TypeDeclaration {
        let cases = Self.caseNames(for: values)
        let checker = NameChecker(context: context)
        for item in cases {
            let plain = SwiftName.member(item.raw)
            checker.noteRename(item.raw, what: "enum value", of: name, from: plain, to: item.name.replacing("`", with: ""), at: source)
        }

        var members: [Declaration] = cases.map { item in
            .enumCase(EnumCaseDeclaration(doc: DocComment(["`\(item.raw)`"]), name: item.name))
        }
        members.append(.enumCase(EnumCaseDeclaration(
            doc: DocComment(["A value this version of the spec does not list, kept exactly as received."]),
            name: "unknown", associatedTypes: [.named("String")]
        )))
        members.append(.property(PropertyDeclaration(
            doc: DocComment(["The documented values, in the order the spec lists them."]),
            isStatic: true, name: "allCases", type: .array(.named(name)),
            kind: .constant(.array(cases.map { .member(nil, $0.name) }, multiline: false))
        )))
        members.append(.property(PropertyDeclaration(
            doc: DocComment(["The value as sent on the wire."]), name: "rawValue", type: .named("String"),
            kind: .computed([.switchOver(subject: "self", cases: cases.map {
                SwitchCase([".\($0.name)"], [.expression(.literal(.string($0.raw)))])
            } + [SwitchCase([".unknown(let value)"], [.expression(.identifier("value"))])])])
        )))
        return TypeDeclaration(
            doc: doc ?? DocComment(["The documented values of `\(name)`; any other value decodes as `unknown`."]),
            name: name, conformances: [RuntimeSymbols.openStringEnum],
            members: members
        )
    }
}
