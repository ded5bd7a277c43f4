import ViduClients
import ViduRuntime

/// UniAll: one call; the fields sent pick the mode, and the model name carries the tier,
/// the resolution and the off-peak option: `viduq3p-720p`, `viduq3t-540p-offpeak`,
/// `viduq3p-mix-1080p`.
struct UniAllAdapter: JobAdapter {
    let provider = VideoProviderID.uniall
    var descriptor: ProviderDescriptor { UniAll.provider }
    var taskDescriptor: TaskDescriptor { UniAll.Tasks.createVideoGeneration }
    let queuedStates: Set<String> = ["queued"]
    let fieldsByPointer: [String: JobField] = [
        "/model": .tier, "/prompt": .prompt, "/image": .images, "/last_image": .images,
        "/reference_image_urls": .images, "/aspect_ratio": .aspectRatio, "/duration": .duration,
        "/extra_body/audio": .audio, "/extra_body/seed": .seed, "/extra_body/bgm": .backgroundMusic,
    ]

    /// The resolution in the model name when the job leaves it open.
    static let defaultResolution = VideoResolution.p720

    func plan(_ job: VideoJob) -> RequestPlan {
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
            referenceImageURLs: references, aspectRatio: job.aspectRatio?.rawValue, duration: job.duration, extraBody: extra)
        return .planned(PlannedRequest(
            operationID: UniAll.Operations.createVideoGeneration.operationID, model: family, body: body,
            unsent: job.setFields(among: [.callbackURL]), descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                let client = UniAll.Client(executor: executor)
                return client.taskID(from: try await client.createVideoGeneration(body))
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
