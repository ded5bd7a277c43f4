import Foundation

/// Follows a task to its end by polling its status operation, as its `TaskDescriptor` says.
///
/// - Unknown states count as still running.
/// - Each status call goes through the executor, so it is paced and retried like any GET;
///   a status call that still fails after its retries is tolerated up to
///   `PollingPolicy.maxConsecutiveFailures` times in a row when the failure is transient.
/// - Passing the deadline throws `.timedOut` (the task may still run); cancelling the Swift
///   task throws `.cancelled` at once, even in the middle of a sleep.
public struct TaskWaiter: Sendable {
    /// The executor that sends the status calls.
    public let executor: RequestExecutor

    /// Creates a waiter that polls through `executor`.
    public init(executor: RequestExecutor) {
        self.executor = executor
    }

    /// Asks for the status once.
    ///
    /// - Parameter pathParameters: other path parameters of the status operation, if any.
    public func status(of taskID: String, descriptor: TaskDescriptor, pathParameters: [String: String] = [:]) async throws(ViduError) -> TaskStatus {
        let operation = descriptor.statusOperation
        var path = pathParameters
        var query: [(name: String, value: String)] = []
        if descriptor.statusParameterInQuery {
            query.append((descriptor.statusParameter, taskID))
        } else {
            path[descriptor.statusParameter] = taskID
        }
        let response = try await executor.sendRaw(operation, pathParameters: path, query: query)
        let key = executor.configuration.apiKey
        let document = try response.json(operationID: operation.operationID, redactingWith: key)
        guard let status = descriptor.status(of: document, taskID: taskID) else {
            throw .decoding(DecodingFailure(
                operationID: operation.operationID, status: response.status,
                message: "no task state at \(descriptor.state)", bodySnippet: response.bodySnippet(redactingWith: key)))
        }
        return status
    }

    /// Polls until the task succeeds (returning its results) or fails (throwing
    /// `.taskFailed` with the provider's code and message).
    ///
    /// - Parameters:
    ///   - policy: nil uses `PollingPolicy.default(for: descriptor)`.
    ///   - slot: a task slot to release when a final state is seen. It is kept on
    ///     `.timedOut`, `.cancelled` and other errors, since the task may still run.
    ///   - pathParameters: other path parameters of the status operation, if any.
    ///   - progress: called with every status seen, in order.
    public func wait(
        for taskID: String, descriptor: TaskDescriptor, policy: PollingPolicy? = nil, releasing slot: TaskSlot? = nil,
        pathParameters: [String: String] = [:], progress: (@Sendable (TaskStatus) -> Void)? = nil
    ) async throws(ViduError) -> TaskOutcome {
        let policy = policy ?? .default(for: descriptor)
        let clock = executor.configuration.clock
        let start = clock.now
        var delay = policy.initialDelay
        var failuresInARow = 0
        var lastState: String?
        func elapsed() -> Duration { .clampedSeconds(clock.now.timeIntervalSince(start)) }
        func timedOut() -> ViduError { .timedOut(taskID: taskID, waited: elapsed(), lastState: lastState) }

        while true {
            var pause = delay
            if let deadline = policy.deadline {
                let remaining = deadline - elapsed()
                if remaining <= .zero { throw timedOut() }
                pause = min(pause, remaining)
            }
            do {
                try await clock.sleep(for: pause)
            } catch {
                throw .cancelled
            }
            if Task.isCancelled { throw .cancelled }
            let status: TaskStatus
            do {
                status = try await self.status(of: taskID, descriptor: descriptor, pathParameters: pathParameters)
                failuresInARow = 0
            } catch {
                guard Self.isTransient(error) else { throw error }
                failuresInARow += 1
                if failuresInARow >= policy.maxConsecutiveFailures { throw error }
                if let deadline = policy.deadline, elapsed() >= deadline { throw timedOut() }
                delay = policy.interval
                continue
            }
            lastState = status.state
            progress?(status)
            switch status.phase {
            case .succeeded:
                await slot?.release()
                return descriptor.outcome(of: status)
            case .failed:
                await slot?.release()
                let failure = descriptor.failure(of: status)
                throw .taskFailed(code: failure.code, message: failure.message ?? "state \(status.state)")
            case .running:
                if let deadline = policy.deadline, elapsed() >= deadline { throw timedOut() }
                delay = policy.delay(after: status)
            }
        }
    }

    /// Like `wait(for:descriptor:policy:releasing:pathParameters:progress:)`, yielding every
    /// status to `updates` and finishing it when waiting ends, however it ends.
    public func wait(
        for taskID: String, descriptor: TaskDescriptor, policy: PollingPolicy? = nil, releasing slot: TaskSlot? = nil,
        pathParameters: [String: String] = [:], updates: AsyncStream<TaskStatus>.Continuation
    ) async throws(ViduError) -> TaskOutcome {
        defer { updates.finish() }
        return try await wait(
            for: taskID, descriptor: descriptor, policy: policy, releasing: slot, pathParameters: pathParameters,
            progress: { status in updates.yield(status) })
    }

    /// Failures worth another status call later.
    static func isTransient(_ error: ViduError) -> Bool {
        switch error {
        case .transport, .decoding: return true
        case .http(let failure): return failure.status == 429 || failure.status >= 500
        default: return false
        }
    }
}
