import ViduRuntime

/// The status bodies of a simulated task, from the spec alone: each step starts from a
/// documented status example in that state when there is one, otherwise from the richest
/// documented status body (a success, where documented; or the create answer, when the
/// status call answers the same schema), cleared of result and failure members and given
/// the step's state, progress, URLs or failure at the `x-task` paths.
struct StatusScript {
    /// The steps a task goes through.
    enum Step: CaseIterable {
        case queued, running, succeeded, failed
    }

    let task: TaskDescriptor
    /// The state of each step: the adapter's first queued state, the first documented state
    /// that is neither queued nor final, and the first succeeded and failed states.
    let states: [Step: String]
    /// The failure a derived failed body carries: the first documented failure code, or
    /// `simulated_failure`.
    let failure: (code: String, message: String)
    private let documented: [Step: (example: GeneratedProvider.Example, value: JSONValue)]
    private let base: (example: GeneratedProvider.Example, value: JSONValue)?
    /// False when a result call carries the video, so the final status gets no URL.
    private let resultInStatus: Bool

    init(
        provider: GeneratedProvider, task: TaskDescriptor, queuedStates: [String], knownStates: [String], knownErrorCodes: [String],
        createExample: GeneratedProvider.Example?, resultInStatus: Bool = true
    ) {
        self.task = task
        self.resultInStatus = resultInStatus
        let statusID = task.statusOperation.operationID
        var candidates = provider.responseExamples.filter { $0.operationID == statusID && $0.status.hasPrefix("2") }
        if let createExample, Self.sameSchema(provider, statusID, createExample) { candidates.append(createExample) }
        var documented: [Step: (GeneratedProvider.Example, JSONValue)] = [:]
        var parsed: [(GeneratedProvider.Example, JSONValue)] = []
        for example in candidates {
            guard let value = example.value, let state = TaskPath.text(at: task.state, in: value) else { continue }
            parsed.append((example, value))
            let step: Step = task.succeeded.contains(state) ? .succeeded : task.failed.contains(state) ? .failed
                : queuedStates.contains(state) ? .queued : .running
            if documented[step] == nil { documented[step] = (example, value) }
        }
        self.documented = documented
        self.base = documented[.succeeded] ?? parsed.first
        let final = Set(task.succeeded + task.failed + queuedStates)
        states = [
            .queued: queuedStates.first ?? knownStates.first { !final.contains($0) } ?? "queued",
            .running: knownStates.first { !final.contains($0) } ?? "running",
            .succeeded: task.succeeded.first ?? "succeeded",
            .failed: task.failed.first ?? "failed",
        ]
        failure = (knownErrorCodes.first ?? "simulated_failure", "the simulated task failed")
    }

    /// True when the status call's success body has the same generated type as the create
    /// call's answer (one gateway object for both), so the create example is a status too.
    private static func sameSchema(_ provider: GeneratedProvider, _ statusID: String, _ create: GeneratedProvider.Example) -> Bool {
        guard let status = provider.schemaEntries.responseEntry(operationID: statusID, status: 200),
              let answer = provider.schemaEntries.responseEntry(operationID: create.operationID, status: Int(create.status) ?? 200) else { return false }
        return status.typeName == answer.typeName
    }

    /// The body of `step`.
    func body(for step: Step) -> SimulatedBody {
        let own = documented[step]
        let start = own ?? base
        var template = start?.value ?? .object([:])
        var values: [String: String] = [:]
        var changes: [String] = []
        func put(_ value: JSONValue, at path: String, _ change: String) {
            template = TaskPathEditing.setting(value, at: path, in: template)
            changes.append(change)
        }
        if step == .succeeded, resultInStatus {
            if let url = task.resultURLs.lazy.compactMap({ TaskPath.text(at: $0, in: template) }).first {
                template = SimulatedBody.replacing(url, with: "$VIDEO_URL", in: template)
                values["$VIDEO_URL"] = url
            } else if let path = task.resultURLs.first {
                put(.string("$VIDEO_URL"), at: path, "result URL at \(path)")
            }
            if let path = task.coverURL {
                if let cover = TaskPath.text(at: path, in: template) {
                    template = SimulatedBody.replacing(cover, with: "$COVER_URL", in: template)
                    values["$COVER_URL"] = cover
                } else {
                    put(.string("$COVER_URL"), at: path, "cover URL at \(path)")
                }
            }
        }
        if let id = task.taskID(in: template) {
            template = SimulatedBody.replacing(id, with: "$TASK_ID", in: template)
            values["$TASK_ID"] = id
        }
        if own == nil {
            var cleared = [task.errorCode, task.errorMessage].compactMap { $0 }
            if step != .succeeded { cleared += task.resultURLs + [task.coverURL].compactMap { $0 } }
            for path in cleared where TaskPath.first(at: path, in: template) != nil {
                template = TaskPathEditing.removing(path, in: template)
                changes.append("cleared \(path)")
            }
            let state = states[step] ?? "running"
            put(.string(state), at: task.state, "state \(state)")
            if let progress = task.progress, step != .running {
                put(.number(step == .succeeded ? 100 : 0), at: progress, "progress at \(progress)")
            }
            if step == .failed {
                if let path = task.errorCode { put(.string(failure.code), at: path, "failure code at \(path)") }
                if let path = task.errorMessage { put(.string(failure.message), at: path, "failure message at \(path)") }
            }
        }
        if step == .running, let progress = task.progress {
            put(.string("$PROGRESS"), at: progress, "progress at \(progress)")
        }
        guard let example = start?.example else { return SimulatedBody(template: template, source: .derived(from: nil, changes: changes)) }
        return SimulatedBody(template: template, source: changes.isEmpty ? .documented(example, values: values) : .derived(from: example, changes: changes))
    }
}
