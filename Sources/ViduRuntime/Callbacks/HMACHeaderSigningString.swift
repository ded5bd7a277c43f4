import Foundation

/// The string an `X-HMAC-*` callback signature covers (a provider's spec
/// describes its headers on the webhook): each line followed by
/// `\n` — method in upper case, path (`/` when empty), raw query (or empty), the access key,
/// the `Date` header, then `Name:Value` for each header named in `X-HMAC-SIGNED-HEADERS`, in
/// that order.
public enum HMACHeaderSigningString {
    /// Builds the signing string.
    ///
    /// - Parameters:
    ///   - accessKey: the `X-HMAC-ACCESS-KEY` the provider names itself with.
    ///   - signedHeaders: `(name as listed in X-HMAC-SIGNED-HEADERS, value)` pairs, in order.
    public static func make(
        method: String, path: String, rawQuery: String?, accessKey: String, date: String, signedHeaders: [(name: String, value: String)]
    ) -> String {
        var lines = [method.uppercased(), path.isEmpty ? "/" : path, rawQuery ?? "", accessKey, date]
        lines += signedHeaders.map { "\($0.name):\($0.value)" }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Base64 of HMAC-SHA256 of `signingString` with the API key as the secret.
    public static func signature(of signingString: String, key: APIKey) -> String {
        signature(of: signingString, secret: key.secret)
    }

    static func signature(of signingString: String, secret: String) -> String {
        let code = HMACSHA256.authenticationCode(key: secret, message: signingString)
        return Data(code).base64EncodedString()
    }
}
