import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// `FalWebhookVerifier` with a fixed key set, against deliveries signed with the RFC 8032
/// test keys (see `Vectors/README.md`).
@Suite struct FalWebhookVerifierTests {
    static func verifier(_ fixtures: FalWebhookFixtures, at date: Date, expectedUserID: String? = nil) throws -> FalWebhookVerifier {
        let keys = try JWKSKeySet(jwksJSON: FalWebhookFixtures.text(fixtures.jwks))
        return try FalWebhookVerifier(keys: keys, expectedUserID: expectedUserID, clock: TestClock(start: date))
    }

    static func rejection(_ verifier: FalWebhookVerifier, _ request: CallbackRequest) async -> CallbackRejection? {
        let result = await outcome { () async throws(ViduError) in try await verifier.verify(request) }
        guard case .invalidCallback(let rejection)? = result.failure else { return nil }
        return rejection
    }

    @Test func anyKeyOfTheSetVerifiesAndEachDeliveryPassesOnce() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let completed = fixtures.delivery("completed"), queued = fixtures.delivery("in queue")
        #expect(completed.signedBy == "TEST 2" && queued.signedBy == "TEST 1")
        #expect(completed.requestId == queued.requestId)
        let verifier = try Self.verifier(fixtures, at: completed.date, expectedUserID: "user-1234")
        try await verifier.verify(completed.request())
        // Another webhook for the same request (another timestamp and body) is no replay.
        try await verifier.verify(queued.request())
        #expect(await Self.rejection(verifier, completed.request()) == .replayedNonce(completed.requestId))
        // Upper-case hexadecimal is the same signature.
        let other = try Self.verifier(fixtures, at: completed.date)
        try await other.verify(completed.request(headers: ["X-Fal-Webhook-Signature": completed.signature.uppercased()]))
    }

    @Test func refusesForgeries() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let completed = fixtures.delivery("completed")
        let verifier = try Self.verifier(fixtures, at: completed.date)
        let forgeries = [
            completed.request(body: completed.body.replacingOccurrences(of: "OK", with: "ERROR")),
            completed.request(body: completed.body + " "),
            completed.request(headers: ["X-Fal-Webhook-User-Id": "user-9999"]),
            completed.request(headers: ["X-Fal-Webhook-Request-Id": "00000000-0000-0000-0000-000000000000"]),
            completed.request(headers: ["X-Fal-Webhook-Timestamp": String(Int(completed.timestamp)! + 1)]),
            completed.request(headers: ["X-Fal-Webhook-Signature": fixtures.delivery("in queue").signature]),
            // Signed by a key that is not in the set.
            fixtures.delivery("rotated key").request(),
        ]
        for forgery in forgeries {
            #expect(await Self.rejection(verifier, forgery) == .signatureMismatch)
        }
        try await verifier.verify(completed.request())
    }

    @Test func refusesAnotherUsersWebhookWhenTheUserIsPinned() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let completed = fixtures.delivery("completed")
        let pinned = try Self.verifier(fixtures, at: completed.date, expectedUserID: "someone-else")
        #expect(await Self.rejection(pinned, completed.request()) == .unexpectedUserID("user-1234"))
    }

    @Test func refusesTimestampsOutsideTheToleranceAndMalformedHeaders() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let completed = fixtures.delivery("completed")
        for offset in [301.0, -301.0] {
            let verifier = try Self.verifier(fixtures, at: completed.date.addingTimeInterval(offset))
            #expect(await Self.rejection(verifier, completed.request()) == .timestampOutsideTolerance(completed.timestamp))
        }
        try await Self.verifier(fixtures, at: completed.date.addingTimeInterval(300)).verify(completed.request())
        let verifier = try Self.verifier(fixtures, at: completed.date)
        for name in ["X-Fal-Webhook-Request-Id", "X-Fal-Webhook-User-Id", "X-Fal-Webhook-Timestamp", "X-Fal-Webhook-Signature"] {
            #expect(await Self.rejection(verifier, completed.request(headers: [name: nil])) == .missingHeader(name))
        }
        #expect(await Self.rejection(verifier, completed.request(headers: ["X-Fal-Webhook-Timestamp": "2025-05-06T12:09:42Z"])) == .malformedTimestamp("2025-05-06T12:09:42Z"))
        for signature in [String(completed.signature.dropLast()), String(completed.signature.dropLast(2)), "zz" + completed.signature.dropFirst(2), completed.signature + "00"] {
            guard case .malformedSignature? = await Self.rejection(verifier, completed.request(headers: ["X-Fal-Webhook-Signature": signature])) else {
                Issue.record("\(signature) should be malformed")
                continue
            }
        }
    }

    @Test func refusesAnEmptyKeySet() {
        #expect(throws: ViduError.self) { try FalWebhookVerifier(keys: JWKSKeySet(keys: [])) }
    }
}
