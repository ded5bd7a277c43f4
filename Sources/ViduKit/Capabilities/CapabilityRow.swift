/// What one provider takes for one mode and tier, as its spec says.
public struct CapabilityRow: Sendable, Hashable {
    /// The mode.
    public var mode: VideoJob.ModeKind
    /// The tier.
    public var tier: ModelTier
    /// The provider's name for the model (`viduq3-mix`, `turbo-text-to-video`, `viduq3p`).
    public var model: String
    /// Accepted durations in seconds; empty when the request has no duration.
    public var durations: [Int]
    /// Accepted resolutions; empty when the request has no resolution.
    public var resolutions: [VideoResolution]
    /// Accepted image counts (0 for text).
    public var imageCounts: [Int]
    /// Accepted aspect ratios; empty when the request has no aspect ratio.
    public var aspectRatios: [AspectRatio]
    /// The optional settings the request can carry, among `seed`, `audio`,
    /// `backgroundMusic`, `offPeak` and `callbackURL`.
    public var settings: [JobField]

    /// Creates a row.
    public init(
        mode: VideoJob.ModeKind, tier: ModelTier, model: String, durations: [Int], resolutions: [VideoResolution],
        imageCounts: [Int], aspectRatios: [AspectRatio], settings: [JobField]
    ) {
        self.mode = mode
        self.tier = tier
        self.model = model
        self.durations = durations
        self.resolutions = resolutions
        self.imageCounts = imageCounts
        self.aspectRatios = aspectRatios
        self.settings = settings
    }
}
