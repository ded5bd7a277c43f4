import ViduRuntime

/// Maps provider-neutral `VideoJob`s onto one provider's generated create requests, and reads
/// its statuses back: everything ViduKit needs to know about a provider beyond its spec.
///
/// One conforming type per provider, in one file. ViduKit's own are listed in
/// `BuiltInAdapters`; an adapter of your own (for a spec you generate with the
/// `GenerateViduClients` plugin) is registered once with `VideoProviders.register(_:)`, or
/// passed straight to `VideoProvider(adapter:configuration:)` and
/// `VideoProvider.simulated(adapter:)`.
///
/// The rest comes from the provider's generated registry entry (`generated`): its id, display
/// name and key variable, base URL, auth scheme and limits, how to follow its tasks, its
/// schemas, and the documented examples the simulation plays.
///
/// ```swift
/// struct AcmeAdapter: VideoProviderAdapter {
///     var generated: GeneratedProvider { ProviderRegistry.acme }
///     let queuedStates = ["waiting"]
///     let fieldsByPointer: [String: JobField] = ["/prompt": .prompt, "/seconds": .duration]
///     func mapping(for job: VideoJob) -> JobMapping {
///         let body = Acme.CreateRequest(prompt: job.prompt, seconds: job.duration)
///         return .mapped(CreateRequest(
///             operationID: Acme.Operations.create.operationID, model: "acme-1", body: body,
///             unsent: job.setFields(among: JobField.settings), descriptor: taskDescriptor,
///             submit: { executor throws(ViduError) in
///                 try await Acme.Client(executor: executor).create(body).taskID
///             }))
///     }
/// }
/// ```
public protocol VideoProviderAdapter: Sendable {
    /// The provider as vidu-codegen generated it (`ProviderRegistry.<id>`).
    var generated: GeneratedProvider { get }
    /// How to follow any task of this provider (every create operation of a provider shares
    /// one status call). The default is the first create operation's task descriptor.
    var taskDescriptor: TaskDescriptor { get }
    /// Provider states that mean "accepted, not started"; the first is the state a simulated
    /// task starts in.
    var queuedStates: [String] { get }
    /// Which job field a request member (a JSON pointer's first segments) comes from, so a
    /// violation of the spec is reported against the job field at fault.
    var fieldsByPointer: [String: JobField] { get }
    /// The create request for `job`, or why the provider has nothing like it. A request that
    /// still breaks the spec's rules is fine: `VideoProvider.check(_:)` reports its violations.
    func mapping(for job: VideoJob) -> JobMapping
    /// The operation that answers a finished task's output, for a provider whose final status
    /// carries no video (a queue that keeps the output behind a result call). It takes
    /// the task id as the status operation does; the video URLs are read from its success body
    /// at the task descriptor's `resultURLs`. The default, nil, means the status is the result.
    var resultOperation: OperationDescriptor? { get }
}

extension VideoProviderAdapter {
    /// The provider's id: its spec file's base name.
    public var id: VideoProviderID { VideoProviderID(generated.id) }

    /// The provider's descriptor (id, display name, key variable, base URL, auth scheme, limits).
    public var descriptor: ProviderDescriptor { generated.descriptor }

    /// The first create operation's task descriptor.
    public var taskDescriptor: TaskDescriptor {
        guard let first = generated.tasks.first else {
            preconditionFailure("\(generated.specFile) has no operation with x-task, so no job can run on \(generated.id)")
        }
        return first.descriptor
    }

    /// No result call: the final status carries the video.
    public var resultOperation: OperationDescriptor? { nil }

    /// The job field behind the request member at `pointer`: the longest known prefix, or
    /// `.mode` for rules about the whole body.
    public func field(for pointer: String) -> JobField {
        var segments = pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while segments.count > 1 {
            if let field = fieldsByPointer[segments.joined(separator: "/")] { return field }
            segments.removeLast()
        }
        return .mode
    }
}
