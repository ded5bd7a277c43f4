import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// The Standard Webhooks example that the reference libraries test against
/// (standard-webhooks/standard-webhooks, libraries/go/webhook_test.go, TestWebhookSign),
/// and the ways a webhook is refused.
@Suite struct StandardWebhookVerifierTests {
    static let secret = APIKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    static let id = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp = 1_614_265_330
    static let body = #"{"test": 2432232314}"#
    static let signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

    static func request(id: String? = id, timestamp: String? = String(timestamp), signature: String? = signature, body: String = body) -> CallbackRequest {
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let id { headers.append(("webhook-id", id)) }
        if let timestamp { headers.append(("webhook-timestamp", timestamp)) }
        if let signature { headers.append(("webhook-signature", signature)) }
        return CallbackRequest(method: "POST", target: "/hooks/replicate", headers: headers, body: Data(body.utf8))
    }

    static func clock(offset seconds: Int = 0) -> TestClock {
        TestClock(start: Date(timeIntervalSince1970: TimeInterval(timestamp + seconds)))
    }

    static func rejection(_ verifier: StandardWebhookVerifier, _ request: CallbackRequest) async -> CallbackRejection? {
        let result = await outcome { () async throws(ViduError) in try await verifier.verify(request) }
        guard case .invalidCallback(let rejection)? = result.failure else { return nil }
        return rejection
    }

    @Test func acceptsThePublishedExampleOnceThenRefusesTheReplay() async throws {
        let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock())
        try await verifier.verify(Self.request())
        #expect(await Self.rejection(verifier, Self.request()) == .replayedNonce(Self.id))
    }

    @Test func acceptsAnyMatchingEntryOfTheList() async throws {
        let list = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1a,abc \(Self.signature)"
        try await StandardWebhookVerifier(secret: Self.secret, clock: Self.clock()).verify(Self.request(signature: list))
        // The prefix is optional, as in the reference libraries.
        try await StandardWebhookVerifier(secret: APIKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), clock: Self.clock()).verify(Self.request())
    }

    @Test func refusesForgeries() async throws {
        let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock())
        let otherSecret = try StandardWebhookVerifier(secret: APIKey("whsec_" + Data(repeating: 7, count: 32).base64EncodedString()), clock: Self.clock())
        #expect(await Self.rejection(otherSecret, Self.request()) == .signatureMismatch)
        #expect(await Self.rejection(verifier, Self.request(body: #"{"test": 2432232315}"#)) == .signatureMismatch)
        #expect(await Self.rejection(verifier, Self.request(id: "msg_other")) == .signatureMismatch)
        #expect(await Self.rejection(verifier, Self.request(timestamp: String(Self.timestamp + 1))) == .signatureMismatch)
        #expect(await Self.rejection(verifier, Self.request(signature: "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")) == .signatureMismatch)
        // A refused webhook is not recorded: the genuine one still passes afterwards.
        try await verifier.verify(Self.request())
    }

    @Test func refusesTimestampsOutsideTheTolerance() async throws {
        for offset in [301, -301, 86_400] {
            let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock(offset: offset))
            #expect(await Self.rejection(verifier, Self.request()) == .timestampOutsideTolerance(String(Self.timestamp)), "clock \(offset) s away")
        }
        for offset in [300, -300] {
            try await StandardWebhookVerifier(secret: Self.secret, clock: Self.clock(offset: offset)).verify(Self.request())
        }
        let lenient = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock(offset: 900), tolerance: .seconds(1_000))
        try await lenient.verify(Self.request())
        let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock())
        for malformed in ["1614265330.0", "-1614265330", "16142653300000000000000", "soon"] {
            #expect(await Self.rejection(verifier, Self.request(timestamp: malformed)) == .malformedTimestamp(malformed))
        }
    }

    @Test func refusesMissingHeadersAndMalformedSignatureLists() async throws {
        let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock())
        #expect(await Self.rejection(verifier, Self.request(id: nil)) == .missingHeader("webhook-id"))
        #expect(await Self.rejection(verifier, Self.request(timestamp: nil)) == .missingHeader("webhook-timestamp"))
        #expect(await Self.rejection(verifier, Self.request(signature: nil)) == .missingHeader("webhook-signature"))
        #expect(await Self.rejection(verifier, Self.request(signature: "  ")) == .missingHeader("webhook-signature"))
        for list in ["g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "v1,", "v1,not base64!", "v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "v1,g0hM9SsE", "v1;g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="] {
            guard case .malformedSignature? = await Self.rejection(verifier, Self.request(signature: list)) else {
                Issue.record("\(list) should be a malformed signature list")
                continue
            }
        }
    }

    @Test func refusesEmptyOrWeakSecrets() {
        for secret in ["", "   ", "whsec_", "whsec_not base64!", "whsec_" + Data(repeating: 1, count: 23).base64EncodedString()] {
            #expect(throws: ViduError.self, "\(secret)") { try StandardWebhookVerifier(secret: APIKey(secret)) }
        }
    }

    @Test func neverShowsTheSecret() async throws {
        let verifier = try StandardWebhookVerifier(secret: Self.secret, clock: Self.clock())
        let texts = allTexts(verifier)
        #expect(!texts.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let raw = Array(Data(base64Encoded: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!)
        #expect(!texts.contains(raw.map(String.init).joined(separator: ", ")))
        let failure = await outcome { () async throws(ViduError) in
            try await StandardWebhookVerifier(secret: APIKey("whsec_" + canarySecret), clock: Self.clock()).verify(Self.request())
        }
        #expect(!allTexts(failure).contains(canarySecret))
    }
}
