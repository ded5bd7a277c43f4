/// The registration file: the adapters ViduKit ships, one line each, in the order tables
/// and help texts list them. Adding a provider is its spec, its adapter file and one line
/// here (or, outside this package, one `VideoProviders.register(_:)` call).
enum BuiltInAdapters {
    static let all: [any VideoProviderAdapter] = [
        ApimartAdapter(),
        ApixoAdapter(),
        ViduAdapter(),
        UniAllAdapter(),
        FalAdapter(),
        ReplicateAdapter(),
    ]
}
