import Foundation

/// Signs callback requests the way Vidu does: for tests and the provider simulator.
public struct ViduCallbackSigner: Sendable {
    private let key: APIKey

    /// Signs with `key`, the API key that created the task.
    public init(key: APIKey) {
        self.key = key
    }

    /// The headers Vidu adds to a callback (`Date`, `x-request-nonce`,
    /// `X-HMAC-SIGNED-HEADERS: Date;x-request-nonce`, `X-HMAC-SIGNATURE`,
    /// `X-HMAC-ALGORITHM`, `X-HMAC-ACCESS-KEY`).
    public func headers(method: String, path: String, rawQuery: String?, date: Date, nonce: String) -> [(name: String, value: String)] {
        let dateText = HTTPDate.format(date)
        let signed: [(name: String, value: String)] = [("Date", dateText), ("x-request-nonce", nonce)]
        let signingString = ViduSigningString.make(method: method, path: path, rawQuery: rawQuery, date: dateText, signedHeaders: signed)
        return signed + [
            ("X-HMAC-SIGNED-HEADERS", signed.map(\.name).joined(separator: ";")),
            ("X-HMAC-SIGNATURE", ViduSigningString.signature(of: signingString, key: key)),
            ("X-HMAC-ALGORITHM", "hmac-sha256"),
            ("X-HMAC-ACCESS-KEY", ViduSigningString.accessKey),
        ]
    }
}
