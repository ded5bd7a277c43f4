import Foundation

/// A value guarded by a lock, for the few places where an actor cannot be used: URLSession
/// delegate callbacks, cancellation handlers, `HTTPTransport`s and test doubles answering
/// synchronously. The one lock type of the package (`package` access: every target of
/// ViduKit may use it, users of the products cannot).
package final class LockedState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Guards `value`.
    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    package func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
