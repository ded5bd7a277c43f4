import ViduRuntime

/// The process-wide limits of ViduKit: one `RateLimiter` (with its `TaskSlotBook`) per
/// provider and API key, because the providers count requests and running tasks per key.
enum SharedLimits {
    private struct Key: Hashable {
        let provider: VideoProviderID
        let apiKey: APIKey
    }

    private static let table = LockedState<[Key: (limiter: RateLimiter, book: TaskSlotBook)]>([:])

    /// The limiter and slot book shared by every `VideoProvider` of `provider` with `apiKey`,
    /// made from the provider's documented limits and the first caller's clock.
    static func limits(
        for provider: VideoProviderID, apiKey: APIKey, descriptor: ProviderDescriptor, clock: any RuntimeClock
    ) -> (limiter: RateLimiter, book: TaskSlotBook) {
        table.withLock { table in
            let key = Key(provider: provider, apiKey: apiKey)
            if let existing = table[key] { return existing }
            let limits = (limiter: RateLimiter(provider: descriptor, clock: clock), book: TaskSlotBook())
            table[key] = limits
            return limits
        }
    }
}
