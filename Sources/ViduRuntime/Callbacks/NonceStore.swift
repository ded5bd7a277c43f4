import Foundation

/// Remembers callback nonces for replay protection. Back it with a shared store (a
/// database, Redis) when several processes receive callbacks.
public protocol NonceStore: Sendable {
    /// Records `nonce` until `expiry`. Returns false when it is already recorded and not yet
    /// expired at `now` — that is, when the callback is a replay.
    func insert(_ nonce: String, expiry: Date, now: Date) async -> Bool
}

/// An in-memory `NonceStore` for one process, forgetting nonces once they expire and
/// holding at most `capacity` of them (the oldest go first).
public actor InMemoryNonceStore: NonceStore {
    private var expiries: [String: Date] = [:]
    private var order: [String] = []
    private let capacity: Int

    /// Creates an empty store.
    public init(capacity: Int = 100_000) {
        self.capacity = max(1, capacity)
    }

    /// Records `nonce` until `expiry`; false when it is already held and unexpired.
    public func insert(_ nonce: String, expiry: Date, now: Date) -> Bool {
        if let existing = expiries[nonce], existing > now { return false }
        purge(now: now)
        expiries[nonce] = expiry
        order.append(nonce)
        while order.count > capacity {
            expiries.removeValue(forKey: order.removeFirst())
        }
        return true
    }

    /// The nonces currently held.
    public var count: Int { expiries.count }

    private func purge(now: Date) {
        guard let first = order.first, let expiry = expiries[first], expiry <= now else { return }
        order.removeAll { nonce in
            guard let expiry = expiries[nonce] else { return true }
            if expiry <= now {
                expiries.removeValue(forKey: nonce)
                return true
            }
            return false
        }
    }
}
