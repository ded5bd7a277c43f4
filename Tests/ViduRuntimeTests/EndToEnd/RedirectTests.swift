import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// A redirect must never carry the API key anywhere: the transport returns the 3xx as it is.
@Suite struct RedirectTests {
    @Test func transportDoesNotFollowRedirectsSoTheKeyStaysPut() async throws {
        let target = try LoopbackHTTPServer() { _ in .json(200, #"{"ok":true}"#) }
        defer { target.stop() }
        let origin = try LoopbackHTTPServer() { _ in
            .respond(status: 302, headers: [("Location", target.baseURL.absoluteString + "/stolen")], body: Data())
        }
        defer { origin.stop() }
        let request = HTTPRequest(
            method: "GET", url: origin.baseURL.appendingPathComponent("v1/tasks/abc"),
            headers: [("Authorization", "Bearer sk-redirect-canary")], timeout: .seconds(5))
        let response = try await URLSessionTransport().send(request)
        #expect(response.status == 302)
        #expect(target.requests.isEmpty, "the redirect was followed and the key was sent to another server")
        #expect(origin.requests.count == 1)
    }
}
