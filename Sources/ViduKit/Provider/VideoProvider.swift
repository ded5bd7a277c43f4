import Foundation
import ViduRuntime

/// Runs `VideoJob`s on one provider: checks, submits, follows and downloads them through
/// the generated client of that provider.
///
/// ```swift
/// let provider = VideoProvider(id, apiKey: APIKey(key))    // id: a registered VideoProviderID
/// let job = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street")
/// let problems = provider.check(job)            // [] when the provider can run it
/// let task = try await provider.submit(job)
/// let result = try await provider.wait(for: task.id) { status in print(status) }
/// let file = try await provider.download(result, to: URL(filePath: "boat.mp4"))
/// ```
///
/// ## Limits across jobs
///
/// Every `VideoProvider` of one provider and one API key shares one `RateLimiter`, made
/// from the provider's documented limits (its spec's `x-rate-limits`: requests a minute and
/// tasks at once), so that many jobs queue locally instead of drawing HTTP 429:
///
/// - `submit` takes a task slot before the create call, waiting first in, first out while
///   all are taken (cancelling the waiting Swift task throws `.runtime(.cancelled)`).
/// - The slot is given back when `wait(for:)` or `status(of:)` sees the task's final state
///   (succeeded or failed), or at once when the create call certainly created nothing.
/// - When the create may have created a task (`.runtime(.outcomeUnknown)`, an unreadable or
///   id-less answer), the slot stays taken: look for the task, then `wait(for:)` it (the
///   slot follows it) or `releaseTaskSlot(of:)` it.
/// - A caller that submits without ever waiting must follow each task to its end with
///   `status(of:)`, or call `releaseTaskSlot(of:)` once it stops caring; otherwise the
///   slots run out and later submits wait forever.
///
/// A `configuration.rateLimiter` of your own replaces the shared one; slots are then
/// tracked per `VideoProvider` value (and its copies).
///
/// Every method throws `VideoJobError`; none of them ever prints, logs or returns the key.
public struct VideoProvider: Sendable {
    /// The provider.
    public let id: VideoProviderID
    /// How requests are sent: key, base URL, transport, retries, clock, and the limiter.
    public let configuration: ClientConfiguration
    /// How `wait(for:progress:)` polls; nil follows the provider's documented advice (its
    /// spec's `x-task.polling`: the first poll's delay, then the interval).
    public var pollingPolicy: PollingPolicy?
    /// How `download(_:to:progress:)` fetches results: its idle and total timeouts.
    public var downloader = ResultDownloader()

    /// The provider's adapter.
    public let adapter: any VideoProviderAdapter
    let executor: RequestExecutor
    let slots: TaskSlotBook

    /// A provider that sends with `configuration`. Without `configuration.rateLimiter` it
    /// uses the limiter shared by every provider value of `id` with the same key.
    ///
    /// - Precondition: an adapter is registered for `id` (`VideoProviders.adapter(for:)`): a
    ///   built-in id (each adapter file declares its constant), or one registered with
    ///   `VideoProviders.register(_:)`.
    public init(_ id: VideoProviderID, configuration: ClientConfiguration, pollingPolicy: PollingPolicy? = nil) {
        guard let adapter = VideoProviders.adapter(for: id) else {
            preconditionFailure("no adapter is registered for the provider '\(id.rawValue)' (registered: \(VideoProviders.idList))")
        }
        self.init(adapter: adapter, configuration: configuration, pollingPolicy: pollingPolicy)
    }

    /// A provider run by `adapter`, registered or not, that sends with `configuration`.
    /// Without `configuration.rateLimiter` it uses the limiter shared by every provider value
    /// of the adapter's id with the same key.
    public init(adapter: any VideoProviderAdapter, configuration: ClientConfiguration, pollingPolicy: PollingPolicy? = nil) {
        let id = adapter.id
        var configuration = configuration
        let slots: TaskSlotBook
        if configuration.rateLimiter == nil {
            let shared = SharedLimits.limits(
                for: id, apiKey: configuration.apiKey, descriptor: adapter.descriptor, clock: configuration.clock)
            configuration.rateLimiter = shared.limiter
            slots = shared.book
        } else {
            slots = TaskSlotBook()
        }
        self.id = id
        self.configuration = configuration
        self.pollingPolicy = pollingPolicy
        self.adapter = adapter
        self.executor = RequestExecutor(provider: adapter.descriptor, configuration: configuration)
        self.slots = slots
    }

    /// A provider at its documented base URL (or `baseURL`) with the default transport,
    /// retries and polling.
    public init(_ id: VideoProviderID, apiKey: APIKey, baseURL: URL? = nil) {
        self.init(id, configuration: ClientConfiguration(apiKey: apiKey, baseURL: baseURL))
    }

