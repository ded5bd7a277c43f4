import ViduRuntime

/// The providers ViduKit can run jobs on: the built-in adapters (`BuiltInAdapters`), then
/// those registered with `register(_:)`. `VideoProvider(_:apiKey:)`, `VideoProviderID`'s
/// names and the `vidu` command line look providers up here.
public enum VideoProviders {
    private static let registry = LockedState<[any VideoProviderAdapter]>(BuiltInAdapters.all)

    /// Every registered adapter, in registration order.
    public static var all: [any VideoProviderAdapter] {
        registry.withLock { $0 }
    }

    /// Registers `adapter`, replacing one registered for the same id. Safe from any thread;
    /// register before creating `VideoProvider`s of that id.
    public static func register(_ adapter: any VideoProviderAdapter) {
        registry.withLock { adapters in
            if let index = adapters.firstIndex(where: { $0.id == adapter.id }) {
                adapters[index] = adapter
            } else {
                adapters.append(adapter)
            }
        }
        CapabilityTables.forget(adapter.id)
    }

    /// The adapter registered for `id`, if any.
    public static func adapter(for id: VideoProviderID) -> (any VideoProviderAdapter)? {
        registry.withLock { adapters in adapters.first { $0.id == id } }
    }

    /// The registered ids as a list for messages: `a, b or c`.
    public static var idList: String {
        let ids = all.map(\.id.rawValue)
        guard ids.count > 1 else { return ids.first ?? "no provider" }
        return ids.dropLast().joined(separator: ", ") + " or " + ids[ids.count - 1]
    }
}
