import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// `JWKSKeySet` parsing, and `JWKSCache`: expiry, refetch for an unknown key (rate-limited),
/// bounded and checked responses, one shared fetch.
@Suite struct JWKSTests {
    static let testOneX = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"

    @Test func keySetsKeepOnlyEd25519SigningKeys() throws {
        let fixtures = try FalWebhookFixtures.load()
        let set = try JWKSKeySet(jwksJSON: FalWebhookFixtures.text(fixtures.jwks))
        #expect(set.keys.map(\.id) == ["rfc8032-test-1", "rfc8032-test-2"])
        let padded = try JWKSKeySet(jwksJSON: Data(#"{"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "\#(Self.testOneX)="}]}"#.utf8))
        #expect(padded.keys.map(\.publicKey) == [set.keys[0].publicKey])
        let skipped = #"""
        {"keys": [
          {"kty": "OKP", "crv": "X25519", "x": "\#(Self.testOneX)"},
          {"kty": "OKP", "crv": "Ed25519", "x": "\#(Self.testOneX)", "use": "enc"},
          {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
          {"kty": "OKP", "crv": "Ed25519", "x": "AAAA"},
          {"kty": "OKP", "crv": "Ed25519", "x": 5},
          "not an object"
        ]}
        """#
        #expect(throws: JWKSKeySet.ParsingError.noEd25519Keys(skipped: 6)) { try JWKSKeySet(jwksJSON: Data(skipped.utf8)) }
        for document in ["", "[]", #"{"keys": {}}"#, #"{"key": []}"#] {
            #expect(throws: JWKSKeySet.ParsingError.notAKeySet, "\(document)") { try JWKSKeySet(jwksJSON: Data(document.utf8)) }
        }
    }

    @Test func theCacheFetchesOnceUntilTheSetExpires() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let transport = ScriptedTransport([.json(200, fixtures.jwks.jsonText())])
        let clock = TestClock()
        let cache = JWKSCache(transport: transport, clock: clock)
        let first = try await cache.keys()
        clock.advance(by: .seconds(24 * 60 * 60 - 1))
        #expect(try await cache.keys() == first)
        #expect(transport.requests.count == 1)
        clock.advance(by: .seconds(1))
        _ = try await cache.keys()
        #expect(transport.requests.count == 2)
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.url == JWKSCache.falJWKSURL)
        #expect(request.url.absoluteString == "https://rest.alpha.fal.ai/.well-known/jwks.json")
        #expect(request.header("Accept") == "application/json")
        #expect(request.maxResponseBytes == 64 * 1024)
    }

    @Test func aNewKeyIsFoundByRefetchingAtMostOncePerInterval() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let rotated = fixtures.delivery("rotated key")
        let transport = ScriptedTransport([.json(200, fixtures.jwks.jsonText()), .json(200, fixtures.rotatedJwks.jsonText())])
        let clock = TestClock(start: rotated.date)
        let cache = JWKSCache(transport: transport, clock: clock)
        let verifier = FalWebhookVerifier(cache: cache, clock: clock)
        try await verifier.verify(fixtures.delivery("completed").request())
        // The rotated key is not in the set fetched a moment ago, and the last fetch is too
        // recent to fetch again.
        #expect(await FalWebhookVerifierTests.rejection(verifier, rotated.request()) == .signatureMismatch)
        #expect(transport.requests.count == 1)
        clock.advance(by: .seconds(61))
        try await verifier.verify(rotated.request())
        #expect(transport.requests.count == 2)
        // Forgeries right after do not fetch again.
        for _ in 0..<3 {
            #expect(await FalWebhookVerifierTests.rejection(verifier, rotated.request(body: "{}")) == .signatureMismatch)
        }
        #expect(transport.requests.count == 2)
    }

    @Test func unusableAnswersMakeTheKeysUnavailable() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let big = #"{"keys": [], "padding": ""# + String(repeating: "x", count: 70_000) + #""}"#
        let answers: [ScriptedReply] = [
            .json(500, #"{"error": "down"}"#), .json(200, "not json"), .json(200, #"{"keys": []}"#), .json(200, big), .connectionRefused,
            .failure(TransportError(kind: .responseTooLarge, delivery: .mayHaveBeenReceived, message: "too large")),
        ]
        for answer in answers {
            let verifier = FalWebhookVerifier(cache: JWKSCache(transport: ScriptedTransport([answer]), clock: TestClock()), clock: TestClock())
            guard case .verificationKeysUnavailable? = await FalWebhookVerifierTests.rejection(verifier, fixtures.delivery("completed").request()) else {
                Issue.record("\(answer) should leave the keys unavailable")
                continue
            }
        }
        // An expired set is not used when fetching it again fails.
        let clock = TestClock()
        let cache = JWKSCache(transport: ScriptedTransport([.json(200, fixtures.jwks.jsonText()), .json(503, "")]), clock: clock)
        _ = try await cache.keys()
        clock.advance(by: .seconds(24 * 60 * 60))
        let result = await outcome { () async throws(ViduError) in try await cache.keys() }
        guard case .invalidCallback(.verificationKeysUnavailable(let reason))? = result.failure else {
            Issue.record("expected unavailable keys, got \(result)")
            return
        }
        #expect(reason.contains("HTTP 503"))
    }

    @Test func callersAtTheSameTimeShareOneFetch() async throws {
        let fixtures = try FalWebhookFixtures.load()
        let transport = SlowTransport(body: fixtures.jwks.jsonText())
        let cache = JWKSCache(transport: transport, clock: TestClock())
        async let first = cache.keys()
        async let second = cache.keys()
        async let third = cache.keys()
        let sets = try await [first, second, third]
        #expect(Set(sets).count == 1)
        #expect(transport.count == 1)
    }
}

/// Answers every request with `body` after a short real delay, counting requests.
private final class SlowTransport: HTTPTransport, @unchecked Sendable {
    private let body: String
    private let sent = LockedState(0)

    init(body: String) {
        self.body = body
    }

    var count: Int { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0 += 1 }
        try await Task.sleep(for: .milliseconds(50))
        return HTTPResponse(status: 200, body: Data(body.utf8))
    }
}
