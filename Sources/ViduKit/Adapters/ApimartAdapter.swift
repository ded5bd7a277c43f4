import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// apimart (`api.apimart.ai`): text, frames and reference images, on two model families.
    public static let apimart: VideoProviderID = "apimart"
}

/// apimart: one call for two Vidu Q3 families. Reference images go to `viduq3` or
/// `viduq3-mix`; text, a first frame and first-and-last frames go to `viduq3-pro` or
/// `viduq3-turbo`, where the number of `image_urls` (0, 1, 2) picks the mode
/// (specs/apimart.json, decision 9).
///
/// Tiers: `.standard` is `viduq3-pro` (text and frames) or `viduq3` (references); `.turbo` is
/// `viduq3-turbo` (text and frames only); `.mix` is `viduq3-mix` (references only); no
/// pro-fast. States: `submitted`/`pending` are queued; `progress` is reported, and
/// `estimated_time` is the provider's own estimate.
struct ApimartAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.apimart }
    let queuedStates = ["submitted", "pending"]
    let fieldsByPointer: [String: JobField] = [
        "/model": .tier, "/prompt": .prompt, "/image_urls": .images, "/duration": .duration,
        "/resolution": .resolution, "/aspect_ratio": .aspectRatio, "/seed": .seed, "/audio": .audio,
    ]

    func mapping(for job: VideoJob) -> JobMapping {
        let images = job.imageURLs.map(\.absoluteString)
        let references: Bool
        if case .referenceImages = job.mode { references = true } else { references = false }
        guard let name = references ? Self.referenceModel(job.tier) : Self.frameModel(job.tier) else {
            return .unsupported(JobIncompatibility(
                field: .tier,
                message: "apimart has no \(job.tier) tier for \(job.mode.kind) (\(references ? "viduq3 and viduq3-mix take references" : "viduq3-pro and viduq3-turbo take text and frames"))"))
        }
        let model = Apimart.ApimartCreateVideoRequest.Model(rawValue: name)
        let body = Apimart.ApimartCreateVideoRequest(
            model: model, prompt: job.prompt.isEmpty && !images.isEmpty && !references ? nil : job.prompt,
            imageURLs: images.isEmpty ? nil : images, duration: job.duration,
            resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
            aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) },
            audio: references ? nil : job.audio, seed: job.seed)
        let unsent: [JobField] = references ? [.audio, .backgroundMusic, .watermark, .offPeak, .callbackURL] : [.backgroundMusic, .watermark, .offPeak, .callbackURL]
        return .mapped(CreateRequest(
            operationID: Apimart.Operations.createVideoGeneration.operationID, model: model.rawValue, body: body,
            unsent: job.setFields(among: unsent),
            descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await Apimart.Client(executor: executor).createVideoGeneration(body).taskID
            }))
    }

    /// The reference-to-video model of `tier`: `viduq3` or `viduq3-mix`.
    static func referenceModel(_ tier: ModelTier) -> String? {
        switch tier {
        case .standard: return "viduq3"
        case .mix: return "viduq3-mix"
        case .turbo, .proFast: return nil
        }
    }

    /// The text and frame model of `tier`: `viduq3-pro` or `viduq3-turbo`.
    static func frameModel(_ tier: ModelTier) -> String? {
        switch tier {
        case .standard: return "viduq3-pro"
        case .turbo: return "viduq3-turbo"
        case .mix, .proFast: return nil
        }
    }
}
