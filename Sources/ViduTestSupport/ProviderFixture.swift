import Foundation
import ViduKit
import ViduRuntime

/// One provider as the runtime tests see it: its generated descriptors (from the registry
/// entry its adapter names) and the bodies of its documented lifecycle as `SimulatedTransport`
/// plays them (the spec's examples where it has them, derived from its `x-task` otherwise; see
/// `SimulationScript`). `all` has one fixture per registered adapter, so a new provider is in
/// every test that loops over them without a line here.
public struct ProviderFixture: Sendable {
    /// The provider.
    public var id: VideoProviderID
    /// Its adapter.
    public var adapter: any VideoProviderAdapter
    /// The generated provider descriptor.
    public var provider: ProviderDescriptor
    /// The generated create operation the fixture's request goes to.
    public var create: OperationDescriptor
    /// The generated task descriptor of that operation.
    public var task: TaskDescriptor
    /// The job the fixture's request is ViduKit's mapping of: reference images on the mix
    /// tier where the provider takes them, otherwise a text job.
    public var job: VideoJob
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
    /// The result URLs of `succeededBody` (none for a provider with a result call).
    public var expectedResultURLs: [String]
    /// The cover URL of `succeededBody`, if any.
    public var expectedCoverURL: String?
    /// The failure code and message of `failedBody`, as the task descriptor reads them.
    public var expectedFailure: (code: String?, message: String?)

    /// Status bodies in the order a task goes through them as the simulator plays them
    /// (`FaultInjectingSimulator.runningSteps` is 2): queued, running, succeeded.
    public var statusBodies: [String] { [queuedBody, runningBody, succeededBody] }

    /// One fixture per registered adapter, in registration order.
    public static let all: [ProviderFixture] = VideoProviders.all.map(ProviderFixture.init(adapter:))

    /// The fixture of the provider whose id is `id` (a spec file's base name).
    ///
    /// - Precondition: an adapter is registered for `id`.
    public static func named(_ id: String) -> ProviderFixture {
        guard let fixture = all.first(where: { $0.id.rawValue == id.lowercased() }) else {
            preconditionFailure("no provider fixture named '\(id)' (there are: \(all.map(\.id.rawValue).joined(separator: ", ")))")
        }
        return fixture
    }

    /// Where the fixture's result URLs point (the simulation's default, unresolvable host).
    public static let resultBaseURL = SimulatedTransport.defaultResultBaseURL

    static let referenceJob = VideoJob(
        mode: .referenceImages([URL(string: "https://example.com/cat.png")!]), prompt: "a cat by the lake", tier: .mix,
        duration: 5, resolution: .p720)
    static let textJob = VideoJob(mode: .text, prompt: "a cat by the lake", duration: 5)

    /// The fixture of `adapter`'s provider, registered or not.
    public init(adapter: any VideoProviderAdapter) {
        let simulation = SimulatedTransport(adapter: adapter, resultBaseURL: Self.resultBaseURL)
        let runner = VideoProvider.simulated(adapter: adapter, simulation: simulation)
        let job = [Self.referenceJob, Self.textJob].first { runner.check($0).isEmpty } ?? Self.textJob
        let planned = runner.plannedCreate(for: job)
        precondition(runner.check(job).isEmpty, "\(adapter.id) accepts the fixture job: \(runner.check(job))")
        guard let planned, let create = adapter.generated.operation(planned.operationID) else {
            preconditionFailure("the fixture job of \(adapter.id) maps onto a generated create operation")
        }
        let task = adapter.taskDescriptor
        let taskID = simulation.documentedTaskID
        let bodies = simulation.statusBodies(taskID: taskID)
        self.id = adapter.id
        self.adapter = adapter
        self.provider = adapter.descriptor
        self.create = create
        self.task = task
        self.job = job
        self.createRequest = planned.body
        self.createBody = simulation.createBody(taskID: taskID)
        self.taskID = taskID
        self.queuedBody = bodies.queued
        self.runningBody = bodies.running
        self.succeededBody = bodies.succeeded
        self.failedBody = bodies.failed
        self.errorBody = { status in simulation.errorBody(status: status, message: "request failed") }
        // A provider with a result call has no video in its final status: the
        // runtime's waiter finds none there; ViduKit's `wait(for:)` fetches it.
        self.expectedResultURLs = adapter.resultOperation == nil
            ? [Self.resultBaseURL.appendingPathComponent("files/\(taskID).mp4").absoluteString] : []
        self.expectedCoverURL = task.coverURL == nil ? nil : Self.resultBaseURL.appendingPathComponent("files/\(taskID)-cover.jpg").absoluteString
        let failed = (try? JSONValue(parsing: Data(bodies.failed.utf8))).flatMap { task.status(of: $0, taskID: taskID) }
        self.expectedFailure = failed.map(task.failure(of:)) ?? (nil, nil)
    }
}