    /// A provider backed by an in-process `SimulatedTransport`: no key, no network, short
    /// polling waits, no request pacing but the provider's concurrent-task limit; downloads
    /// come from the simulation too.
    ///
    /// - Parameter configure: adjusts the configuration before use, for example to set a
    ///   `driftObserver` or to wrap the simulation in a `RecordingTransport` (downloads still
    ///   come from the simulation).
    /// - Precondition: an adapter is registered for `id`.
    public static func simulated(
        _ id: VideoProviderID, simulation: SimulatedTransport? = nil, pollingPolicy: PollingPolicy? = SimulatedTransport.polling,
        configure: (inout ClientConfiguration) -> Void = { _ in }
    ) -> VideoProvider {
        guard let adapter = VideoProviders.adapter(for: id) else {
            preconditionFailure("no adapter is registered for the provider '\(id.rawValue)' (registered: \(VideoProviders.idList))")
        }
        return simulated(adapter: adapter, simulation: simulation, pollingPolicy: pollingPolicy, configure: configure)
    }

    /// A provider run by `adapter`, registered or not, backed by an in-process
    /// `SimulatedTransport` of it (see `simulated(_:simulation:pollingPolicy:configure:)`).
    public static func simulated(
        adapter: any VideoProviderAdapter, simulation: SimulatedTransport? = nil,
        pollingPolicy: PollingPolicy? = SimulatedTransport.polling, configure: (inout ClientConfiguration) -> Void = { _ in }
    ) -> VideoProvider {
        let transport = simulation ?? SimulatedTransport(adapter: adapter)
        let limiter = RateLimiter(requestsPerMinute: nil, concurrentTasks: adapter.descriptor.concurrentTasks)
        var configuration = ClientConfiguration(apiKey: APIKey("simulated-key"), transport: transport, rateLimiter: limiter)
        configure(&configuration)
        return VideoProvider(adapter: adapter, configuration: configuration, pollingPolicy: pollingPolicy)
    }

    /// Where requests go: `configuration.baseURL`, or the provider's documented host.
    public var baseURL: URL? {
        configuration.baseURL ?? URL(string: adapter.descriptor.defaultBaseURL)
    }

    /// How the provider's tasks are followed (the spec's `x-task`), shared by its create calls.
    public var taskDescriptor: TaskDescriptor { adapter.taskDescriptor }

    /// What the provider takes, as its spec says.
    public var capabilities: ProviderCapabilities { CapabilityTables.table(of: adapter) }

    /// Every reason the provider cannot run `job` as described, as sentences naming the job
    /// field; empty when it can. Sends nothing.
    public func check(_ job: VideoJob) -> [JobIncompatibility] {
        CompatibilityCheck(adapter: adapter, capabilities: capabilities).incompatibilities(of: job)
    }

    /// Checks `job`, takes a task slot (waiting while the provider's concurrent tasks are
    /// all taken) and submits it.
    ///
    /// The task id is read from the raw answer at the spec's task id pointers (a numeric id
    /// by its literal digits), before and independently of decoding the answer.
    ///
    /// - Throws: `.incompatible` with every reason (nothing sent), `.missingTaskID`, or
    ///   `.runtime` (`ViduError.outcomeUnknown` means the task may exist: look before
    ///   resubmitting; `.taskCreatedAnswerUnreadable` names a task that exists although its
    ///   answer did not decode: follow it, do not resubmit; `.cancelled` when cancelled
    ///   while waiting for a slot).
    public func submit(_ job: VideoJob) async throws(VideoJobError) -> VideoTask {
        let problems = check(job)
        guard problems.isEmpty else { throw .incompatible(problems) }
        guard let request = adapter.mapping(for: job).request else { throw .incompatible(check(job)) }
        let slot: TaskSlot
        do {
            slot = try await executor.rateLimiter.acquireTaskSlot()
        } catch {
            throw VideoJobError(error)
        }
        let taskID: String?
        do {
            // The generated create call reads the id from the raw answer (`CreatedTask.taskID`).
            taskID = try await request.submit(executor)
        } catch {
            if let rawID = adapter.taskDescriptor.taskID(in: error), !rawID.isEmpty {
                await slots.hold(slot, for: rawID)
                if case .taskCreatedAnswerUnreadable = error { throw VideoJobError(error) }
                throw .runtime(.taskCreatedAnswerUnreadable(operationID: request.operationID, taskID: rawID, reason: Self.reason(error)))
            }
            if Self.mayHaveCreatedTask(error) {
                await slots.holdUnclaimed(slot)
            } else {
                await slot.release()
            }
            throw VideoJobError(error)
        }
        guard let taskID, !taskID.isEmpty else {
            await slots.holdUnclaimed(slot)
            throw .missingTaskID(provider: id)
        }
        await slots.hold(slot, for: taskID)
        return VideoTask(provider: id, id: taskID)
    }

    /// Gives back the task slot held for `taskID` (or, for a task this provider did not
    /// submit, one kept after `.outcomeUnknown`), for a task you stop following before its
    /// final state. Releasing twice does nothing.
    public func releaseTaskSlot(of taskID: String) async {
        _ = await slots.claim(for: taskID)
        await slots.release(taskID)
    }

