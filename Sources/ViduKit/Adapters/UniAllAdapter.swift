import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// UniAll's gateway: every mode; the resolution is part of the model name.
    public static let uniall: VideoProviderID = "uniall"
}

/// UniAll: one call; the fields sent pick the mode, and the model name carries the tier and
/// the resolution: `viduq3p-720p`, `viduq3t-540p`. Every model takes up to 4 reference
/// images (the current page). The legacy names `-offpeak` and `viduq3p-mix-…` are sent only
/// when the job asks for off-peak or the mix tier (specs/uniall.json, decision 9). The
/// duration is always sent, 5 s when the job leaves it open: the current page marks it
/// required.
///
/// Tiers: `.standard` is `viduq3p-<resolution>`, `.turbo` `viduq3t-<resolution>`, `.mix`
/// `viduq3p-mix-<resolution>`; no pro-fast. A job without a resolution gets 720p in the model
/// name; `offPeak` adds the `-offpeak` suffix. States: `queued` is queued; `progress` is
/// reported. The capability probe finds the resolutions through the model names.
struct UniAllAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.uniall }
    let queuedStates = ["queued"]
    let fieldsByPointer: [String: JobField] = [
        "/model": .tier, "/prompt": .prompt, "/image": .images, "/last_image": .images,
        "/reference_image_urls": .images, "/aspect_ratio": .aspectRatio, "/duration": .duration,
        "/extra_body/audio": .audio, "/extra_body/seed": .seed, "/extra_body/bgm": .backgroundMusic,
    ]

    /// The duration sent when the job leaves it open.
    static let defaultDuration = 5

    /// The resolution in the model name when the job leaves it open.
    static let defaultResolution = VideoResolution.p720

    func mapping(for job: VideoJob) -> JobMapping {
        var image: String?
        var lastImage: String?
        var references: [String]?
        switch job.mode {
        case .text: break
        case .image(let first): image = first.absoluteString
        case .firstLastFrame(let first, let last):
            image = first.absoluteString
            lastImage = last.absoluteString
        case .referenceImages(let urls): references = urls.map(\.absoluteString)
        }
        let family = Self.family(job.tier)
        let name = family + "-" + (job.resolution ?? Self.defaultResolution).rawValue + (job.offPeak ? "-offpeak" : "")
        let extra = job.audio == nil && job.seed == nil && job.backgroundMusic == nil
            ? nil : UniAll.UniAllExtraBody(audio: job.audio, seed: job.seed, bgm: job.backgroundMusic)
        let body = UniAll.UniAllCreateVideoRequest(
            model: .init(rawValue: name), prompt: job.prompt, image: image, lastImage: lastImage,
            referenceImageURLs: references, aspectRatio: job.aspectRatio?.rawValue,
            duration: .integer(job.duration ?? Self.defaultDuration), extraBody: extra)
        return .mapped(CreateRequest(
            operationID: UniAll.Operations.createVideoGeneration.operationID, model: family, body: body,
            unsent: job.setFields(among: [.watermark, .callbackURL]), descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await UniAll.Client(executor: executor).createVideoGeneration(body).taskID
            }))
    }

    /// `viduq3p`, `viduq3t`, `viduq3p-mix`; pro-fast gets a name the spec's enum rejects.
    static func family(_ tier: ModelTier) -> String {
        switch tier {
        case .standard: return "viduq3p"
        case .turbo: return "viduq3t"
        case .mix: return "viduq3p-mix"
        case .proFast: return "viduq3p-fast"
        }
    }
}
