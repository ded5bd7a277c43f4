import Foundation

/// Finds a provider's capability table by asking its validators: it builds a candidate
/// request for each mode, tier and setting with the adapter, and keeps what `validate()`
/// accepts.
struct CapabilityProbe {
    /// The provider's adapter.
    let adapter: any VideoProviderAdapter

    /// Durations tried, seconds.
    static let durations = Array(1...20)
    /// The image a probe job uses.
    static let sampleImage = URL(string: "https://example.com/probe.png")!
    /// The callback a probe job uses.
    static let sampleCallback = URL(string: "https://example.com/callback")!

    /// The whole table.
    func table() -> ProviderCapabilities {
        var rows: [CapabilityRow] = []
        for mode in VideoJob.ModeKind.allCases {
            for tier in ModelTier.allCases {
                if let row = row(mode: mode, tier: tier) { rows.append(row) }
            }
        }
        return ProviderCapabilities(provider: adapter.id, rows: rows)
    }

    /// The row for `mode` and `tier`, or nil when no candidate request is valid.
    func row(mode: VideoJob.ModeKind, tier: ModelTier) -> CapabilityRow? {
        let counts = Self.imageCounts(for: mode).filter { accepts(Self.job(mode, tier, images: $0)) }
        guard let count = counts.first else { return nil }
        // The lightest valid job: the provider's defaults, or the first resolution that works
        // (for a provider whose model names carry the resolution).
        let plain = Self.job(mode, tier, images: count)
        let candidates = [plain] + VideoResolution.allCases.map { resolution -> VideoJob in
            var job = plain
            job.resolution = resolution
            return job
        }
        guard let base = candidates.first(where: accepts), let request = adapter.mapping(for: base).request else { return nil }
        func variant(_ change: (inout VideoJob) -> Void) -> Bool {
            var job = base
            change(&job)
            return accepts(job)
        }
        let settings: [(JobField, (inout VideoJob) -> Void)] = [
            (.seed, { $0.seed = 42 }), (.audio, { $0.audio = false }), (.backgroundMusic, { $0.backgroundMusic = false }),
            (.watermark, { $0.watermark = true }),
            (.offPeak, { $0.offPeak = true }), (.callbackURL, { $0.callbackURL = Self.sampleCallback }),
        ]
        return CapabilityRow(
            mode: mode, tier: tier, model: request.model,
            durations: Self.durations.filter { duration in variant { $0.duration = duration } },
            resolutions: VideoResolution.allCases.filter { resolution in variant { $0.resolution = resolution } },
            imageCounts: counts,
            aspectRatios: AspectRatio.allCases.filter { ratio in variant { $0.aspectRatio = ratio } },
            settings: settings.filter { variant($0.1) }.map(\.0))
    }

    /// True when the adapter maps `job` onto a request that sends every set field and
    /// that the provider's spec accepts.
    func accepts(_ job: VideoJob) -> Bool {
        guard let request = adapter.mapping(for: job).request else { return false }
        return request.unsent.isEmpty && request.violations().isEmpty
    }

    /// Image counts worth trying for `mode`.
    static func imageCounts(for mode: VideoJob.ModeKind) -> [Int] {
        switch mode {
        case .text: return [0]
        case .image: return [1]
        case .firstLastFrame: return [2]
        case .referenceImages: return Array(1...VideoJob.referenceImageLimit)
        }
    }

    /// A probe job with `images` images.
    static func job(_ mode: VideoJob.ModeKind, _ tier: ModelTier, images: Int) -> VideoJob {
        let jobMode: VideoJob.Mode
        switch mode {
        case .text: jobMode = .text
        case .image: jobMode = .image(first: sampleImage)
        case .firstLastFrame: jobMode = .firstLastFrame(first: sampleImage, last: sampleImage)
        case .referenceImages: jobMode = .referenceImages(Array(repeating: sampleImage, count: images))
        }
        return VideoJob(mode: jobMode, prompt: "probe", tier: tier)
    }
}
