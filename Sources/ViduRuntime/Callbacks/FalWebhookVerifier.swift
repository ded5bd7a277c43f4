import Foundation

/// Checks that a webhook comes from fal, which signs with Ed25519 keys it publishes as a
/// JSON Web Key Set:
/// - `X-Fal-Webhook-Request-Id`, `X-Fal-Webhook-User-Id`, `X-Fal-Webhook-Timestamp` (Unix
///   seconds) and `X-Fal-Webhook-Signature` (128 hexadecimal digits) must all be present;
/// - the timestamp must be within the tolerance of the local clock, either way;
/// - the signed message is the request id, the user id, the timestamp and the lowercase
///   hexadecimal SHA-256 of the raw body, joined by `\n`; the webhook passes when any key
///   of the set verifies the signature (RFC 8032, see `Ed25519PublicKey`);
/// - with `expectedUserID`, the user id must be that fal account: fal signs every
///   account's webhooks with the same keys, so without it a webhook that someone else's
///   fal request sent to your URL verifies too;
/// - an identical delivery (same request id, timestamp and body) must not have been seen:
///   it is recorded in the nonce store for twice the tolerance once everything else has
///   passed. The request id alone is not the nonce, since fal sends more than one webhook
///   for a request (queue events, retries with a fresh timestamp).
///
/// Keys come either from a `JWKSKeySet` you give (fixed: nothing is fetched) or from a
/// `JWKSCache`, which fetches fal's set, refreshes it when it expires, and fetches again
/// (rate-limited) when no cached key verifies a signature, so that a key fal has just
/// added is found. The keys are public; the verifier holds no secret.
public struct FalWebhookVerifier: Sendable {
    private enum KeySource: Sendable {
        case fixed(JWKSKeySet)
        case cached(JWKSCache)
    }

    private let source: KeySource
    private let expectedUserID: String?
    private let clock: any RuntimeClock
    private let tolerance: Duration
    private let nonces: any NonceStore

    /// Verifies with `keys` only.
    ///
    /// - Parameters:
    ///   - expectedUserID: your fal user id; nil accepts any (see the type's documentation).
    ///   - tolerance: how far `X-Fal-Webhook-Timestamp` may be from the local clock, either
    ///     way (five minutes, the window of fal's documented check).
    ///   - nonceStore: where seen deliveries are kept, for twice `tolerance`.
    /// - Throws: `ViduError.invalidConfiguration` when `keys` is empty: such a verifier
    ///   could never accept anything, which is a setup mistake, not a rejection.
    public init(
        keys: JWKSKeySet, expectedUserID: String? = nil, clock: any RuntimeClock = SystemClock(), tolerance: Duration = .seconds(300),
        nonceStore: any NonceStore = InMemoryNonceStore()
    ) throws(ViduError) {
        guard !keys.isEmpty else {
            throw .invalidConfiguration("a fal webhook verifier needs at least one Ed25519 public key; the key set given is empty")
        }
        self.init(source: .fixed(keys), expectedUserID: expectedUserID, clock: clock, tolerance: tolerance, nonceStore: nonceStore)
    }

    /// Verifies with the keys `cache` fetches (by default fal's published set). The
    /// parameters are those of `init(keys:…)`.
    public init(
        cache: JWKSCache, expectedUserID: String? = nil, clock: any RuntimeClock = SystemClock(), tolerance: Duration = .seconds(300),
        nonceStore: any NonceStore = InMemoryNonceStore()
    ) {
        self.init(source: .cached(cache), expectedUserID: expectedUserID, clock: clock, tolerance: tolerance, nonceStore: nonceStore)
    }

    private init(source: KeySource, expectedUserID: String?, clock: any RuntimeClock, tolerance: Duration, nonceStore: any NonceStore) {
        self.source = source
        self.expectedUserID = expectedUserID
        self.clock = clock
        self.tolerance = tolerance
        self.nonces = nonceStore
    }

    /// Verifies `request`; throws `.invalidCallback` with the reason when it fails
    /// (`.verificationKeysUnavailable` when the key set could not be fetched).
    public func verify(_ request: CallbackRequest) async throws(ViduError) {
        let requestID = try WebhookHeaderReading.required("X-Fal-Webhook-Request-Id", in: request)
        let userID = try WebhookHeaderReading.required("X-Fal-Webhook-User-Id", in: request)
        let timestamp = try WebhookHeaderReading.required("X-Fal-Webhook-Timestamp", in: request)
        let signatureText = try WebhookHeaderReading.required("X-Fal-Webhook-Signature", in: request)
        let now = clock.now
        try WebhookHeaderReading.checkTimestamp(timestamp, now: now, tolerance: tolerance)
        guard let signature = Hexadecimal.decoded(signatureText), signature.count == 64 else {
            throw .invalidCallback(.malformedSignature("X-Fal-Webhook-Signature is not 128 hexadecimal digits"))
        }
        if let expectedUserID, userID != expectedUserID {
            throw .invalidCallback(.unexpectedUserID(userID))
        }
        let bodyDigest = Hexadecimal.encoded(SHA256.hash(request.body))
        let message = Array([requestID, userID, timestamp, bodyDigest].joined(separator: "\n").utf8)
        guard try await anyKeyVerifies(signature, message: message) else {
            throw .invalidCallback(.signatureMismatch)
        }
        let nonce = "\(requestID)\n\(timestamp)\n\(bodyDigest)"
        guard await nonces.insert(nonce, expiry: now.addingTimeInterval(2 * tolerance.secondsValue), now: now) else {
            throw .invalidCallback(.replayedNonce(requestID))
        }
    }

    private func anyKeyVerifies(_ signature: [UInt8], message: [UInt8]) async throws(ViduError) -> Bool {
        switch source {
        case .fixed(let keys):
            return keys.anyKeyVerifies(signature, message: message)
        case .cached(let cache):
            if try await cache.keys().anyKeyVerifies(signature, message: message) { return true }
            guard let refreshed = try await cache.refreshedKeys() else { return false }
            return refreshed.anyKeyVerifies(signature, message: message)
        }
    }
}
