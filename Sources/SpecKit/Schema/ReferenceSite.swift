/// One `$ref` or `$dynamicRef` as written, kept so that dangling targets and cycles can be
/// reported at the reference itself once every document is read.
struct ReferenceSite: Sendable {
    /// `$ref` or `$dynamicRef`.
    var keyword: String
    /// The absolute, canonical target URI.
    var target: String
    /// The file, location and pointer of the reference's value.
    var file: String
    var location: SourceLocation
    var pointer: String
    /// The canonical URI of the schema that holds the reference.
    var ownerURI: String
    /// The base URI of the document that holds the reference, for short names in messages.
    var documentURI: String
}
