import Foundation

/// Checks an `X-HMAC-*` signed callback (a provider's spec names it in its webhook's
/// headers): the HMAC-SHA256 signature (compared in constant time), the access key, a
/// `Date` within the allowed skew of the local clock, and a nonce never seen before.
///
/// The body is not signed (the scheme does not sign it), so act on the task id and then fetch
/// the status from the API if the body's details matter.
public struct HMACHeaderCallbackVerifier: Sendable {
    private let key: APIKey
    private let accessKey: String
    private let clock: any RuntimeClock
    private let allowedSkew: Duration
    private let nonces: any NonceStore

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - key: the API key that created the tasks (the signing secret).
    ///   - accessKey: the `X-HMAC-ACCESS-KEY` the provider signs with (the value its spec's
    ///     `X-HMAC-ACCESS-KEY` header documents); a callback naming another is refused.
    ///   - allowedSkew: how far `Date` may be from the local clock, either way (Vidu
    ///     documents none; five minutes is the default).
    ///   - nonceStore: where seen nonces are kept, for twice `allowedSkew`.
    /// - Throws: `ViduError.invalidConfiguration` when `key` is empty or only whitespace:
    ///   anyone can compute an HMAC with an empty key, so such a verifier would accept
    ///   callbacks from anyone.
    public init(
        key: APIKey, accessKey: String, clock: any RuntimeClock = SystemClock(), allowedSkew: Duration = .seconds(300),
        nonceStore: any NonceStore = InMemoryNonceStore()
    ) throws(ViduError) {
        guard !key.isBlank else {
            throw .invalidConfiguration("a callback verifier needs the API key that signs the callbacks; the key given is empty or blank")
        }
        self.key = key
        self.accessKey = accessKey
        self.clock = clock
        self.allowedSkew = allowedSkew
        self.nonces = nonceStore
    }

    /// Verifies `request`; throws `.invalidCallback` with the reason when it fails. The nonce
    /// is recorded only after the signature and date have been checked.
    public func verify(_ request: CallbackRequest) async throws(ViduError) {
        func required(_ name: String) throws(ViduError) -> String {
            guard let value = request.header(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw .invalidCallback(.missingHeader(name))
            }
            return value
        }
        let signature = try required("X-HMAC-SIGNATURE")
        let signedHeaderNames = try required("X-HMAC-SIGNED-HEADERS")
        let date = try required("Date")
        let nonce = try required("x-request-nonce")
        if let algorithm = request.header("X-HMAC-ALGORITHM"), algorithm.lowercased() != "hmac-sha256" {
            throw .invalidCallback(.unsupportedAlgorithm(algorithm))
        }
        if let accessKey = request.header("X-HMAC-ACCESS-KEY"), accessKey != self.accessKey {
            throw .invalidCallback(.unexpectedAccessKey(accessKey))
        }
        let names = signedHeaderNames.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard names.contains(where: { $0.caseInsensitiveCompare("x-request-nonce") == .orderedSame }) else {
            throw .invalidCallback(.nonceNotSigned)
        }
        var signed: [(name: String, value: String)] = []
        for name in names {
            signed.append((name, try required(name)))
        }
        let signingString = HMACHeaderSigningString.make(method: request.method, path: request.path, rawQuery: request.rawQuery, accessKey: accessKey, date: date, signedHeaders: signed)
        let expected = Array(HMACHeaderSigningString.signature(of: signingString, key: key).utf8)
        guard ConstantTimeComparison.equal(expected, Array(signature.utf8)) else {
            throw .invalidCallback(.signatureMismatch)
        }
        guard let sent = HTTPDate.parse(date) else { throw .invalidCallback(.malformedDate(date)) }
        let now = clock.now
        guard abs(sent.timeIntervalSince(now)) <= allowedSkew.secondsValue else {
            throw .invalidCallback(.dateOutsideAllowedSkew(date))
        }
        let expiry = now.addingTimeInterval(2 * allowedSkew.secondsValue)
        guard await nonces.insert(nonce, expiry: expiry, now: now) else {
            throw .invalidCallback(.replayedNonce(nonce))
        }
    }
}
