import Foundation

/// Checks webhooks signed by the Standard Webhooks scheme (symmetric, `v1`), which
/// Replicate uses:
/// - `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature` must all be
///   present;
/// - the timestamp must be within the tolerance of the local clock, either way;
/// - `webhook-signature` is a space-separated list of `v1,<base64>` entries (entries of
///   other versions, such as `v1a`, are skipped); the webhook passes when any entry equals
///   the HMAC-SHA256 of `"{webhook-id}.{webhook-timestamp}.{body}"` under the secret,
///   compared in constant time;
/// - the `webhook-id` must not have been seen before: it is recorded in the nonce store for
///   twice the tolerance, once everything else has passed.
///
/// The id stays the same when the sender retries a delivery (Replicate says so too), so a
/// retry arriving while the first delivery's id is still recorded is refused as
/// `.replayedNonce`. The first one was verified: if you processed it, answer the retry with
/// a 2xx; Standard Webhooks means the id to be used that way, as an idempotency key.
public struct StandardWebhookVerifier: Sendable, CustomStringConvertible {
    private let key: SecretBytes
    private let clock: any RuntimeClock
    private let tolerance: Duration
    private let nonces: any NonceStore

    /// The shortest key the specification allows: 24 bytes (192 bits).
    public static let minimumKeyBytes = 24

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - secret: the signing secret as the provider gives it, `whsec_` and then base64
    ///     (Replicate: one per account or organization, see its "Verify webhooks" page).
    ///     The HMAC key is the decoded base64. The prefix may be left out, as the
    ///     reference libraries allow. Wrapped in `APIKey` so that it never prints.
    ///   - tolerance: how far `webhook-timestamp` may be from the local clock, either way
    ///     (five minutes, as the reference libraries use).
    ///   - nonceStore: where seen `webhook-id`s are kept, for twice `tolerance`.
    /// - Throws: `ViduError.invalidConfiguration` when the secret is empty, is not base64,
    ///   or decodes to fewer than `minimumKeyBytes`: a verifier with a guessable key would
    ///   accept webhooks from anyone.
    public init(
        secret: APIKey, clock: any RuntimeClock = SystemClock(), tolerance: Duration = .seconds(300),
        nonceStore: any NonceStore = InMemoryNonceStore()
    ) throws(ViduError) {
        var encoded = Substring(secret.secret.trimmingCharacters(in: .whitespacesAndNewlines))
        if encoded.hasPrefix("whsec_") { encoded = encoded.dropFirst("whsec_".count) }
        guard !encoded.isEmpty else {
            throw .invalidConfiguration("a Standard Webhooks verifier needs the endpoint's signing secret (whsec_…); the secret given is empty")
        }
        guard let decoded = Data(base64Encoded: String(encoded)) else {
            throw .invalidConfiguration("the Standard Webhooks signing secret is not whsec_ followed by base64")
        }
        guard decoded.count >= Self.minimumKeyBytes else {
            throw .invalidConfiguration("the Standard Webhooks signing secret decodes to \(decoded.count) bytes; the specification requires at least \(Self.minimumKeyBytes)")
        }
        self.key = SecretBytes(Array(decoded))
        self.clock = clock
        self.tolerance = tolerance
        self.nonces = nonceStore
    }

    /// Verifies `request`; throws `.invalidCallback` with the reason when it fails.
    public func verify(_ request: CallbackRequest) async throws(ViduError) {
        let id = try WebhookHeaderReading.required("webhook-id", in: request)
        let timestamp = try WebhookHeaderReading.required("webhook-timestamp", in: request)
        let signatureList = try WebhookHeaderReading.required("webhook-signature", in: request)
        let now = clock.now
        try WebhookHeaderReading.checkTimestamp(timestamp, now: now, tolerance: tolerance)
        let candidates = Self.versionOneSignatures(in: signatureList)
        guard !candidates.isEmpty else {
            throw .invalidCallback(.malformedSignature("webhook-signature has no v1,<base64> entry of 32 bytes"))
        }
        let expected = signature(id: id, timestamp: timestamp, body: request.body)
        var matched = false
        for candidate in candidates where ConstantTimeComparison.equal(expected, candidate) {
            matched = true
        }
        guard matched else { throw .invalidCallback(.signatureMismatch) }
        guard await nonces.insert(id, expiry: now.addingTimeInterval(2 * tolerance.secondsValue), now: now) else {
            throw .invalidCallback(.replayedNonce(id))
        }
    }

    /// The raw HMAC-SHA256 of `"{id}.{timestamp}.{body}"`; base64 of it, after `v1,`, is the
    /// header entry.
    func signature(id: String, timestamp: String, body: Data) -> [UInt8] {
        var content = Array(id.utf8)
        content.append(UInt8(ascii: "."))
        content.append(contentsOf: timestamp.utf8)
        content.append(UInt8(ascii: "."))
        content.append(contentsOf: body)
        return HMACSHA256.authenticationCode(key: key.bytes, message: content)
    }

    /// The decoded signatures of the `v1,<base64>` entries of `list` that decode to 32
    /// bytes; every other entry is skipped.
    static func versionOneSignatures(in list: String) -> [[UInt8]] {
        list.split(separator: " ").compactMap { entry in
            guard let comma = entry.firstIndex(of: ","), entry[..<comma] == "v1",
                  let decoded = Data(base64Encoded: String(entry[entry.index(after: comma)...])), decoded.count == 32 else {
                return nil
            }
            return Array(decoded)
        }
    }

    /// `StandardWebhookVerifier(tolerance: …)`, never the secret.
    public var description: String { "StandardWebhookVerifier(tolerance: \(tolerance))" }
}
