import SpecKit

/// `x-task`: how the generated `wait(for:)` follows a task. Status bodies are received, so
/// its paths and state lists are response-side; the cancel operation is a request.
struct TaskDiff {
    let walker: SchemaDiff

    private func record(_ kind: ChangeKind, _ summary: String, side: ChangeSide = .response, at location: String, wire: WireImpact, swift: SwiftImpact = .none) {
        walker.record(SpecChange(provider: walker.provider, side: side, location: location, kind: kind, summary: summary, wire: wire, swift: swift))
    }

    func compare(_ a: TaskExtension?, _ b: TaskExtension?, owner: String) {
        let location = "\(owner) x-task"
        switch (a, b) {
        case (nil, _?):
            record(.taskAdded, "x-task added (the client gains wait(for:) for this operation)", at: location, wire: .compatible, swift: .additive)
        case (_?, nil):
            record(.taskRemoved, "x-task removed (wait(for:) for this operation is gone)", at: location, wire: .compatible, swift: .sourceBreaking)
        case (let a?, let b?):
            compare(a, b, at: location)
        case (nil, nil):
            break
        }
    }

    private func compare(_ a: TaskExtension, _ b: TaskExtension, at location: String) {
        if a.statusOperation != b.statusOperation || a.statusParameter != b.statusParameter {
            record(.taskStatusOperationChanged, "status call \(a.statusOperation)(\(a.statusParameter)) became \(b.statusOperation)(\(b.statusParameter))",
                   side: .request, at: location, wire: .breaking)
        }
        // Lists of paths are tried in order: a removed path may stop finding a value; an added one only finds more.
        for (name, old, new) in [("taskId", a.taskID, b.taskID), ("resultUrls", a.resultURLs, b.resultURLs)] where old != new {
            let removed = old.filter { !new.contains($0) }
            record(.taskPathChanged, "\(name) paths \(old) became \(new)", at: location + "." + name,
                   wire: removed.isEmpty ? .compatible : .breaking)
        }
        let single: [(String, String?, String?)] = [
            ("state", a.state, b.state), ("progress", a.progress, b.progress), ("coverUrl", a.coverURL, b.coverURL),
            ("errorCode", a.errorCode, b.errorCode), ("errorMessage", a.errorMessage, b.errorMessage),
            ("estimatedSeconds", a.estimatedSeconds, b.estimatedSeconds),
        ]
        for (name, old, new) in single where old != new {
            record(.taskPathChanged, "\(name) path \(old ?? "none") became \(new ?? "none")", at: location + "." + name,
                   wire: old != nil && new != nil ? .breaking : .compatible)
        }
        for (name, old, new) in [("succeeded", a.succeeded, b.succeeded), ("failed", a.failed, b.failed)] {
            for state in new where !old.contains(state) {
                record(.taskStateAdded, "state \"\(state)\" now ends polling as \(name)", at: location + "." + name, wire: .compatible)
            }
            for state in old where !new.contains(state) {
                record(.taskStateRemoved, "state \"\(state)\" no longer ends polling as \(name) (a task in it is polled until the timeout)",
                       at: location + "." + name, wire: .breaking)
            }
        }
        if a.initialDelaySeconds != b.initialDelaySeconds || a.intervalSeconds != b.intervalSeconds {
            record(.taskPollingChanged, "polling {\(SchemaFingerprint.number(a.initialDelaySeconds)), \(SchemaFingerprint.number(a.intervalSeconds))} became "
                   + "{\(SchemaFingerprint.number(b.initialDelaySeconds)), \(SchemaFingerprint.number(b.intervalSeconds))} (first poll, interval in seconds)",
                   at: location + ".polling", wire: .compatible)
        }
        switch (a.cancelOperation, b.cancelOperation) {
        case (nil, let name?):
            record(.taskCancelAdded, "tasks can be cancelled with \(name)", side: .request, at: location + ".cancelOperation", wire: .relaxing)
        case (let name?, nil):
            record(.taskCancelRemoved, "tasks can no longer be cancelled with \(name)", side: .request, at: location + ".cancelOperation", wire: .breaking)
        case (let x?, let y?) where x != y:
            record(.taskCancelRemoved, "cancel operation \(x) became \(y)", side: .request, at: location + ".cancelOperation", wire: .breaking)
        default:
            break
        }
    }
}
