/// The short, redacted sample text a drift shows.
enum DriftSample {
    /// `value` as compact JSON with the key and signed URL query values removed, control
    /// characters made visible, cut at `Drift.sampleLimit` characters.
    static func text(_ value: JSONValue, redacting key: APIKey?) -> String {
        // Cut before redacting the long tail away is not safe (a key could straddle the cut),
        // so redact the whole text first, then shorten.
        let json = SignedURLRedaction.redact(value.jsonText())
        return TerminalText.safe(json, redacting: key, limit: Drift.sampleLimit)
    }
}
