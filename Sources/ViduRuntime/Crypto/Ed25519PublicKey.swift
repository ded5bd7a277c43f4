/// An Ed25519 public key (RFC 8032), which verifies signatures. Signing is not provided:
/// the runtime only checks signatures that providers make.
///
/// Verification follows RFC 8032 §5.1.7 strictly, and passes every case of Project
/// Wycheproof's `ed25519_test.json` (valid ones verify, invalid ones do not; that file
/// marks none "acceptable"):
/// - a signature that is not exactly 64 bytes is refused;
/// - S must be below the group order L, so a signature cannot be altered into another
///   valid one (S + L, S + 2^253, …);
/// - the key is decoded as §5.1.3 says: a y-coordinate not below p, or x = 0 with the
///   sign bit set, or no point at all, makes `init` throw;
/// - the check is the cofactorless [S]B = R + [k]A with k = SHA-512(R ‖ A ‖ M) mod L,
///   compared through the canonical encoding of [S]B - [k]A and the 32 bytes of R. So an
///   R that §5.1.3 would not decode (non-canonical y, the wrong sign on x = 0, not on the
///   curve) never matches, which is the same as refusing it at decoding.
///
/// Keys of small order (including the identity) are accepted as RFC 8032 does; such a
/// key verifies only signatures that anyone could make, so take keys only from a trusted
/// source (a provider's key set fetched over HTTPS).
///
/// Verification handles no secret: the key, the signature and the message are all
/// public, so it runs in variable time, which is safe here.
public struct Ed25519PublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The 32-byte encoding of the key, as given.
    public let rawRepresentation: [UInt8]
    /// -A, which the verification equation uses.
    private let negatedPoint: Ed25519Point

    /// Why bytes are not an Ed25519 public key.
    public enum DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The key is not 32 bytes long (the count is attached).
        case wrongLength(Int)
        /// The bytes do not encode a curve point as RFC 8032 §5.1.3 requires: y is not
        /// below p, there is no matching x, or x = 0 with the sign bit set.
        case notACurvePoint

        /// A sentence naming the problem.
        public var description: String {
            switch self {
            case .wrongLength(let count): return "an Ed25519 public key is 32 bytes, not \(count)"
            case .notACurvePoint: return "the bytes do not encode an edwards25519 point (RFC 8032 §5.1.3)"
            }
        }
    }

    /// Decodes the 32-byte key `rawRepresentation`.
    public init<Bytes: Collection>(rawRepresentation bytes: Bytes) throws(DecodingError) where Bytes.Element == UInt8 {
        let raw = Array(bytes)
        guard raw.count == 32 else { throw .wrongLength(raw.count) }
        guard let point = Ed25519Point(decoding: raw) else { throw .notACurvePoint }
        rawRepresentation = raw
        negatedPoint = point.negated
    }

    /// Whether `signature` (64 bytes: R then S) is a valid signature of `message` under
    /// this key, by RFC 8032 §5.1.7 (see the type's documentation for the exact rules).
    public func isValidSignature<Signature: Collection, Message: Collection>(_ signature: Signature, for message: Message) -> Bool
    where Signature.Element == UInt8, Message.Element == UInt8 {
        let signature = Array(signature)
        guard signature.count == 64 else { return false }
        let r = Array(signature[0..<32])
        guard let s = Ed25519Scalar(canonical: Array(signature[32..<64])) else { return false }
        var hasher = SHA512()
        hasher.update(r)
        hasher.update(rawRepresentation)
        hasher.update(message)
        let k = Ed25519Scalar(reducing: hasher.finalize())
        let recomputed = negatedPoint.multiplied(by: k, plusBaseTimes: s)
        return ConstantTimeComparison.equal(recomputed.encoded, r)
    }

    /// Keys are equal when their encodings are.
    public static func == (lhs: Ed25519PublicKey, rhs: Ed25519PublicKey) -> Bool {
        lhs.rawRepresentation == rhs.rawRepresentation
    }

    /// Hashes the encoding.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawRepresentation)
    }

    /// `Ed25519PublicKey(` and the key in hexadecimal `)`: a public key is not a secret.
    public var description: String {
        "Ed25519PublicKey(\(Hexadecimal.encoded(rawRepresentation)))"
    }
}
