import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// `ProviderDescriptor.authPlacement`: the request carries the key in the header, query
/// parameter or cookie the spec names, and nowhere else; a key in the query string never
/// shows in a printed URL, an error or a recording.
@Suite struct AuthPlacementTests {
    /// A key that percent-encoding changes, to test both forms.
    static let key = APIKey("sk-LEAKCANARY/7f+3a=9c")
    static let secret = "sk-LEAKCANARY/7f+3a=9c"
    static let encoded = "sk-LEAKCANARY%2F7f%2B3a%3D9c"

    static let operation = OperationDescriptor(
        operationID: "getTask", method: "GET", pathTemplate: "/v1/tasks/{id}", createsTask: false,
        parameters: [ParameterDescriptor("id", in: .path)]
    )

    static func provider(_ placement: AuthPlacement?) -> ProviderDescriptor {
        ProviderDescriptor(name: "acme", defaultBaseURL: "https://api.acme.example", authScheme: "Bearer", authPlacement: placement)
    }

    /// The one request sent for `getTask` with `placement`, and the result.
    static func send(
        _ placement: AuthPlacement?, reply: ScriptedReply = .json(200, "{}"), cookie: String? = nil
    ) async -> (request: HTTPRequest?, result: Result<HTTPResponse, ViduError>) {
        let transport = ScriptedTransport([reply])
        let executor = RequestExecutor(provider: provider(placement), configuration: ClientConfiguration(
            apiKey: key, transport: transport, retryPolicy: testRetryPolicy(maxAttempts: 1), clock: TestClock()))
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.sendRaw(operation, pathParameters: ["id": "t 1"], headers: cookie.map { [("Cookie", "session=" + $0)] } ?? [])
        }
        return (transport.requests.first, result)
    }

    @Test func theDefaultIsAuthorizationWithTheSchemeWord() async throws {
        #expect(Self.provider(nil).authPlacement == .header(name: "Authorization", prefix: "Bearer"))
        let request = try #require(await Self.send(nil).request)
        #expect(request.header("Authorization") == "Bearer \(Self.secret)")
        #expect(!request.url.absoluteString.contains("LEAKCANARY"))
    }

    @Test func aHeaderWithAPrefixOrWithout() async throws {
        let fal = try #require(await Self.send(.header(name: "Authorization", prefix: "Key")).request)
        #expect(fal.header("Authorization") == "Key \(Self.secret)")
        let own = try #require(await Self.send(.header(name: "X-API-Key", prefix: nil)).request)
        #expect(own.header("X-API-Key") == Self.secret)
        #expect(own.header("Authorization") == nil)
        #expect(own.apiKey == Self.key)
    }

    @Test func aQueryParameter() async throws {
        let request = try #require(await Self.send(.query(name: "api_key")).request)
        #expect(request.url.absoluteString == "https://api.acme.example/v1/tasks/t%201?api_key=\(Self.encoded)")
        #expect(request.header("Authorization") == nil)
        #expect(!URLSecurityRule.describe(request.url).contains("LEAKCANARY"))
    }

    @Test func aCookieBesideTheOperationsCookies() async throws {
        let alone = try #require(await Self.send(.cookie(name: "token")).request)
        #expect(alone.header("Cookie") == "token=\(Self.secret)")
        #expect(alone.header("Authorization") == nil)
        let shared = try #require(await Self.send(.cookie(name: "token"), cookie: "abc").request)
        #expect(shared.headers.filter { $0.name == "Cookie" }.map(\.value) == ["session=abc; token=\(Self.secret)"])
    }

    @Test func noKeyWhenTheAPINeedsNone() async throws {
        let request = try #require(await Self.send(.unauthenticated).request)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("Cookie") == nil)
        #expect(!request.url.absoluteString.contains("LEAKCANARY"))
        #expect(request.apiKey == nil)
    }

    /// A transport that fails naming the whole URL, key included (as sent and encoded): the
    /// error the caller sees names neither.
    @Test func aKeyInTheQueryNeverShowsInAnError() async throws {
        let transport = ScriptedTransport(handler: { request, _ in
            .failure(TransportError(kind: .connectionFailed, delivery: .notSent,
                                    message: "cannot connect to \(request.url.absoluteString) (\(Self.secret))"))
        })
        let executor = RequestExecutor(provider: Self.provider(.query(name: "key")), configuration: ClientConfiguration(
            apiKey: Self.key, transport: transport, retryPolicy: testRetryPolicy(maxAttempts: 1), clock: TestClock()))
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.sendRaw(Self.operation, pathParameters: ["id": "t"])
        }
        let error = try #require(result.failure)
        let text = allTexts(error)
        #expect(text.contains("cannot connect to"))
        #expect(!text.contains("LEAKCANARY"), "leaked in \(text)")
        #expect(transport.requests.first?.url.absoluteString.contains(Self.encoded) == true)
    }

    @Test func aKeyInTheQueryNeverShowsInARecording() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-auth-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try RecordingFile(url: url)
        let recording = RecordingTransport(wrapping: ScriptedTransport([.json(200, #"{"echo": "\#(Self.secret)"}"#)]), to: file)
        let executor = RequestExecutor(provider: Self.provider(.query(name: "key")), configuration: ClientConfiguration(
            apiKey: Self.key, transport: recording, retryPolicy: testRetryPolicy(maxAttempts: 1), clock: TestClock()))
        _ = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(Self.operation, pathParameters: ["id": "t"]) }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("/v1/tasks/t"))
        #expect(!text.contains("LEAKCANARY"), "leaked in \(text)")
    }

    @Test func placementsPrintWithoutTheKey() {
        #expect(AuthPlacement.header(name: "Authorization", prefix: "Key").description == "header Authorization: Key <key>")
        #expect(AuthPlacement.query(name: "api_key").description == "query api_key=<key>")
        #expect(!allTexts(Self.provider(.query(name: "api_key"))).contains("LEAKCANARY"))
        #expect(Self.key.redact("a \(Self.encoded) b \(Self.secret)") == "a <redacted> b <redacted>")
    }
}
