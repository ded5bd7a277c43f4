// The one adapter file of the fictional Acme provider: its id, and how a VideoJob becomes
// Acme's generated request. Everything else (descriptor, task, schemas, the simulation's
// bodies) comes from the generated registry entry, ProviderRegistry.acme.
import MyClients
import ViduKit
import ViduRuntime

extension VideoProviderID {
    /// Acme Video (fictional): text only, 2-10 s.
    static let acme: VideoProviderID = "acme"
}

/// Acme takes a prompt and a length; no images, no tiers, no switches.
struct AcmeAdapter: VideoProviderAdapter {
    var generated: GeneratedProvider { ProviderRegistry.acme }
    let queuedStates = ["waiting"]
    let fieldsByPointer: [String: JobField] = ["/prompt": .prompt, "/seconds": .duration]

    func mapping(for job: VideoJob) -> JobMapping {
        guard case .text = job.mode else {
            return .unsupported(JobIncompatibility(field: .mode, message: "Acme takes text only"))
        }
        guard job.tier == .standard else {
            return .unsupported(JobIncompatibility(field: .tier, message: "Acme has one model"))
        }
        let body = Acme.AcmeCreateVideoRequest(prompt: job.prompt, seconds: job.duration)
        return .mapped(CreateRequest(
            operationID: Acme.Operations.createVideo.operationID, model: "acme-1", body: body,
            unsent: job.setFields(among: JobField.settings + [.resolution, .aspectRatio]), descriptor: taskDescriptor,
            submit: { executor throws(ViduError) in
                try await Acme.Client(executor: executor).createVideo(body).taskID
            }))
    }
}
