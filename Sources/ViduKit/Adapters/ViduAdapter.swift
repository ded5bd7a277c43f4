import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// Vidu's official API (`api.vidu.com`): every mode, split across four endpoints.
    public static let vidu: VideoProviderID = "vidu"
}

extension HMACHeaderCallbackVerifier {
    /// The `X-HMAC-ACCESS-KEY` Vidu's official API signs its callbacks with (specs/vidu.json,
    /// the `taskStateChanged` webhook's headers).
    public static let viduAccessKey = "vidu"
}

/// Vidu's official API: one endpoint per mode. References go to `reference2video`
/// (`viduq3`, `viduq3-turbo`, `viduq3-mix`); text, first frame and first-and-last frames go
/// to `text2video`, `img2video` and `start-end2video` (`viduq3-pro`, `viduq3-turbo`, and
/// `viduq3-pro-fast` for images). Every mode sends the job's duration, seed, resolution,
/// audio, background music and watermark as Vidu's own pages and working clients do: JSON
/// booleans, not the strings page 003 types (specs/vidu.json, decision 2). Only text and
/// references take an aspect ratio.
///
/// Tiers: `.standard` is `viduq3-pro` (`viduq3` for references), `.turbo` `viduq3-turbo`,
/// `.mix` `viduq3-mix` (references), `.proFast` `viduq3-pro-fast` (image-to-video). The job's
/// `watermark` and `offPeak` are Vidu's `watermark` and `off_peak`. States: `created` and
/// `queueing` are queued; a cover image comes with the video; presigned result URLs expire
/// after 24 hours. The documented limit (5 tasks at once) comes from the spec's `x-rate-limits`.
/// Callbacks are signed with the `X-HMAC-*` scheme and access key `vidu`:
/// `HMACHeaderCallbackVerifier(key: key, accessKey: HMACHeaderCallbackVerifier.viduAccessKey)`.
struct ViduAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.vidu }
    let queuedStates = ["created", "queueing"]
    let fieldsByPointer: [String: JobField] = [
        "/model": .tier, "/prompt": .prompt, "/images": .images, "/duration": .duration, "/seed": .seed,
        "/aspect_ratio": .aspectRatio, "/resolution": .resolution, "/audio": .audio, "/bgm": .backgroundMusic,
        "/watermark": .watermark, "/callback_url": .callbackURL, "/off_peak": .offPeak,
    ]

    func mapping(for job: VideoJob) -> JobMapping {
        let images = job.imageURLs.map(\.absoluteString)
        let callback = job.callbackURL?.absoluteString
        let offPeak: Bool? = job.offPeak ? true : nil
        let prompt: String? = job.prompt.isEmpty ? nil : job.prompt
        switch job.mode {
        case .referenceImages:
            let model = ViduPlatform.ViduReference2VideoRequest.Model(rawValue: Self.referenceModel(job.tier))
            let body = ViduPlatform.ViduReference2VideoRequest(
                model: model, images: images, prompt: job.prompt, bgm: job.backgroundMusic, audio: job.audio,
                duration: job.duration, seed: job.seed, aspectRatio: job.aspectRatio?.rawValue,
                resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                callbackURL: callback, offPeak: offPeak, watermark: job.watermark)
            return mapped(ViduPlatform.Operations.createReference2Video, model.rawValue, body, [], job) { client throws(ViduError) in
                try await client.createReference2Video(body)
            }
        case .text:
            let model = ViduPlatform.ViduText2VideoRequest.Model(rawValue: Self.frameModel(job.tier))
            let body = ViduPlatform.ViduText2VideoRequest(
                model: model, prompt: job.prompt, duration: job.duration, seed: job.seed,
                aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) },
                resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                bgm: job.backgroundMusic, audio: job.audio, callbackURL: callback, offPeak: offPeak, watermark: job.watermark)
            return mapped(ViduPlatform.Operations.createText2Video, model.rawValue, body, [], job) { client throws(ViduError) in
                try await client.createText2Video(body)
            }
        case .image:
            let model = ViduPlatform.ViduImg2VideoRequest.Model(rawValue: Self.frameModel(job.tier))
            let body = ViduPlatform.ViduImg2VideoRequest(
                model: model, images: images, prompt: prompt, duration: job.duration, seed: job.seed,
                resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                bgm: job.backgroundMusic, audio: job.audio, callbackURL: callback, offPeak: offPeak, watermark: job.watermark)
            return mapped(ViduPlatform.Operations.createImg2Video, model.rawValue, body, [.aspectRatio], job) { client throws(ViduError) in
                try await client.createImg2Video(body)
            }
        case .firstLastFrame:
            let model = ViduPlatform.ViduStartEnd2VideoRequest.Model(rawValue: Self.frameModel(job.tier))
            let body = ViduPlatform.ViduStartEnd2VideoRequest(
                model: model, images: images, prompt: prompt, duration: job.duration, seed: job.seed,
                resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                bgm: job.backgroundMusic, audio: job.audio, callbackURL: callback, offPeak: offPeak, watermark: job.watermark)
            return mapped(ViduPlatform.Operations.createStartEnd2Video, model.rawValue, body, [.aspectRatio], job) { client throws(ViduError) in
                try await client.createStartEnd2Video(body)
            }
        }
    }

    private func mapped(
        _ operation: OperationDescriptor, _ model: String, _ body: any SchemaValidated, _ missing: [JobField], _ job: VideoJob,
        create: @escaping @Sendable (ViduPlatform.Client) async throws(ViduError) -> CreatedTask<ViduPlatform.ViduCreateTaskResponse>
    ) -> JobMapping {
        .mapped(CreateRequest(
            operationID: operation.operationID, model: model, body: body, unsent: job.setFields(among: missing),
            descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await create(ViduPlatform.Client(executor: executor)).taskID
            }))
    }

    /// `viduq3`, `viduq3-turbo`, `viduq3-mix`; pro-fast gets a name the spec's enum rejects.
    static func referenceModel(_ tier: ModelTier) -> String {
        switch tier {
        case .standard: return "viduq3"
        case .turbo: return "viduq3-turbo"
        case .mix: return "viduq3-mix"
        case .proFast: return "viduq3-pro-fast"
        }
    }

    /// `viduq3-pro`, `viduq3-turbo`, `viduq3-pro-fast`; mix gets a name the spec's enum rejects.
    static func frameModel(_ tier: ModelTier) -> String {
        switch tier {
        case .standard: return "viduq3-pro"
        case .turbo: return "viduq3-turbo"
        case .mix: return "viduq3-mix"
        case .proFast: return "viduq3-pro-fast"
        }
    }
}
