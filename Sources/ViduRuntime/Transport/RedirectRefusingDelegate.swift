import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Declines every HTTP redirect, so the 3xx response itself reaches the caller.
///
/// Provider APIs do not redirect; a redirect is a misconfigured base URL or a hostile hop, and
/// following it would resend the `Authorization` header, with the API key, to wherever it points.
final class RedirectRefusingDelegate: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
