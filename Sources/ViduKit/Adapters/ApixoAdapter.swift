import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// apixo (`api.apixo.ai`): text and one or two images.
    public static let apixo: VideoProviderID = "apixo"
}

/// apixo: one call whose `input.mode` picks text or image (1 image: first frame; 2 images:
/// first and last frame), prefixed `turbo-` for the turbo tier: `.standard` is
/// `text-to-video`/`image-to-video`, `.turbo` is `turbo-text-to-video`/`turbo-image-to-video`;
/// no mix, no pro-fast, no reference images. States: `pending` is queued; no progress is
/// reported. Presigned result URLs expire after 24 hours. The documented limits (60 requests
/// a minute, 10 tasks at once) come from the spec's `x-rate-limits`.
struct ApixoAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.apixo }
    let queuedStates = ["pending"]
    let fieldsByPointer: [String: JobField] = [
        "/input/mode": .tier, "/input/prompt": .prompt, "/input/image_urls": .images, "/input/duration": .duration,
        "/input/resolution": .resolution, "/input/aspect_ratio": .aspectRatio, "/input/seed": .seed,
        "/input/sound": .audio, "/input/bgm": .backgroundMusic, "/callback_url": .callbackURL,
    ]

    func mapping(for job: VideoJob) -> JobMapping {
        let base: String
        switch job.mode {
        case .text: base = "text-to-video"
        case .image, .firstLastFrame: base = "image-to-video"
        case .referenceImages:
            return .unsupported(JobIncompatibility(
                field: .mode,
                message: "apixo has no reference-images mode: it takes at most 2 images, as a first frame or as first and last frames"))
        }
        let mode = Apixo.ApixoVideoInput.Mode(rawValue: Self.modePrefix(job.tier) + base)
        let images = job.imageURLs.map(\.absoluteString)
        let input = Apixo.ApixoVideoInput(
            mode: mode, prompt: job.prompt.isEmpty && !images.isEmpty ? nil : job.prompt,
            resolution: job.resolution.map { .init(rawValue: $0.rawValue) }, duration: job.duration,
            aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) },
            sound: job.audio, bgm: job.backgroundMusic, seed: job.seed, imageURLs: images.isEmpty ? nil : images)
        let body = Apixo.ApixoGenerateTaskRequest(
            requestType: job.callbackURL == nil ? .async : .callback, callbackURL: job.callbackURL?.absoluteString, input: input)
        return .mapped(CreateRequest(
            operationID: Apixo.Operations.generateTask.operationID, model: mode.rawValue, body: body,
            unsent: job.setFields(among: [.watermark, .offPeak]), descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await Apixo.Client(executor: executor).generateTask(body).taskID
            }))
    }

    /// `""` for standard, `turbo-`; other tiers get prefixes the spec's enum rejects.
    static func modePrefix(_ tier: ModelTier) -> String {
        tier == .standard ? "" : "\(tier.rawValue)-"
    }
}
