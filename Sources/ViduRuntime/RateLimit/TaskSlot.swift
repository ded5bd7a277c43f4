/// One of a provider's concurrent-task slots, taken with `RateLimiter.acquireTaskSlot()`.
/// Release it when the task reaches a final state (`TaskWaiter.wait(... releasing:)` does),
/// or when the create call certainly failed.
public struct TaskSlot: Sendable {
    let id: UInt64
    let limiter: RateLimiter

    /// Gives the slot back. Releasing twice does nothing.
    public func release() async {
        await limiter.release(self)
    }
}
