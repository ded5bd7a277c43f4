/// How a change moves the set of valid bodies, the input to the wire column.
enum ValueSetEffect: Sendable {
    /// Some bodies the old spec allowed are not allowed by the new one (tightening).
    case narrows
    /// The new spec allows bodies the old one refused, and refuses none it allowed (relaxing).
    case widens
    /// Both at once (a pattern replaced, a const changed).
    case both
    /// The set of valid bodies is the same (a default, an open string's known values).
    case neutral
}

/// The direction rule, in one place.
///
/// - Requests (and the document): tightening is `breaking`, relaxing is `relaxing`.
/// - Responses and webhooks: only what the decoder depends on can break: `type`, required
///   members, nullability, union branches, and closed value sets (`enum`, `const`: a removed
///   value would decode to the enum's `unknown` case instead of the case code matched). Bounds,
///   patterns, `multipleOf`, lengths, item counts, conditional rules and `additionalProperties`
///   are assertions the generated decoder never applies, so tightening or loosening them on a
///   response is `compatible`.
enum ChangeClassification {
    /// The wire column for `effect` on `side`; `decoding` says whether the changed keyword is one
    /// the generated decoder depends on.
    static func wire(_ effect: ValueSetEffect, side: ChangeSide, decoding: Bool) -> WireImpact {
        switch side {
        case .request, .document:
            switch effect {
            case .narrows, .both: return .breaking
            case .widens: return .relaxing
            case .neutral: return .compatible
            }
        case .response:
            switch effect {
            case .narrows, .both: return decoding ? .breaking : .compatible
            case .widens, .neutral: return .compatible
            }
        }
    }
}
