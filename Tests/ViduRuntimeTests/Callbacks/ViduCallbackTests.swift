import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

@Suite struct ViduCallbackTests {
    static let date = "Tue, 06 May 2025 12:09:42 GMT"
    static let nonce = "123e4567-e89b-12d3-a456-426614174000"
    static let secret = APIKey("test-secret-key")

    static func documentedRequest(signature: String = "9JZa1ZLjkWVos5QQzjjviqAsFE1L9yQw/LsnAXZFIjo=", date: String = date, nonce: String = nonce, signed: String = "Date;x-request-nonce") -> CallbackRequest {
        CallbackRequest(method: "POST", target: "/vidu/callback?name=james&age=36", headers: [
            ("Date", date), ("x-request-nonce", nonce), ("X-HMAC-SIGNED-HEADERS", signed), ("X-HMAC-SIGNATURE", signature),
            ("X-HMAC-ALGORITHM", "hmac-sha256"), ("X-HMAC-ACCESS-KEY", "vidu"),
        ], body: Data(ProviderFixture.named("vidu").succeededBody.utf8))
    }

    @Test func documentedSigningStringAndSignature() {
        let text = HMACHeaderSigningString.make(method: "post", path: "/vidu/callback", rawQuery: "name=james&age=36", accessKey: "vidu", date: Self.date,
                                          signedHeaders: [("Date", Self.date), ("x-request-nonce", Self.nonce)])
        #expect(text == "POST\n/vidu/callback\nname=james&age=36\nvidu\n\(Self.date)\nDate:\(Self.date)\nx-request-nonce:\(Self.nonce)\n")
        #expect(HMACHeaderSigningString.signature(of: text, key: Self.secret) == "9JZa1ZLjkWVos5QQzjjviqAsFE1L9yQw/LsnAXZFIjo=")
        #expect(HMACHeaderSigningString.make(method: "GET", path: "", rawQuery: nil, accessKey: "vidu", date: "d", signedHeaders: []) == "GET\n/\n\nvidu\nd\n")
    }

    @Test func acceptsTheDocumentedCallbackOnceThenRejectsTheReplay() async throws {
        let verifier = try HMACHeaderCallbackVerifier(key: Self.secret, accessKey: "vidu", clock: TestClock())
        try await verifier.verify(Self.documentedRequest())
        let replay = await outcome { () async throws(ViduError) in try await verifier.verify(Self.documentedRequest()) }
        guard case .invalidCallback(.replayedNonce)? = replay.failure else { Issue.record("expected replay, got \(replay)"); return }
    }

    @Test func rejectsForgeriesAndStaleDates() async throws {
        let verifier = try HMACHeaderCallbackVerifier(key: Self.secret, accessKey: "vidu", clock: TestClock())
        let cases: [(CallbackRequest, CallbackRejection)] = [
            (Self.documentedRequest(signature: "9JZa1ZLjkWVos5QQzjjviqAsFE1L9yQw/LsnAXZFIjA="), .signatureMismatch),
            (Self.documentedRequest(nonce: "another-nonce"), .signatureMismatch),
            (Self.documentedRequest(signed: "Date"), .nonceNotSigned),
            (CallbackRequest(method: "POST", target: "/vidu/callback", headers: [("Date", Self.date)], body: Data()), .missingHeader("X-HMAC-SIGNATURE")),
        ]
        for (request, expected) in cases {
            let result = await outcome { () async throws(ViduError) in try await verifier.verify(request) }
            guard case .invalidCallback(let rejection)? = result.failure else { Issue.record("expected rejection"); continue }
            #expect(rejection == expected)
        }
        let late = TestClock()
        late.advance(by: .seconds(301))
        let strict = try HMACHeaderCallbackVerifier(key: Self.secret, accessKey: "vidu", clock: late)
        let result = await outcome { () async throws(ViduError) in try await strict.verify(Self.documentedRequest()) }
        guard case .invalidCallback(.dateOutsideAllowedSkew)? = result.failure else { Issue.record("expected skew rejection, got \(result)"); return }
        let lenient = try HMACHeaderCallbackVerifier(key: Self.secret, accessKey: "vidu", clock: late, allowedSkew: .seconds(600))
        #expect(await outcome { () async throws(ViduError) in try await lenient.verify(Self.documentedRequest()) }.failure == nil)
    }

    @Test func signerAndVerifierAgree() async throws {
        let clock = TestClock()
        let headers = HMACHeaderCallbackSigner(key: canaryKey, accessKey: "vidu").headers(method: "POST", path: "/hooks/vidu", rawQuery: nil, date: clock.now, nonce: "n-1")
        let request = CallbackRequest(method: "POST", target: "/hooks/vidu", headers: headers, body: Data())
        try await HMACHeaderCallbackVerifier(key: canaryKey, accessKey: "vidu", clock: clock).verify(request)
        let wrongKey = await outcome { () async throws(ViduError) in try await HMACHeaderCallbackVerifier(key: APIKey("other"), accessKey: "vidu", clock: clock).verify(request) }
        #expect(wrongKey.failure.map { "\($0)" }?.contains("signature mismatch") == true)
    }

    @Test func nonceStoreForgetsExpiredNonces() async {
        let store = InMemoryNonceStore(capacity: 2)
        let now = Date(timeIntervalSince1970: 1_000)
        #expect(await store.insert("a", expiry: now.addingTimeInterval(10), now: now))
        #expect(!(await store.insert("a", expiry: now.addingTimeInterval(10), now: now.addingTimeInterval(5))))
        #expect(await store.insert("a", expiry: now.addingTimeInterval(30), now: now.addingTimeInterval(11)))
        #expect(await store.insert("b", expiry: now.addingTimeInterval(30), now: now.addingTimeInterval(11)))
        #expect(await store.insert("c", expiry: now.addingTimeInterval(30), now: now.addingTimeInterval(11)))
        #expect(await store.count == 2)
    }

    @Test func callbackBodiesDecodeToTaskStatuses() throws {
        let apixo = ProviderFixture.named("apixo")
        let success = try TaskCallback.status(from: Data(apixo.succeededBody.utf8), descriptor: apixo.task)
        #expect(success.phase == .succeeded)
        #expect(success.taskID == apixo.taskID)
        #expect(apixo.task.outcome(of: success).resultURLs.map(\.absoluteString) == apixo.expectedResultURLs)
        let failed = try TaskCallback.status(from: Data(apixo.failedBody.utf8), descriptor: apixo.task)
        #expect(apixo.task.failure(of: failed).code == "CONTENT_VIOLATION")
        let vidu = try TaskCallback.status(from: Data(ProviderFixture.named("vidu").runningBody.utf8), descriptor: ProviderFixture.named("vidu").task)
        #expect(vidu.state == "processing")
        #expect(vidu.taskID == ProviderFixture.named("vidu").taskID)
        #expect(throws: ViduError.self) { try TaskCallback.status(from: Data("<xml/>".utf8), descriptor: apixo.task) }
    }
}
