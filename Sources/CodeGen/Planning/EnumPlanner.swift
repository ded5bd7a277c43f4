import SpecKit

/// Plans open string enums: one case per documented value plus `unknown(String)`, so that
/// decoding never fails on a value the spec does not list, and encoding sends it back as is.
/// The runtime's `OpenStringEnum` supplies `init(rawValue:)`, `Codable`, `Hashable` and
/// `jsonValue`; the enum declares only its cases, `allCases` and `rawValue`.
struct EnumPlanner {
    let context: PlanningContext

    /// The Swift case name of a raw value (see `SwiftName` for the rule), with backticks when needed.
    static func caseName(for raw: String) -> String {
        SwiftName.escaped(SwiftName.member(raw))
    }

    /// The enum for `values`, named `name`.
    func plan(name: String, values: [String], doc: DocComment?, source: SchemaSource) -> TypeDeclaration {
        var unique: [String] = []
        for value in values where !unique.contains(value) { unique.append(value) }
        let cases = unique.map { (raw: $0, name: Self.caseName(for: $0)) }
        let checker = NameChecker(context: context)
        checker.checkDistinct(
            cases.map { ($0.raw, $0.name, source) } + [("(any undocumented value)", "unknown", source)]
                + ["allCases", "rawValue", "jsonValue", "hashValue"].map { ("\($0) (generated)", $0, source) },
            what: "enum value", in: "'\(name)'"
        )
        for item in cases { checker.checkMember(item.name, original: item.raw, what: "enum value", at: source) }

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
