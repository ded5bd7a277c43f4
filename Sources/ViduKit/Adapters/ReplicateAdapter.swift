import ViduClients
import ViduRuntime

extension VideoProviderID {
    /// Replicate's predictions API (`api.replicate.com`): text, first frame, and first and
    /// last frames on `vidu/q3-pro` and `vidu/q3-turbo`.
    public static let replicate: VideoProviderID = "replicate"
}

/// Replicate: one prediction call per model, `.standard` on `vidu/q3-pro` and `.turbo` on
/// `vidu/q3-turbo`; the images say the mode (`start_image`, then `end_image` for first and
/// last frames). No reference images, mix or pro-fast; no background music, watermark or
/// off-peak. The aspect ratio is sent for text only: Replicate ignores it with images
/// (specs/replicate.json, decision 6). A `callbackURL` becomes `webhook` with
/// `webhook_events_filter: ["completed"]`, so Replicate posts once, when the prediction ends.
///
/// States: `starting` is queued; no progress is reported; `failed`, `canceled` and `aborted`
/// end without a video. Outputs are deleted an hour after an API prediction ends: download
/// promptly. The documented limit (600 creates a minute) comes from the spec's `x-rate-limits`.
struct ReplicateAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.replicate }
    let queuedStates = ["starting"]
    let fieldsByPointer: [String: JobField] = [
        "/input/prompt": .prompt, "/input/start_image": .images, "/input/end_image": .images, "/input/duration": .duration,
        "/input/aspect_ratio": .aspectRatio, "/input/resolution": .resolution, "/input/audio": .audio, "/input/seed": .seed,
        "/webhook": .callbackURL,
    ]

    /// Settings the Vidu models on Replicate have no field for.
    static let unsentSettings: [JobField] = [.backgroundMusic, .watermark, .offPeak]

    func mapping(for job: VideoJob) -> JobMapping {
        if case .referenceImages = job.mode {
            return .unsupported(JobIncompatibility(
                field: .mode, message: "Replicate's Vidu Q3 models take a start image and an end image, no reference images"))
        }
        let images = job.imageURLs.map(\.absoluteString)
        let prompt: String? = job.prompt.isEmpty && !images.isEmpty ? nil : job.prompt
        let aspectRatio = images.isEmpty ? job.aspectRatio?.rawValue : nil
        let unsent = images.isEmpty ? Self.unsentSettings : Self.unsentSettings + [.aspectRatio]
        let webhook = job.callbackURL?.absoluteString
        let events: [String]? = webhook == nil ? nil : ["completed"]
        switch job.tier {
        case .turbo:
            let input = Replicate.ViduQ3TurboInput(
                prompt: prompt, startImage: images.first, endImage: images.count > 1 ? images[1] : nil, duration: job.duration,
                aspectRatio: aspectRatio.map { .init(rawValue: $0) }, resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                audio: job.audio, seed: job.seed)
            let body = Replicate.ViduQ3TurboPredictionRequest(
                input: input, webhook: webhook, webhookEventsFilter: events?.map { .init(rawValue: $0) })
            return mapped(Replicate.Operations.createQ3TurboPrediction, "vidu/q3-turbo", body, unsent, job) { client throws(ViduError) in
                try await client.createQ3TurboPrediction(body)
            }
        case .standard:
            let input = Replicate.ViduQ3ProInput(
                prompt: prompt, startImage: images.first, endImage: images.count > 1 ? images[1] : nil, duration: job.duration,
                aspectRatio: aspectRatio.map { .init(rawValue: $0) }, resolution: job.resolution.map { .init(rawValue: $0.rawValue) },
                audio: job.audio, seed: job.seed)
            let body = Replicate.ViduQ3ProPredictionRequest(
                input: input, webhook: webhook, webhookEventsFilter: events?.map { .init(rawValue: $0) })
            return mapped(Replicate.Operations.createQ3ProPrediction, "vidu/q3-pro", body, unsent, job) { client throws(ViduError) in
                try await client.createQ3ProPrediction(body)
            }
        case .mix, .proFast:
            return .unsupported(JobIncompatibility(
                field: .tier, message: "Replicate hosts Vidu Q3 as vidu/q3-pro (standard) and vidu/q3-turbo (turbo), no \(job.tier) tier"))
        }
    }

    private func mapped(
        _ operation: OperationDescriptor, _ model: String, _ body: any SchemaValidated, _ unsent: [JobField], _ job: VideoJob,
        submit: @escaping @Sendable (Replicate.Client) async throws(ViduError) -> CreatedTask<Replicate.Prediction>
    ) -> JobMapping {
        .mapped(CreateRequest(
            operationID: operation.operationID, model: model, body: body, unsent: job.setFields(among: unsent),
            descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await submit(Replicate.Client(executor: executor)).taskID
            }))
    }
}

/// Checks that a webhook comes from Replicate (Standard Webhooks: HMAC-SHA256 with your
/// account's `whsec_` signing secret), so that `import ViduKit` suffices to verify the
/// `webhook` deliveries of a Replicate job.
public typealias StandardWebhookVerifier = ViduRuntime.StandardWebhookVerifier
