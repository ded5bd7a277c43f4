import ViduClients
import ViduRuntime

/// apimart: one reference-to-video call; `model` is `viduq3` or `viduq3-mix`.
struct ApimartAdapter: JobAdapter {
    let provider = VideoProviderID.apimart
    var descriptor: ProviderDescriptor { Apimart.provider }
    var taskDescriptor: TaskDescriptor { Apimart.Tasks.createVideoGeneration }
    let queuedStates: Set<String> = ["submitted", "pending"]
    let fieldsByPointer: [String: JobField] = [
        "/model": .tier, "/prompt": .prompt, "/image_urls": .images, "/duration": .duration,
        "/resolution": .resolution, "/aspect_ratio": .aspectRatio, "/seed": .seed,
    ]

    func plan(_ job: VideoJob) -> RequestPlan {
        let images: [String]
        switch job.mode {
        case .text:
            // No images: the spec's `minItems: 1` rejects it, which is how apimart lacks text-to-video.
            images = []
        case .referenceImages(let urls):
            images = urls.map(\.absoluteString)
        case .image, .firstLastFrame:
            return .unsupported(JobIncompatibility(
                field: .mode,
                message: "apimart has no \(job.mode.kind) mode: its images are references, not frames (use reference images)"))
        }
        let model = Apimart.ApimartCreateVideoRequest.Model(rawValue: Self.modelName(job.tier))
        let body = Apimart.ApimartCreateVideoRequest(
            model: model, prompt: job.prompt, imageURLs: images, duration: job.duration,
            resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
            aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) }, seed: job.seed)
        return .planned(PlannedRequest(
            operationID: Apimart.Operations.createVideoGeneration.operationID, model: model.rawValue, body: body,
            unsent: job.setFields(among: [.audio, .backgroundMusic, .offPeak, .callbackURL]),
            descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                let client = Apimart.Client(executor: executor)
                return client.taskID(from: try await client.createVideoGeneration(body))
            }))
    }

    /// `viduq3`, `viduq3-mix`; other tiers get names the spec's enum rejects.
    static func modelName(_ tier: ModelTier) -> String {
        switch tier {
        case .standard: return "viduq3"
        case .turbo: return "viduq3-turbo"
        case .mix: return "viduq3-mix"
        case .proFast: return "viduq3-pro-fast"
        }
    }
}
