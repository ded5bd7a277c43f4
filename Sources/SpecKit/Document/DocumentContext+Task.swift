extension DocumentContext {
    /// An `x-task` as read, with where it was written, for the checks that need every operation.
    struct TaskSite {
        var task: TaskExtension
        var node: JSONNode
        var pointer: String
    }

    /// Reads an `x-task` object (see `TaskExtension`); nil after diagnosing a missing member.
    mutating func readTask(_ node: JSONNode, at pointer: String) -> TaskExtension? {
        guard let members = object(node, at: pointer, what: "'x-task'") else { return nil }
        checkKeys(members, at: pointer, rules: OpenAPIKeys.task, what: "x-task")
        let statusOperation = requiredString("statusOperation", of: node, at: pointer, what: "x-task")
        let statusParameter = requiredString("statusParameter", of: node, at: pointer, what: "x-task")
        let taskID = requiredList("taskId", of: node, at: pointer, arePaths: true)
        let state = requiredString("state", of: node, at: pointer, what: "x-task").flatMap { checkedPath($0, key: "state", of: node, at: pointer) }
        let succeeded = requiredList("succeeded", of: node, at: pointer, arePaths: false)
        let failed = requiredList("failed", of: node, at: pointer, arePaths: false)
        let resultURLs = requiredList("resultUrls", of: node, at: pointer, arePaths: true)
        let polling = readPolling(of: node, at: pointer)
        func optionalPath(_ key: String) -> String? {
            string(key, of: node, at: pointer).flatMap { checkedPath($0, key: key, of: node, at: pointer) }
        }
        let progress = optionalPath("progress")
        let coverURL = optionalPath("coverUrl")
        let errorCode = optionalPath("errorCode")
        let errorMessage = optionalPath("errorMessage")
        let estimatedSeconds = optionalPath("estimatedSeconds")
        let cancelOperation = string("cancelOperation", of: node, at: pointer)
        guard let statusOperation, let statusParameter, let taskID, let state, let succeeded, let failed, let resultURLs, let polling else {
            return nil
        }
        let task = TaskExtension(
            statusOperation: statusOperation, statusParameter: statusParameter, taskID: taskID, state: state,
            progress: progress, succeeded: succeeded, failed: failed, resultURLs: resultURLs, coverURL: coverURL,
            errorCode: errorCode, errorMessage: errorMessage, estimatedSeconds: estimatedSeconds,
            initialDelaySeconds: polling.initialDelay, intervalSeconds: polling.interval, cancelOperation: cancelOperation
        )
        taskSites.append(TaskSite(task: task, node: node, pointer: pointer))
        return task
    }

    /// A required, non-empty array of strings; with `arePaths`, each must be a task path.
    private mutating func requiredList(_ key: String, of node: JSONNode, at pointer: String, arePaths: Bool) -> [String]? {
        guard node[key] != nil else {
            collector.error("x-task has no '\(key)'", node: node, pointer: pointer)
            return nil
        }
        guard let list = strings(key, of: node, at: pointer) else { return nil }
        guard !list.isEmpty else {
            collector.error("'\(key)' must not be empty", node: node[key]!, pointer: JSONPointerText.appending(key, to: pointer))
            return nil
        }
        guard arePaths else { return list }
        let elements = node[key]?.elements ?? []
        for (index, path) in list.enumerated() where !Self.isTaskPath(path) {
            collector.error(
                "'\(path)' is not a JSON pointer", node: elements[index], pointer: JSONPointerText.appending(index, to: JSONPointerText.appending(key, to: pointer)),
                hint: "write a pointer such as \"/data/task_id\"; '*' visits array elements and '@json' parses a JSON string"
            )
        }
        return list
    }

    private mutating func checkedPath(_ path: String, key: String, of node: JSONNode, at pointer: String) -> String? {
        guard Self.isTaskPath(path) else {
            collector.error(
                "'\(path)' is not a JSON pointer", node: node[key]!, pointer: JSONPointerText.appending(key, to: pointer),
                hint: "write a pointer such as \"/data/status\"; '*' visits array elements and '@json' parses a JSON string"
            )
            return nil
        }
        return path
    }

    /// A JSON pointer, where `*` and `@json` segments are allowed as well (see `TaskExtension`).
    static func isTaskPath(_ path: String) -> Bool {
        JSONPointerText.tokens(of: path) != nil
    }

    private mutating func readPolling(of node: JSONNode, at pointer: String) -> (initialDelay: Double, interval: Double)? {
        let pollingPointer = pointer + "/polling"
        guard let polling = node["polling"] else {
            collector.error("x-task has no 'polling'", node: node, pointer: pointer, hint: "add \"polling\": {\"initialDelaySeconds\": 10, \"intervalSeconds\": 5} from the provider's advice")
            return nil
        }
        guard let members = object(polling, at: pollingPointer, what: "'polling'") else { return nil }
        checkKeys(members, at: pollingPointer, rules: OpenAPIKeys.polling, what: "polling")
        if polling["initialDelaySeconds"] == nil { collector.error("polling has no 'initialDelaySeconds'", node: polling, pointer: pollingPointer) }
        if polling["intervalSeconds"] == nil { collector.error("polling has no 'intervalSeconds'", node: polling, pointer: pollingPointer) }
        let initialDelay = positiveNumber("initialDelaySeconds", of: polling, at: pollingPointer, allowZero: true)
        let interval = positiveNumber("intervalSeconds", of: polling, at: pollingPointer)
        guard let initialDelay, let interval else { return nil }
        return (initialDelay, interval)
    }
}
