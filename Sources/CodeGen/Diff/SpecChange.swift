/// One semantic difference between two versions of a provider's spec, classified twice: what it
/// does on the wire and what it does to the generated Swift API.
///
/// `vidu-codegen diff` prints a list of these; `--format json` writes them with the member names
/// below (see README, "What changed: vidu-codegen diff").
public struct SpecChange: Sendable, Hashable, Codable {
    /// The provider: the spec's file name without `.json` (`acme`).
    public var provider: String
    /// Which side of the exchange the changed construct is on.
    public var side: ChangeSide
    /// Where: an owner (an operation's part, a component, the document) and a dotted path inside
    /// it, such as `AcmeVideoInput.resolution` or `generateTask parameter taskId`.
    public var location: String
    /// The stable identifier of the kind of change (`enum-value-added`, `bound-tightened`, …).
    public var kind: ChangeKind
    /// The change in one sentence, with the old and new values.
    public var summary: String
    /// The wire classification.
    public var wire: WireImpact
    /// The classification for the generated Swift API.
    public var swift: SwiftImpact
    /// For a change inside a shared component: the places that use the component (operation
    /// parts and other components), sorted. Empty elsewhere.
    public var usedBy: [String]

    public init(provider: String, side: ChangeSide, location: String, kind: ChangeKind, summary: String,
                wire: WireImpact, swift: SwiftImpact, usedBy: [String] = []) {
        self.provider = provider
        self.side = side
        self.location = location
        self.kind = kind
        self.summary = summary
        self.wire = wire
        self.swift = swift
        self.usedBy = usedBy
    }

    /// True when the change breaks the wire or the Swift source.
    public var isBreaking: Bool { wire == .breaking || swift == .sourceBreaking }

    /// True when the change touches only documentation (descriptions, summaries, examples).
    public var isDocumentationOnly: Bool { kind.isDocumentation }
}

/// Which side of an exchange a construct is on; it decides the direction rule.
public enum ChangeSide: String, Sendable, Hashable, Codable, CaseIterable {
    /// What the client sends: request bodies, parameters, operations, servers, auth.
    case request
    /// What the client receives and decodes: responses, webhook bodies and headers, `x-task`.
    case response
    /// The document as a whole, or a component that no operation uses (classified like a request).
    case document
}

/// The wire column.
///
/// Requests: `breaking` when a request that was valid is now refused (by the client's
/// validator or by the spec), `relaxing` when something newly valid and nothing refused,
/// `compatible` when the set of valid requests is unchanged but something else is (a default, an
/// open string's known values). Responses and webhooks: `breaking` when a body that the old
/// spec allowed no longer decodes into the new generated types, or is excluded from a closed value
/// set (`enum`, `const`); otherwise `compatible` (bounds and patterns are never checked on decoding).
/// `none`: documentation only.
public enum WireImpact: String, Sendable, Hashable, Codable, CaseIterable {
    case breaking
    case relaxing
    case compatible
    case none
}

/// The Swift API column, for the code `vidu-codegen` generates.
///
/// `source-breaking`: code that compiled may not (a type, member, case or union branch removed or
/// renamed, a member's type changed, optional↔required, a default's type changed). `additive`: new
/// API only (an optional member, a new case of an open enum — see README for why that counts as
/// additive). `none`: the generated declarations are unchanged (validation-only constraints,
/// documentation).
public enum SwiftImpact: String, Sendable, Hashable, Codable, CaseIterable {
    case sourceBreaking = "source-breaking"
    case additive
    case none
}
