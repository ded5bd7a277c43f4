import ViduRuntime

/// One provider's documented conversation as the simulation plays it, derived from its spec
/// (the generated registry entry) and its adapter, with nothing written per provider: the
/// create answer, a queued status, running statuses with rising progress, and the success
/// with a video URL (or the failure with a code and message), plus the error body.
///
/// Each body starts from the spec's own examples where it has them (see
/// `SimulatedBody.Source`), and the `x-task` paths put the task id, state, progress, URLs and
/// failure where the client reads them (`StatusScript`, `ErrorScript`).
struct SimulationScript: Sendable {
    /// The create operations and the compiled schema of each request body.
    let creates: [(operation: OperationDescriptor, entry: SchemaEntry?)]
    /// How tasks are followed (the status call and where the id goes).
    let task: TaskDescriptor
    /// The task id of the documented create answer, used for the first simulated task.
    let documentedTaskID: String
    /// The create call's success body.
    let created: SimulatedBody
    /// The first status: accepted, not started.
    let queued: SimulatedBody
    /// A status while generating.
    let running: SimulatedBody
    /// The final status of a task that succeeds.
    let succeeded: SimulatedBody
    /// The final status of a task that fails, with a code and message.
    let failed: SimulatedBody
    /// An error answer, with `$STATUS` and `$MESSAGE`.
    let error: SimulatedBody
    /// The adapter's result call, when the final status carries no video.
    let resultOperation: OperationDescriptor?
    /// That call's answer, with `$VIDEO_URL`.
    let result: SimulatedBody?

    /// The task id the simulation uses when the spec documents no create answer with one.
    static let fallbackTaskID = "task_simulated"

    /// The script of `adapter`'s provider.
    init(adapter: any VideoProviderAdapter) {
        let provider = adapter.generated
        let task = adapter.taskDescriptor
        let createOperations = provider.operations.filter(\.createsTask)
        self.creates = createOperations.map { ($0, provider.schemaEntries.entry(operationID: $0.operationID, kind: .request)) }
        self.task = task
        let createExample = createOperations.lazy.compactMap { operation in
            provider.responseExamples.first { $0.operationID == operation.operationID && $0.status.hasPrefix("2") }
        }.first
        if let example = createExample, let value = example.value, let id = task.taskID(in: value) {
            documentedTaskID = id
            created = SimulatedBody(
                template: SimulatedBody.replacing(id, with: "$TASK_ID", in: value),
                source: .documented(example, values: ["$TASK_ID": id]))
        } else {
            documentedTaskID = Self.fallbackTaskID
            let path = task.taskID.first ?? "/id"
            created = SimulatedBody(
                template: TaskPathEditing.setting(.string("$TASK_ID"), at: path, in: createExample?.value ?? .object([:])),
                source: .derived(from: createExample, changes: ["task id at \(path)"]))
        }
        let entry = provider.tasks.first { $0.descriptor == task } ?? provider.tasks.first
        let statuses = StatusScript(
            provider: provider, task: task, queuedStates: adapter.queuedStates, knownStates: entry?.knownStates ?? [],
            knownErrorCodes: entry?.knownErrorCodes ?? [], createExample: createExample,
            resultInStatus: adapter.resultOperation == nil)
        queued = statuses.body(for: .queued)
        running = statuses.body(for: .running)
        succeeded = statuses.body(for: .succeeded)
        failed = statuses.body(for: .failed)
        error = ErrorScript(provider: provider).body()
        resultOperation = adapter.resultOperation
        result = adapter.resultOperation.map { Self.resultBody(of: $0, provider: provider, task: task) }
    }

    /// The result call's answer: its documented success example with the URL as `$VIDEO_URL`,
    /// or the URL alone at the first `x-task` result path.
    static func resultBody(of operation: OperationDescriptor, provider: GeneratedProvider, task: TaskDescriptor) -> SimulatedBody {
        let example = provider.responseExamples.first { $0.operationID == operation.operationID && $0.status.hasPrefix("2") }
        if let example, let value = example.value,
           let url = task.resultURLs.lazy.compactMap({ TaskPath.text(at: $0, in: value) }).first {
            return SimulatedBody(
                template: SimulatedBody.replacing(url, with: "$VIDEO_URL", in: value), source: .documented(example, values: ["$VIDEO_URL": url]))
        }
        let path = task.resultURLs.first ?? "/url"
        return SimulatedBody(
            template: TaskPathEditing.setting(.string("$VIDEO_URL"), at: path, in: example?.value ?? .object([:])),
            source: .derived(from: example, changes: ["result URL at \(path)"]))
    }
}
