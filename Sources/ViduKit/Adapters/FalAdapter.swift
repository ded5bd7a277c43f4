import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// fal's queue (`queue.fal.run`): text, first frame, first and last frames, and mix
    /// reference images, each on its own Vidu Q3 endpoint.
    public static let fal: VideoProviderID = "fal"
}

/// fal: one queue endpoint per mode and tier under `fal-ai/vidu/q3/`. Text goes to
/// `text-to-video` (`.turbo`: `text-to-video/turbo`); a first frame, or first and last frames
/// (`end_image_url`), to `image-to-video` (`.turbo`: `image-to-video/turbo`); reference images
/// to `reference-to-video/mix` (tier `.mix` only). No pro-fast; no background music,
/// watermark or off-peak. A `callbackURL` becomes the `fal_webhook` query parameter.
///
/// fal's status call carries no output, so once it says `COMPLETED` the adapter's result
/// call (`getRequestResult`) fetches the video (specs/fal.json, decision 4). States: `IN_QUEUE`
/// is queued; no progress is reported. fal documents no rate limits.
struct FalAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.fal }
    let queuedStates = ["IN_QUEUE"]
    let fieldsByPointer: [String: JobField] = [
        "/prompt": .prompt, "/image_url": .images, "/end_image_url": .images, "/reference_image_urls": .images,
        "/duration": .duration, "/seed": .seed, "/aspect_ratio": .aspectRatio, "/resolution": .resolution, "/audio": .audio,
    ]

    var resultOperation: OperationDescriptor? { Fal.Operations.getRequestResult }

    /// Settings fal's Vidu endpoints have no field for.
    static let unsentSettings: [JobField] = [.backgroundMusic, .watermark, .offPeak]

    func mapping(for job: VideoJob) -> JobMapping {
        let hook = job.callbackURL?.absoluteString
        let prompt: String? = job.prompt.isEmpty ? nil : job.prompt
        let resolution = job.resolution?.rawValue
        switch (job.mode, job.tier) {
        case (.text, .turbo):
            let body = Fal.ViduQ3TextToVideoTurboInput(
                prompt: job.prompt, duration: job.duration, seed: job.seed, aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) },
                resolution: resolution.map { .init(rawValue: $0) }, audio: job.audio)
            return mapped(Fal.Operations.submitTextToVideoTurbo, "q3/text-to-video/turbo", body, [], job) { client throws(ViduError) in
                try await client.submitTextToVideoTurbo(body, falWebhook: hook)
            }
        case (.text, .standard):
            let body = Fal.ViduQ3TextToVideoInput(
                prompt: job.prompt, duration: job.duration, seed: job.seed, aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) },
                resolution: resolution.map { .init(rawValue: $0) }, audio: job.audio)
            return mapped(Fal.Operations.submitTextToVideo, "q3/text-to-video", body, [], job) { client throws(ViduError) in
                try await client.submitTextToVideo(body, falWebhook: hook)
            }
        case (.image, .standard), (.image, .turbo), (.firstLastFrame, .standard), (.firstLastFrame, .turbo):
            let images = job.imageURLs.map(\.absoluteString)
            let first = images[0]
            let last = images.count > 1 ? images[1] : nil
            if job.tier == .turbo {
                let body = Fal.ViduQ3ImageToVideoTurboInput(
                    prompt: prompt, imageURL: first, endImageURL: last, duration: job.duration, seed: job.seed,
                    resolution: resolution.map { .init(rawValue: $0) }, audio: job.audio)
                return mapped(Fal.Operations.submitImageToVideoTurbo, "q3/image-to-video/turbo", body, [.aspectRatio], job) { client throws(ViduError) in
                    try await client.submitImageToVideoTurbo(body, falWebhook: hook)
                }
            }
            let body = Fal.ViduQ3ImageToVideoInput(
                prompt: prompt, imageURL: first, endImageURL: last, duration: job.duration, seed: job.seed,
                resolution: resolution.map { .init(rawValue: $0) }, audio: job.audio)
            return mapped(Fal.Operations.submitImageToVideo, "q3/image-to-video", body, [.aspectRatio], job) { client throws(ViduError) in
                try await client.submitImageToVideo(body, falWebhook: hook)
            }
        case (.referenceImages(let urls), .mix):
            let body = Fal.ViduQ3ReferenceToVideoMixInput(
                prompt: job.prompt, referenceImageURLs: urls.map(\.absoluteString), duration: job.duration, seed: job.seed,
                aspectRatio: job.aspectRatio.map { .init(rawValue: $0.rawValue) }, resolution: resolution.map { .init(rawValue: $0) }, audio: job.audio)
            return mapped(Fal.Operations.submitReferenceToVideoMix, "q3/reference-to-video/mix", body, [], job) { client throws(ViduError) in
                try await client.submitReferenceToVideoMix(body, falWebhook: hook)
            }
        case (.referenceImages, _):
            return .unsupported(JobIncompatibility(
                field: .tier, message: "fal hosts Vidu Q3 reference images only as the mix tier (reference-to-video/mix): use tier mix"))
        case (_, .mix), (_, .proFast):
            return .unsupported(JobIncompatibility(
                field: .tier, message: "fal hosts the \(job.tier) tier of Vidu Q3 for no \(job.mode.kind) endpoint: use standard or turbo"))
        }
    }

    private func mapped(
        _ operation: OperationDescriptor, _ model: String, _ body: any SchemaValidated, _ missing: [JobField], _ job: VideoJob,
        submit: @escaping @Sendable (Fal.Client) async throws(ViduError) -> CreatedTask<Fal.QueueStatus>
    ) -> JobMapping {
        .mapped(CreateRequest(
            operationID: operation.operationID, model: model, body: body, unsent: job.setFields(among: missing + Self.unsentSettings),
            descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await submit(Fal.Client(executor: executor)).taskID
            }))
    }
}

/// Checks that a webhook comes from fal (Ed25519 over fal's published keys), so that
/// `import ViduKit` suffices to verify the `fal_webhook` deliveries of a fal job.
public typealias FalWebhookVerifier = ViduRuntime.FalWebhookVerifier
/// fal's published Ed25519 keys, as a fixed set.
public typealias JWKSKeySet = ViduRuntime.JWKSKeySet
/// fal's published Ed25519 keys, fetched and refreshed.
public typealias JWKSCache = ViduRuntime.JWKSCache
/// A webhook request as your server received it: method, target, headers, raw body.
public typealias CallbackRequest = ViduRuntime.CallbackRequest
