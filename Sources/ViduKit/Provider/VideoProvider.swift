import Foundation
import ViduRuntime

/// Runs `VideoJob`s on one provider: checks, submits, follows and downloads them through
/// the generated client of that provider.
///
/// ```swift
/// let provider = VideoProvider(.uniall, apiKey: APIKey(key))
/// let job = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street")
/// let problems = provider.check(job)            // [] when the provider can run it
/// let task = try await provider.submit(job)
/// let result = try await provider.wait(for: task.id) { status in print(status) }
/// let file = try await provider.download(result, to: URL(filePath: "boat.mp4"))
/// ```
///
/// Every method throws `VideoJobError`; none of them ever prints, logs or returns the key.
public struct VideoProvider: Sendable {
    /// The provider.
    public let id: VideoProviderID
    /// How requests are sent: key, base URL, transport, retries, clock.
    public let configuration: ClientConfiguration
    /// How `wait(for:progress:)` polls; nil follows the provider's documented advice
    /// (apixo: first poll after 60 s, then every 5 s; the others: 10 s, then 5 s).
    public var pollingPolicy: PollingPolicy?

    let adapter: any JobAdapter
    let executor: RequestExecutor

    /// A provider that sends with `configuration`.
    public init(_ id: VideoProviderID, configuration: ClientConfiguration, pollingPolicy: PollingPolicy? = nil) {
        self.id = id
        self.configuration = configuration
        self.pollingPolicy = pollingPolicy
        self.adapter = JobAdapters.adapter(for: id)
        self.executor = RequestExecutor(provider: adapter.descriptor, configuration: configuration)
    }

    /// A provider at its documented base URL (or `baseURL`) with the default transport,
    /// retries and polling.
    public init(_ id: VideoProviderID, apiKey: APIKey, baseURL: URL? = nil) {
        self.init(id, configuration: ClientConfiguration(apiKey: apiKey, baseURL: baseURL))
    }

    /// A provider backed by an in-process `ProviderSimulation`: no key, no network, short
    /// polling waits; downloads come from the simulation too.
    public static func simulated(
        _ id: VideoProviderID, simulation: ProviderSimulation? = nil, pollingPolicy: PollingPolicy? = ProviderSimulation.polling
    ) -> VideoProvider {
        let transport = simulation ?? ProviderSimulation(provider: id)
        let configuration = ClientConfiguration(
            apiKey: APIKey("simulated-key"), transport: transport,
            rateLimiter: RateLimiter(requestsPerMinute: nil, concurrentTasks: nil))
        return VideoProvider(id, configuration: configuration, pollingPolicy: pollingPolicy)
    }

    /// Where requests go: `configuration.baseURL`, or the provider's documented host.
    public var baseURL: URL? {
        configuration.baseURL ?? URL(string: adapter.descriptor.defaultBaseURL)
    }

    /// How the provider's tasks are followed (the spec's `x-task`), shared by its create calls.
    public var taskDescriptor: TaskDescriptor { adapter.taskDescriptor }

    /// What the provider takes, as its spec says.
    public var capabilities: ProviderCapabilities { .of(id) }

    /// Every reason the provider cannot run `job` as described, as sentences naming the job
    /// field; empty when it can. Sends nothing.
    public func check(_ job: VideoJob) -> [JobIncompatibility] {
        CompatibilityCheck(adapter: adapter, capabilities: capabilities).incompatibilities(of: job)
    }

    /// Checks `job` and submits it.
    ///
    /// - Throws: `.incompatible` with every reason (nothing sent), `.missingTaskID`, or
    ///   `.runtime` (`ViduError.outcomeUnknown` means the task may exist: look before resubmitting).
    public func submit(_ job: VideoJob) async throws(VideoJobError) -> VideoTask {
        let problems = check(job)
        guard problems.isEmpty else { throw .incompatible(problems) }
        guard let request = adapter.plan(job).request else { throw .incompatible(check(job)) }
        let taskID: String?
        do {
            taskID = try await request.submit(executor)
        } catch {
            throw VideoJobError(error)
        }
        guard let taskID, !taskID.isEmpty else { throw .missingTaskID(provider: id) }
        return VideoTask(provider: id, id: taskID)
    }

    /// Asks for the task's status once.
    public func status(of taskID: String) async throws(VideoJobError) -> JobStatus {
        do {
            return jobStatus(try await TaskWaiter(executor: executor).status(of: taskID, descriptor: adapter.taskDescriptor))
        } catch {
            throw VideoJobError(error)
        }
    }

    /// Polls until the task succeeds, reporting every status seen.
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
        do {
            outcome = try await TaskWaiter(executor: executor).wait(
                for: taskID, descriptor: adapter.taskDescriptor, policy: pollingPolicy, progress: reportStatus)
        } catch {
            throw VideoJobError(error)
        }
        guard !outcome.resultURLs.isEmpty else { throw .noVideo(taskID: taskID) }
        return VideoResult(taskID: taskID, videoURLs: outcome.resultURLs, coverURL: outcome.coverURL)
    }

    /// Downloads the result's first video to `destination`, replacing any file there. The
    /// request carries no `Authorization` header: the key never goes to the file host.
    public func download(
        _ result: VideoResult, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)? = nil
    ) async throws(VideoJobError) -> DownloadedFile {
        guard let url = result.videoURLs.first else { throw .noVideo(taskID: result.taskID) }
        do {
            if let simulation = configuration.transport as? ProviderSimulation {
                return try await TransportDownload(transport: simulation).download(from: url, to: destination, progress: progress)
            }
            return try await ResultDownloader().download(from: url, to: destination, progress: progress)
        } catch {
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
