import ViduRuntime

/// The capability table of one provider: which modes, tiers, durations, resolutions, image
/// counts and settings it takes.
///
/// The table is not written by hand: it is found by building candidate requests with the
/// provider's adapter and keeping what the generated validators (the spec's rules) accept,
/// so it cannot drift from `specs/`.
public struct ProviderCapabilities: Sendable, Hashable {
    /// The provider.
    public var provider: VideoProviderID
    /// One row per mode and tier the provider offers, modes in `ModeKind` order.
    public var rows: [CapabilityRow]

    /// Creates a table.
    public init(provider: VideoProviderID, rows: [CapabilityRow]) {
        self.provider = provider
        self.rows = rows
    }

    /// The table of `provider`, probed once per process; empty when no adapter is registered
    /// for it.
    public static func of(_ provider: VideoProviderID) -> ProviderCapabilities {
        guard let adapter = VideoProviders.adapter(for: provider) else { return ProviderCapabilities(provider: provider, rows: []) }
        return CapabilityTables.table(of: adapter)
    }

    /// The modes offered, in `ModeKind` order.
    public var modes: [VideoJob.ModeKind] {
        VideoJob.ModeKind.allCases.filter { mode in rows.contains { $0.mode == mode } }
    }

    /// The tiers offered for `mode`.
    public func tiers(for mode: VideoJob.ModeKind) -> [ModelTier] {
        rows.filter { $0.mode == mode }.map(\.tier)
    }

    /// The tier to use for `mode` when the caller names none: `.standard` where it is
    /// offered, otherwise the only tier that takes the mode; nil when none does, or when
    /// several do and none is the standard one (the caller must choose).
    public func defaultTier(for mode: VideoJob.ModeKind) -> ModelTier? {
        let offered = tiers(for: mode)
        if offered.contains(.standard) { return .standard }
        return offered.count == 1 ? offered[0] : nil
    }

    /// The row for `mode` and `tier`, if offered.
    public func row(for mode: VideoJob.ModeKind, tier: ModelTier) -> CapabilityRow? {
        rows.first { $0.mode == mode && $0.tier == tier }
    }
}

/// The probed tables, each computed on first use and kept for the process.
enum CapabilityTables {
    private static let tables = LockedState<[VideoProviderID: ProviderCapabilities]>([:])

    /// The table of `adapter`'s provider.
    static func table(of adapter: any VideoProviderAdapter) -> ProviderCapabilities {
        if let known = tables.withLock({ $0[adapter.id] }) { return known }
        let table = CapabilityProbe(adapter: adapter).table()
        tables.withLock { $0[adapter.id] = table }
        return table
    }

    /// Drops the table of `provider`, whose adapter was replaced.
    static func forget(_ provider: VideoProviderID) {
        tables.withLock { $0[provider] = nil }
    }
}
