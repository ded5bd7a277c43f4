import Foundation

/// Signs callback requests with the `X-HMAC-*` scheme: for tests
/// and the provider simulator.
public struct HMACHeaderCallbackSigner: Sendable {
    private let key: APIKey
    private let accessKey: String

    /// Signs with `key`, the API key that created the task, naming itself `accessKey`.
    public init(key: APIKey, accessKey: String) {
        self.key = key
        self.accessKey = accessKey
    }

    /// The headers the scheme adds to a callback (`Date`, `x-request-nonce`,
    /// `X-HMAC-SIGNED-HEADERS: Date;x-request-nonce`, `X-HMAC-SIGNATURE`,
    /// `X-HMAC-ALGORITHM`, `X-HMAC-ACCESS-KEY`).
    public func headers(method: String, path: String, rawQuery: String?, date: Date, nonce: String) -> [(name: String, value: String)] {
        let dateText = HTTPDate.format(date)
        let signed: [(name: String, value: String)] = [("Date", dateText), ("x-request-nonce", nonce)]
        let signingString = HMACHeaderSigningString.make(method: method, path: path, rawQuery: rawQuery, accessKey: accessKey, date: dateText, signedHeaders: signed)
        return signed + [
            ("X-HMAC-SIGNED-HEADERS", signed.map(\.name).joined(separator: ";")),
            ("X-HMAC-SIGNATURE", HMACHeaderSigningString.signature(of: signingString, key: key)),
            ("X-HMAC-ALGORITHM", "hmac-sha256"),
            ("X-HMAC-ACCESS-KEY", accessKey),
        ]
    }
}
