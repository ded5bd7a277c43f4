import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The delegate queue of a download's URLSession: serial, and on swift-corelibs-foundation
/// it holds at most `limit` pending callbacks.
///
/// swift-corelibs-foundation hands every received chunk (at most 16 KiB, libcurl's write
/// size) to the delegate queue with `addOperation` from the session's work queue, the queue
/// libcurl reads the socket on, and never waits: when the disk is slower than the network the
/// chunks pile up in memory (tens of MiB for a large file). Here `addOperation` waits while
/// `limit` callbacks are pending, which holds libcurl's write callback, so libcurl stops
/// reading and TCP slows the sender down. (`URLSessionTask.suspend()` cannot do this there:
/// it takes the transfer off libcurl, which starts it over on `resume()`.)
///
/// A delegate callback must therefore never wait for the session's work queue (for example
/// with a synchronous `URLSessionTask.cancel()`) while callbacks may be pending.
/// Darwin's URLSession applies its own flow control, so there the queue is a plain serial one.
final class BoundedDelegateQueue: OperationQueue, @unchecked Sendable {
    /// How many callbacks may be pending: 256 chunks of 16 KiB are 4 MiB.
    static let defaultLimit = 256

    #if canImport(FoundationNetworking)
    private let slots: DispatchSemaphore
    #endif

    init(limit: Int = BoundedDelegateQueue.defaultLimit) {
        #if canImport(FoundationNetworking)
        slots = DispatchSemaphore(value: limit)
        #endif
        super.init()
        maxConcurrentOperationCount = 1
        name = "ViduKit.download.delegate"
    }

    #if canImport(FoundationNetworking)
    override func addOperation(_ block: @escaping @Sendable () -> Void) {
        slots.wait()
        let slots = self.slots
        super.addOperation {
            block()
            slots.signal()
        }
    }
    #endif
}
