import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// A distinctive key: if it shows up in any text, it leaked.
let canaryKey = APIKey("sk-LEAKCANARY-7f3a9c2e")
let canarySecret = "sk-LEAKCANARY-7f3a9c2e"

/// The result of a typed-throwing call.
func outcome<T>(_ body: () async throws(ViduError) -> T) async -> Result<T, ViduError> {
    do {
        return .success(try await body())
    } catch {
        return .failure(error)
    }
}

extension Result {
    /// The error, if any.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// A deterministic retry policy: jitter fixed at the midpoint.
func testRetryPolicy(maxAttempts: Int = 4) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(500), maxDelay: .seconds(30), random: .constant(0.5))
}

/// An executor over a scripted transport and a virtual clock.
func makeExecutor(_ fixture: ProviderFixture, transport: any HTTPTransport, clock: any RuntimeClock, retry: RetryPolicy = testRetryPolicy(), baseURL: URL? = nil, timeout: Duration = .seconds(60)) -> RequestExecutor {
    RequestExecutor(provider: fixture.provider, configuration: ClientConfiguration(
        apiKey: canaryKey, baseURL: baseURL, transport: transport, retryPolicy: retry, timeout: timeout, clock: clock))
}

/// Every text form of `value`: description, reflection and dump.
func allTexts(_ value: Any) -> String {
    var dumped = ""
    dump(value, to: &dumped)
    return String(describing: value) + "\n" + String(reflecting: value) + "\n" + dumped
}

/// A status-free empty body type.
struct Empty: Decodable, Sendable {}
