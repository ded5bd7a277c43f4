import Foundation

/// A set of Ed25519 public keys from a JSON Web Key Set (RFC 7517, keys of RFC 8037): the
/// keys a provider publishes for verifying its webhooks, such as fal's.
///
/// Make one yourself, from keys or from a JWKS document you fetched and trust, and give it
/// to `FalWebhookVerifier(keys:)`; or let a `JWKSCache` fetch, refresh and parse it. Keys
/// are public: nothing here is a secret.
public struct JWKSKeySet: Sendable, Hashable {
    /// One key of the set.
    public struct Key: Sendable, Hashable {
        /// The key's `kid`, when the document gives one.
        public var id: String?
        /// The key.
        public var publicKey: Ed25519PublicKey

        /// A key with an optional `kid`.
        public init(id: String? = nil, publicKey: Ed25519PublicKey) {
            self.id = id
            self.publicKey = publicKey
        }
    }

    /// Why a document is not a usable key set.
    public enum ParsingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The document is not a JSON object with a `keys` array.
        case notAKeySet
        /// No entry is an Ed25519 signing key (`"kty": "OKP"`, `"crv": "Ed25519"`, an `x`
        /// of 32 base64url bytes that is a curve point, and no `use` other than `sig`); the
        /// number of entries skipped is attached.
        case noEd25519Keys(skipped: Int)

        /// A sentence naming the problem.
        public var description: String {
            switch self {
            case .notAKeySet: return "not a JSON Web Key Set (no \"keys\" array)"
            case .noEd25519Keys(let skipped): return "the key set has no Ed25519 signing key (\(skipped) other entries skipped)"
            }
        }
    }

    /// The keys, in document order.
    public var keys: [Key]

    /// A set of `keys` (it may be empty; `FalWebhookVerifier` refuses an empty set).
    public init(keys: [Key]) {
        self.keys = keys
    }

    /// Parses a JWKS document: `{"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "…"}, …]}`.
    /// Entries of other kinds (RSA, EC, X25519, encryption keys, unreadable `x`) are
    /// skipped, so a provider can publish more than one kind of key.
    public init(jwksJSON data: Data) throws(ParsingError) {
        guard let document = try? JSONValue(parsing: data), let entries = document["keys"]?.arrayValue else { throw .notAKeySet }
        let keys = entries.compactMap(Self.ed25519Key(from:))
        guard !keys.isEmpty else { throw .noEd25519Keys(skipped: entries.count) }
        self.keys = keys
    }

    /// Whether there are no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// Whether any key verifies `signature` of `message`.
    func anyKeyVerifies(_ signature: [UInt8], message: [UInt8]) -> Bool {
        keys.contains { $0.publicKey.isValidSignature(signature, for: message) }
    }

    private static func ed25519Key(from entry: JSONValue) -> Key? {
        guard entry["kty"]?.stringValue == "OKP", entry["crv"]?.stringValue == "Ed25519",
              entry["use"] == nil || entry["use"]?.stringValue == "sig",
              let x = entry["x"]?.stringValue, let raw = base64URLDecoded(x),
              let publicKey = try? Ed25519PublicKey(rawRepresentation: raw) else { return nil }
        return Key(id: entry["kid"]?.stringValue, publicKey: publicKey)
    }

    /// base64url without padding (RFC 7515 §2), padding tolerated; nil for anything else.
    static func base64URLDecoded(_ text: String) -> [UInt8]? {
        guard !text.contains("+"), !text.contains("/") else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        if !standard.hasSuffix("=") {
            standard += String(repeating: "=", count: (4 - standard.utf8.count % 4) % 4)
        }
        return Data(base64Encoded: standard).map { Array($0) }
    }
}
