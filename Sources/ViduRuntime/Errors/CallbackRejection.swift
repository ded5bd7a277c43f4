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
        }
    }
}
