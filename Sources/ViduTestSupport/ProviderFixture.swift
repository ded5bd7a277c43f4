import Foundation
import ViduClients
import ViduKit
import ViduRuntime

/// One provider as the runtime tests see it: the generated descriptors (`Apimart.provider`,
/// `Apimart.Operations…`, `Apimart.Tasks…`) and the bodies of its documented lifecycle as
/// `ProviderSimulation` plays them (the specs' examples where they have them, composed
/// from documented fields otherwise; see `SimulatedLifecycle`).
public struct ProviderFixture: Sendable {
    /// The provider.
    public var id: VideoProviderID
    /// The generated provider descriptor.
    public var provider: ProviderDescriptor
    /// The generated create operation the fixture's request goes to.
    public var create: OperationDescriptor
    /// The generated task descriptor of that operation.
    public var task: TaskDescriptor
    /// A create request body the provider accepts (ViduKit's mapping of `job`).
    public var createRequest: JSONValue
    /// The create call's success body, for the first task.
    public var createBody: String
    /// The task id in `createBody`.
    public var taskID: String
    /// Accepted, not started.
    public var queuedBody: String
    /// Generating.
    public var runningBody: String
    /// The success.
    public var succeededBody: String
    /// The failure, with the provider's code and message.
    public var failedBody: String
    /// The provider's error body for an HTTP status.
    public var errorBody: @Sendable (Int) -> String
    /// The result URLs of `succeededBody`.
    public var expectedResultURLs: [String]
    /// The cover URL of `succeededBody`, if any.
    public var expectedCoverURL: String?
    /// The failure code and message of `failedBody`.
    public var expectedFailure: (code: String?, message: String?)

    /// Status bodies in the order a task goes through them as the simulator plays them
    /// (`ProviderSimulator.runningSteps` is 2): queued, running, succeeded.
    public var statusBodies: [String] { [queuedBody, runningBody, succeededBody] }

    /// The four providers.
    public static let all: [ProviderFixture] = [.apimart, .apixo, .vidu, .uniall]

    /// apimart: `POST /v1/videos/generations`, `GET /v1/tasks/{task_id}`.
    public static let apimart = ProviderFixture(
        .apimart, provider: Apimart.provider, create: Apimart.Operations.createVideoGeneration, task: Apimart.Tasks.createVideoGeneration,
        job: referenceJob, failure: ("content_policy", "The prompt was rejected by the content policy"))

    /// apixo: `POST /api/v1/generateTask/vidu-q3`, `GET /api/v1/statusTask/vidu-q3?taskId=`.
    public static let apixo = ProviderFixture(
        .apixo, provider: Apixo.provider, create: Apixo.Operations.generateTask, task: Apixo.Tasks.generateTask,
        job: textJob, failure: ("CONTENT_VIOLATION", "Content does not meet safety guidelines"))

    /// Vidu official: `POST /ent/v2/reference2video`, `GET /ent/v2/tasks/{id}/creations`.
    public static let vidu = ProviderFixture(
        .vidu, provider: Vidu.provider, create: Vidu.Operations.createReference2Video, task: Vidu.Tasks.createReference2Video,
        job: referenceJob, failure: ("CreationPolicyViolation", nil))

    /// UniAll (OpenAI-style gateway): `POST /v1/video/generations`, `GET /v1/video/generations/{task_id}`.
    public static let uniall = ProviderFixture(
        .uniall, provider: UniAll.provider, create: UniAll.Operations.createVideoGeneration, task: UniAll.Tasks.createVideoGeneration,
        job: referenceJob, failure: ("content_filter", "The request was blocked by the safety system"))

    /// Where the fixture's result URLs point (the simulation's default, unresolvable host).
    public static let resultBaseURL = ProviderSimulation.defaultResultBaseURL

    static let referenceJob = VideoJob(
        mode: .referenceImages([URL(string: "https://example.com/cat.png")!]), prompt: "a cat by the lake", tier: .mix,
        duration: 5, resolution: .p720)
    static let textJob = VideoJob(mode: .text, prompt: "a cat by the lake", duration: 5)

    private init(
        _ id: VideoProviderID, provider: ProviderDescriptor, create: OperationDescriptor, task: TaskDescriptor,
        job: VideoJob, failure: (code: String?, message: String?)
    ) {
        let simulation = ProviderSimulation(provider: id, resultBaseURL: Self.resultBaseURL)
        let runner = VideoProvider.simulated(id, simulation: simulation)
        let planned = runner.plannedCreate(for: job)
        precondition(runner.check(job).isEmpty, "\(id) accepts the fixture job: \(runner.check(job))")
        precondition(planned?.operationID == create.operationID, "the fixture job of \(id) maps onto \(create.operationID)")
        let taskID = simulation.documentedTaskID
        let bodies = simulation.statusBodies(taskID: taskID)
        self.id = id
        self.provider = provider
        self.create = create
        self.task = task
        self.createRequest = planned?.body ?? .object([:])
        self.createBody = simulation.createBody(taskID: taskID)
        self.taskID = taskID
        self.queuedBody = bodies.queued
        self.runningBody = bodies.running
        self.succeededBody = bodies.succeeded
        self.failedBody = bodies.failed
        self.errorBody = { status in simulation.errorBody(status: status, message: "request failed") }
        self.expectedResultURLs = [Self.resultBaseURL.appendingPathComponent("files/\(taskID).mp4").absoluteString]
        self.expectedCoverURL = task.coverURL == nil ? nil : Self.resultBaseURL.appendingPathComponent("files/\(taskID)-cover.jpg").absoluteString
        self.expectedFailure = failure
    }
}
