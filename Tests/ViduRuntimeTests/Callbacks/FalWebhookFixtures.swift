import Foundation
import ViduRuntime

/// `Vectors/fal-webhook-fixtures.json`: a key set holding the RFC 8032 TEST 1 and TEST 2
/// keys (and an RSA entry to skip), a set holding only TEST 3 (a rotation), and deliveries
/// signed by `make_fixtures.py` the way fal signs.
struct FalWebhookFixtures: Decodable {
    struct Delivery: Decodable {
        var name: String
        var signedBy: String
        var requestId: String
        var userId: String
        var timestamp: String
        var body: String
        var signature: String

        /// The delivery as a request, with `changes` applied to its headers (nil removes).
        func request(body: String? = nil, headers changes: [String: String?] = [:]) -> CallbackRequest {
            var headers: [(name: String, value: String)] = [
                ("Content-Type", "application/json"), ("X-Fal-Webhook-Request-Id", requestId), ("X-Fal-Webhook-User-Id", userId),
                ("X-Fal-Webhook-Timestamp", timestamp), ("X-Fal-Webhook-Signature", signature),
            ]
            for (name, value) in changes {
                headers.removeAll { $0.name == name }
                if let value { headers.append((name, value)) }
            }
            return CallbackRequest(method: "POST", target: "/hooks/fal", headers: headers, body: Data((body ?? self.body).utf8))
        }

        /// The Unix time of the delivery.
        var date: Date { Date(timeIntervalSince1970: TimeInterval(Int(timestamp)!)) }
    }

    var jwks: JSONValue
    var rotatedJwks: JSONValue
    var deliveries: [Delivery]

    static func load() throws -> FalWebhookFixtures {
        try TestVectors.decode(FalWebhookFixtures.self, from: "fal-webhook-fixtures.json")
    }

    func delivery(_ name: String) -> Delivery {
        deliveries.first { $0.name == name }!
    }

    /// The JSON text of a key set.
    static func text(_ set: JSONValue) -> Data {
        Data(set.jsonText().utf8)
    }
}
