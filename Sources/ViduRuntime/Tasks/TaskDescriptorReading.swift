import Foundation

extension TaskDescriptor {
    /// The task id in a create call's response: the first of the `taskID` paths that holds
    /// a string or a number.
    public func taskID(in createResponse: JSONValue) -> String? {
        for path in taskID {
            if let id = TaskPath.text(at: path, in: createResponse) { return id }
        }
        return nil
    }

    /// The task id in a create call's raw body, read before and independently of any typed
    /// decoding: the first of the `taskID` paths that holds a non-empty string or a number.
    /// A number is taken as its literal text, so an 18-digit id sent as a JSON number keeps
    /// every digit. Nil when the body is not JSON or has no id there.
    public func taskID(inRawBody body: Data) -> String? {
        guard !body.isEmpty, let document = try? JSONText.parseNode(body) else { return nil }
        for path in taskID {
            if let id = document.values(at: path).lazy.compactMap(\.text).first { return id }
        }
        return nil
    }

    /// The task id that a failed create call's error still shows: the id in an undecodable
    /// body (`.decoding`), or the one `.taskCreatedAnswerUnreadable` names. Nil otherwise.
    public func taskID(in error: ViduError) -> String? {
        switch error {
        case .decoding(let failure): return taskID(inRawBody: failure.body)
        case .taskCreatedAnswerUnreadable(_, let taskID, _): return taskID
        default: return nil
        }
    }

    /// The task id in a create call's raw response; `.decoding` when it is missing.
    public func taskID(in response: HTTPResponse, redactingWith key: APIKey) throws(ViduError) -> String {
        if let id = taskID(inRawBody: response.body) { return id }
        let json = try response.json(operationID: "create", redactingWith: key)
        guard let id = taskID(in: json) else {
            throw .decoding(DecodingFailure(
                operationID: statusOperation.operationID, status: response.status,
                message: "no task id at \(taskID.joined(separator: " or "))", bodySnippet: response.bodySnippet(redactingWith: key)))
        }
        return id
    }

    /// Reads a status document (or a callback body of the same shape). Nil when it has no
    /// state at `state`.
    public func status(of document: JSONValue, taskID knownID: String? = nil) -> TaskStatus? {
        guard let state = TaskPath.text(at: self.state, in: document) else { return nil }
        let phase: TaskPhase
        if succeeded.contains(state) {
            phase = .succeeded
        } else if failed.contains(state) {
            phase = .failed
        } else {
            phase = .running
        }
        return TaskStatus(
            taskID: knownID ?? taskID(in: document) ?? "",
            state: state,
            phase: phase,
            progress: progress.flatMap { TaskPath.number(at: $0, in: document) },
            estimatedSeconds: estimatedSeconds.flatMap { TaskPath.number(at: $0, in: document) },
            raw: document)
    }

    /// The result and cover URLs of a succeeded status, deduplicated in document order.
    public func outcome(of status: TaskStatus) -> TaskOutcome {
        var seen = Set<String>()
        var urls: [URL] = []
        for path in resultURLs {
            for text in TaskPath.texts(at: path, in: status.raw) where seen.insert(text).inserted {
                if let url = URL(string: text) { urls.append(url) }
            }
        }
        let cover = coverURL.flatMap { TaskPath.text(at: $0, in: status.raw) }.flatMap { URL(string: $0) }
        return TaskOutcome(taskID: status.taskID, resultURLs: urls, coverURL: cover, raw: status.raw)
    }

    /// The provider's failure code and message in a failed status.
    public func failure(of status: TaskStatus) -> (code: String?, message: String?) {
        (errorCode.flatMap { TaskPath.text(at: $0, in: status.raw) }, errorMessage.flatMap { TaskPath.text(at: $0, in: status.raw) })
    }
}