    /// Asks for the task's status once. A final state gives back the task's slot.
    public func status(of taskID: String) async throws(VideoJobError) -> JobStatus {
        let status: TaskStatus
        do {
            status = try await TaskWaiter(executor: executor).status(of: taskID, descriptor: adapter.taskDescriptor)
        } catch {
            throw VideoJobError(error)
        }
        if status.phase != .running { await slots.release(taskID) }
        return jobStatus(status)
    }

    /// Polls until the task succeeds, reporting every status seen. A final state gives back
    /// the task's slot; a time-out or cancellation keeps it (the task may still run). When the
    /// final status carries no video and the adapter names a `resultOperation`, that call
    /// fetches it (the adapter's `resultOperation`); a failed task's result call answers its error, thrown as `.failed` with
    /// the HTTP status as the code.
    ///
    /// - Throws: `.failed` with the provider's code and message, `.noVideo`, or `.runtime`
    ///   (`.timedOut` when the policy's deadline passes: the task may still run).
    public func wait(for taskID: String, progress: (@Sendable (JobStatus) -> Void)? = nil) async throws(VideoJobError) -> VideoResult {
        let outcome: TaskOutcome
        let provider = self
        var reportStatus: (@Sendable (TaskStatus) -> Void)?
        if let progress {
            reportStatus = { status in progress(provider.jobStatus(status)) }
        }
        let slot = await slots.claim(for: taskID)
        do {
            outcome = try await TaskWaiter(executor: executor).wait(
                for: taskID, descriptor: adapter.taskDescriptor, policy: pollingPolicy, releasing: slot, progress: reportStatus)
        } catch {
            if case .taskFailed = error { await slots.release(taskID) }
            throw VideoJobError(error)
        }
        await slots.release(taskID)
        var videoURLs = outcome.resultURLs
        if videoURLs.isEmpty, let operation = adapter.resultOperation {
            videoURLs = try await resultURLs(of: taskID, from: operation)
        }
        guard !videoURLs.isEmpty else { throw .noVideo(taskID: taskID) }
        return VideoResult(taskID: taskID, videoURLs: videoURLs, coverURL: outcome.coverURL)
    }

    /// Downloads the result's first video to `destination`, through the configuration's
    /// transport (`HTTPTransport.downloadResult`: the network with `downloader`, or the
    /// simulation's own files). The request carries no `Authorization` header: the key never
    /// goes to the file host.
    ///
    /// `destination` is the file to write (replaced if it exists), or an existing directory
    /// to save in as `result.defaultFileName` (`<task id>.mp4`, which must not exist yet).
    /// The destination is checked before any byte is fetched (`DownloadDestination`), and an
    /// interrupted download resumes where it stopped when the file host takes ranges (see
    /// `ResultDownloader`).
    public func download(
        _ result: VideoResult, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws(VideoJobError) -> DownloadedFile {
        guard let url = result.videoURLs.first else { throw .noVideo(taskID: result.taskID) }
        do {
            return try await configuration.transport.downloadResult(
                from: url, to: destination, defaultName: result.defaultFileName, downloader: downloader, progress: progress)
        } catch {
            if case .notAVideo(_, let reason) = error { throw .notAVideo(taskID: result.taskID, reason: reason) }
            throw VideoJobError(error)
        }
    }

    /// Submits, waits and downloads in one call.
    public func run(
        _ job: VideoJob, downloadingTo destination: URL, progress: (@Sendable (JobStatus) -> Void)? = nil
    ) async throws(VideoJobError) -> DownloadedFile {
        let task = try await submit(job)
        let result = try await wait(for: task.id, progress: progress)
        return try await download(result, to: destination)
    }

    /// A short reason for `.taskCreatedAnswerUnreadable`: the decoder's message without the body.
    static func reason(_ error: ViduError) -> String {
        if case .decoding(let failure) = error { return "cannot decode the answer: \(failure.message)" }
        return error.description
    }

    /// True when a failed create call may still have created a task, so its slot stays taken.
    static func mayHaveCreatedTask(_ error: ViduError) -> Bool {
        switch error {
        case .outcomeUnknown, .decoding, .taskCreatedAnswerUnreadable: return true
        default: return false
        }
    }

    /// The neutral reading of a provider status.
    func jobStatus(_ status: TaskStatus) -> JobStatus {
        let descriptor = adapter.taskDescriptor
        switch status.phase {
        case .succeeded:
            let outcome = descriptor.outcome(of: status)
            return .succeeded(videoURLs: outcome.resultURLs, cover: outcome.coverURL)
        case .failed:
            let failure = descriptor.failure(of: status)
            return .failed(code: failure.code, message: failure.message)
        case .running:
            return adapter.queuedStates.contains(status.state) ? .queued : .running(progress: status.progress)
        }
    }
}
