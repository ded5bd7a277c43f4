import Foundation

/// One description of a Vidu Q3 video job that runs on any provider.
///
/// A job says what to make (the `mode`, the `prompt`) and how (`tier`, `duration`,
/// `resolution`, ...). Every optional setting left `nil` is not sent, so the provider's own
/// default applies. Before anything is sent, `VideoProvider.check(_:)` lists every setting a
/// provider cannot honour, as sentences naming the job field.
///
/// ```swift
/// let job = VideoJob(
///     mode: .referenceImages([URL(string: "https://example.com/cat.png")!]),
///     prompt: "The cat walks through a neon street",
///     tier: .mix, duration: 8, resolution: .p1080)
/// ```
public struct VideoJob: Sendable, Hashable, Codable {
    /// What the video is made from: text only, a first frame, first and last frames, or
    /// reference images.
    public var mode: Mode
    /// The text prompt. Describe motion and camera; it may be empty in the image modes.
    public var prompt: String
    /// The model family: `.standard` (pro), `.turbo`, `.mix` or `.proFast`.
    public var tier: ModelTier
    /// Length in seconds; nil sends nothing (the provider's default, 5 s where documented).
    public var duration: Int?
    /// Output resolution; nil sends nothing (720p on every provider that documents a default;
    /// an adapter whose model names carry the resolution picks its default, see its docs).
    public var resolution: VideoResolution?
    /// Output aspect ratio; nil sends nothing (16:9 where documented).
    public var aspectRatio: AspectRatio?
    /// Random seed; nil lets the provider pick one.
    public var seed: Int?
    /// Generate sound (`true`) or a silent video (`false`); nil sends nothing.
    public var audio: Bool?
    /// Add background music; nil sends nothing.
    public var backgroundMusic: Bool?
    /// Add the provider's AI-generated watermark, where it has one; nil sends nothing.
    public var watermark: Bool?
    /// Run at off-peak time, cheaper and slower, where the provider offers it (a request
    /// field or an off-peak model name: see the adapter's docs).
    public var offPeak: Bool
    /// Where the provider should POST the result when the task ends; nil means polling only.
    public var callbackURL: URL?

    /// Creates a job. Only `mode` and `prompt` are needed; the rest defaults to the standard
    /// tier and the provider's own defaults.
    public init(
        mode: Mode, prompt: String, tier: ModelTier = .standard, duration: Int? = nil,
        resolution: VideoResolution? = nil, aspectRatio: AspectRatio? = nil, seed: Int? = nil,
        audio: Bool? = nil, backgroundMusic: Bool? = nil, watermark: Bool? = nil, offPeak: Bool = false, callbackURL: URL? = nil
    ) {
        self.mode = mode
        self.prompt = prompt
        self.tier = tier
        self.duration = duration
        self.resolution = resolution
        self.aspectRatio = aspectRatio
        self.seed = seed
        self.audio = audio
        self.backgroundMusic = backgroundMusic
        self.watermark = watermark
        self.offPeak = offPeak
        self.callbackURL = callbackURL
    }

    /// The image URLs of the mode, in order (none for text).
    public var imageURLs: [URL] {
        switch mode {
        case .text: return []
        case .image(let first): return [first]
        case .firstLastFrame(let first, let last): return [first, last]
        case .referenceImages(let urls): return urls
        }
    }
}
