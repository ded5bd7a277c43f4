/// Why an incoming callback was refused.
public enum CallbackRejection: Sendable, Hashable, CustomStringConvertible {
    /// A required header is missing.
    case missingHeader(String)
    /// `X-HMAC-ALGORITHM` names something other than `hmac-sha256`.
    case unsupportedAlgorithm(String)
    /// `X-HMAC-ACCESS-KEY` is not `vidu`.
    case unexpectedAccessKey(String)
    /// The nonce header is not among the signed headers, so it could be replaced.
    case nonceNotSigned
    /// The `Date` header is not an HTTP-date.
    case malformedDate(String)
    /// The `Date` header is further from the local clock than the allowed skew.
    case dateOutsideAllowedSkew(String)
    /// The signature does not match.
    case signatureMismatch
    /// This nonce was already seen: the callback is a replay.
    case replayedNonce(String)
    /// The body is not JSON, or has no task state where the descriptor says.
    case malformedBody(String)
    /// A timestamp header (`webhook-timestamp`, `X-Fal-Webhook-Timestamp`) is not a Unix
    /// time in whole seconds.
    case malformedTimestamp(String)
    /// A timestamp header is further from the local clock than the allowed tolerance,
    /// either way: the callback is stale, replayed or from a badly wrong clock.
    case timestampOutsideTolerance(String)
    /// The signature header cannot be read (the reason is attached): no `v1,<base64>`
    /// entry in `webhook-signature`, or an `X-Fal-Webhook-Signature` that is not 128
    /// hexadecimal digits.
    case malformedSignature(String)
    /// `X-Fal-Webhook-User-Id` is not the fal account the verifier was told to expect: the
    /// callback is genuinely from fal, but for someone else's request.
    case unexpectedUserID(String)
    /// The provider's public keys could not be had (the reason is attached), so nothing
    /// could be verified. The callback may be genuine: answer with a 5xx so that the
    /// provider delivers it again.
    case verificationKeysUnavailable(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .missingHeader(let name): return "missing header \(name)"
        case .unsupportedAlgorithm(let name): return "unsupported signature algorithm \(name)"
        case .unexpectedAccessKey(let key): return "unexpected access key \(key)"
        case .nonceNotSigned: return "the nonce header is not among X-HMAC-SIGNED-HEADERS"
        case .malformedDate(let date): return "Date header is not an HTTP-date: \(date)"
        case .dateOutsideAllowedSkew(let date): return "Date \(date) is outside the allowed clock skew"
        case .signatureMismatch: return "signature mismatch"
        case .replayedNonce(let nonce): return "nonce \(nonce) was already used (replay)"
        case .malformedBody(let reason): return "malformed callback body: \(reason)"
        case .malformedTimestamp(let timestamp): return "timestamp is not a Unix time in seconds: \(timestamp)"
        case .timestampOutsideTolerance(let timestamp): return "timestamp \(timestamp) is outside the allowed tolerance"
        case .malformedSignature(let reason): return "malformed signature header: \(reason)"
        case .unexpectedUserID(let userID): return "callback for another fal user: \(userID)"
        case .verificationKeysUnavailable(let reason): return "the provider's verification keys are unavailable: \(reason)"
        }
    }
}
