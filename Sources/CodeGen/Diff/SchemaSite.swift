/// Where the schema walk is: the side, a readable location, and what the enclosing construct
/// makes of the schema.
struct SchemaSite {
    /// Which side of the exchange.
    var side: ChangeSide
    /// The owner and dotted path, such as `AcmeVideoInput.resolution`.
    var location: String
    /// Inside `if`/`then`/`else`, `not` or another assertion-only part: the generated types do
    /// not depend on it, so the Swift column is `none`.
    var validationOnly = false
    /// The schema is a required member (or parameter), so a change of nullability changes the
    /// Swift member's type.
    var memberRequired = true
    /// The component being diffed, when the walk is inside one (its changes list its users).
    var component: ComponentUse?
    /// How many `$ref`s the walk has followed inline (a guard against cycles).
    var depth = 0
    /// The type change of this very schema was already reported (one side became a union and
    /// this is the matching branch), so only the other keywords are compared.
    var typeReported = false

    /// The site of a member.
    func member(_ name: String, required: Bool) -> SchemaSite {
        var site = self
        site.location += "." + name
        site.memberRequired = required
        site.typeReported = false
        return site
    }

    /// The site of a subschema, `suffix` appended to the location as is (`[]`, `.oneOf[integer]`).
    func sub(_ suffix: String, validationOnly: Bool? = nil) -> SchemaSite {
        var site = self
        site.location += suffix
        if let validationOnly { site.validationOnly = site.validationOnly || validationOnly }
        return site
    }

    /// `impact`, or `none` when the site is validation-only.
    func swift(_ impact: SwiftImpact) -> SwiftImpact { validationOnly ? .none : impact }
}

/// A component schema walked for one side.
struct ComponentUse: Hashable, Comparable {
    var name: String
    var side: ChangeSide

    static func < (lhs: ComponentUse, rhs: ComponentUse) -> Bool {
        (lhs.name, lhs.side.rawValue) < (rhs.name, rhs.side.rawValue)
    }
}
