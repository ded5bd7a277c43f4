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

    /// The table of `provider`, probed once per process.
    public static func of(_ provider: VideoProviderID) -> ProviderCapabilities {
        CapabilityTables.all[provider] ?? ProviderCapabilities(provider: provider, rows: [])
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

/// The probed tables, computed on first use.
enum CapabilityTables {
    static let all: [VideoProviderID: ProviderCapabilities] = Dictionary(
        uniqueKeysWithValues: VideoProviderID.allCases.map { ($0, CapabilityProbe(adapter: JobAdapters.adapter(for: $0)).table()) })
}
