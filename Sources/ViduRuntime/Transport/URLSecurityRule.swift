import Foundation

/// The rule for where requests may go: HTTPS anywhere, plain HTTP only to loopback hosts
/// (`127.0.0.0/8`, `::1`, `localhost`), so that keys and results never cross a network in
/// clear text.
public enum URLSecurityRule {
    /// Nil when `url` may be used; otherwise the transport error that refuses it (nothing
    /// was sent).
    public static func violation(for url: URL) -> TransportError? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return TransportError(kind: .badURL, delivery: .notSent, message: "\(describe(url)) has no scheme or host")
        }
        switch scheme {
        case "https":
            return nil
        case "http":
            if isLoopback(host: host) { return nil }
            return TransportError(kind: .insecureURL, delivery: .notSent,
                                  message: "\(describe(url)) uses plain http to a host that is not loopback; use https")
        default:
            return TransportError(kind: .badURL, delivery: .notSent, message: "\(describe(url)) uses unsupported scheme \(scheme)")
        }
    }

    /// True for `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { UInt8($0) != nil }
    }

    /// The URL without its query and fragment, for messages (presigned queries carry
    /// signatures).
    public static func describe(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "<url>" }
        components.query = nil
        components.fragment = nil
        components.user = nil
        components.password = nil
        return components.string ?? "<url>"
    }
}
