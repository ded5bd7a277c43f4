import SpecKit

/// Plans the namespace enum and what the runtime needs to know about the provider: its
/// descriptor, one `OperationDescriptor` per operation and one `TaskDescriptor` per `x-task`.
struct NamespacePlanner {
    let context: PlanningContext

    /// The provider's short name: the spec file's base name (`specs/<name>.json` → `<name>`).
    var providerName: String { context.document.providerID }

    func plan() -> [Declaration] {
        let document = context.document
        var doc = [document.title + " (API version \(document.version))"]
        if let description = document.description { doc.append(description) }
        doc.append("Generated from `\(document.file)`. Types, the client and the compiled schemas are nested here.")
        var members: [Declaration] = [provider(), .enumeration(operations())]
        let tasks = self.tasks()
        if !tasks.members.isEmpty { members.append(.enumeration(tasks)) }
        return [.enumeration(TypeDeclaration(doc: DocComment(doc), name: context.namespace, members: members))]
    }

    private func provider() -> Declaration {
        let document = context.document
        var arguments = [Argument("name", .literal(.string(providerName)))]
        if let name = document.providerInfo?.displayName { arguments.append(Argument("displayName", .literal(.string(name)))) }
        if let variable = document.providerInfo?.keyEnvironmentVariable {
            arguments.append(Argument("keyEnvironmentVariable", .literal(.string(variable))))
        }
        arguments += [
            Argument("defaultBaseURL", .literal(.string(document.servers.first?.url ?? ""))),
            Argument("authScheme", .literal(.string(document.auth.scheme))),
        ]
        // Only when it is not the runtime's default, `Authorization: <authScheme> <key>`.
        if !document.auth.isDefaultPlacement {
            let placement: Expression
            switch document.auth.placement {
            case .header(let name, let prefix):
                placement = .call(.member(nil, "header"), [
                    Argument("name", .literal(.string(name))), Argument("prefix", prefix.map { .literal(.string($0)) } ?? .literal(.nil)),
                ])
            case .query(let name): placement = .call(.member(nil, "query"), [Argument("name", .literal(.string(name)))])
            case .cookie(let name): placement = .call(.member(nil, "cookie"), [Argument("name", .literal(.string(name)))])
            case .unauthenticated: placement = .member(nil, "unauthenticated")
            }
            arguments.append(Argument("authPlacement", placement))
        }
        if let limit = document.rateLimits?.requestsPerMinute { arguments.append(Argument("requestsPerMinute", .literal(.int(limit)))) }
        if let limit = document.rateLimits?.concurrentTasks { arguments.append(Argument("concurrentTasks", .literal(.int(limit)))) }
        return .property(PropertyDeclaration(
            doc: DocComment(["The provider: id, display name, key variable, documented base URL, `Authorization` scheme and rate limits."]),
            isStatic: true, name: "provider", type: .named(RuntimeSymbols.providerDescriptor),
            kind: .constant(.multilineCall(.identifier(RuntimeSymbols.providerDescriptor), arguments))
        ))
    }

    /// The Swift name of an operation's descriptor and client method.
    static func memberName(_ operation: Operation) -> String {
        SwiftName.escaped(SwiftName.member(operation.operationID))
    }

    private func operations() -> TypeDeclaration {
        let members: [Declaration] = context.document.operations.map { operation in
            .property(PropertyDeclaration(
                doc: DocComment(["`\(operation.method) \(operation.path)`" + (operation.summary.map { ": " + $0 } ?? "")]),
                isStatic: true, name: Self.memberName(operation), type: .named(RuntimeSymbols.operationDescriptor),
                kind: .constant(.multilineCall(.identifier(RuntimeSymbols.operationDescriptor), [
                    Argument("operationID", .literal(.string(operation.operationID))),
                    Argument("method", .literal(.string(operation.method))),
                    Argument("pathTemplate", .literal(.string(operation.path))),
                    Argument("createsTask", .literal(.bool(operation.task != nil))),
                ] + parameterArgument(operation)))
            ))
        }
        return TypeDeclaration(doc: DocComment(["The provider's operations, as the runtime sends them."]), name: "Operations", members: members)
    }

    /// `parameters: [ParameterDescriptor("task_id", in: .path, schemaRoot: 12), …]` in the
    /// client's order, when the operation has parameters.
    private func parameterArgument(_ operation: Operation) -> [Argument] {
        let parameters = ClientPlanner.orderedParameters(operation)
        guard !parameters.isEmpty else { return [] }
        return [Argument("parameters", .array(parameters.map { parameter in
            var arguments = [Argument(nil, .literal(.string(parameter.name))), Argument("in", .member(nil, parameter.location.rawValue))]
            if let root = context.parameterRoots[ParameterKey.text(operationID: operation.operationID, parameter)] {
                arguments.append(Argument("schemaRoot", .literal(.int(root))))
            }
            return .call(.identifier(RuntimeSymbols.parameterDescriptor), arguments)
        }, multiline: true))]
    }

    /// `cancelOperation: Operations.cancelTask` when the `x-task` names a cancel operation
    /// (SpecKit has checked that it exists).
    private func cancelArgument(_ task: TaskExtension) -> [Argument] {
        guard let name = task.cancelOperation, let cancel = context.document.operations.first(where: { $0.operationID == name }) else { return [] }
        return [Argument("cancelOperation", .member(.identifier("Operations"), Self.memberName(cancel)))]
    }

    private func tasks() -> TypeDeclaration {
        var members: [Declaration] = []
        for operation in context.document.operations {
            guard let task = operation.task else { continue }
            guard let status = context.document.operations.first(where: { $0.operationID == task.statusOperation }) else {
                context.report("x-task names the status operation '\(task.statusOperation)', which the spec does not define",
                               file: context.document.file, location: operation.source.location, pointer: operation.source.pointer + "/x-task",
                               hint: "use the operationId of the GET call that returns the task's state")
                continue
            }
            guard let parameter = status.parameters.first(where: { $0.name == task.statusParameter }) else {
                context.report("x-task names the status parameter '\(task.statusParameter)', which '\(status.operationID)' does not have",
                               file: context.document.file, location: operation.source.location, pointer: operation.source.pointer + "/x-task",
                               hint: "use the name of the path or query parameter that takes the task id")
                continue
            }
            func strings(_ values: [String]) -> Expression { .array(values.map { .literal(.string($0)) }, multiline: false) }
            func optional(_ value: String?) -> Expression { value.map { .literal(.string($0)) } ?? .literal(.nil) }
            members.append(.property(PropertyDeclaration(
                doc: DocComment(["How to follow a task that `\(operation.operationID)` starts."]),
                isStatic: true, name: Self.memberName(operation), type: .named(RuntimeSymbols.taskDescriptor),
                kind: .constant(.multilineCall(.identifier(RuntimeSymbols.taskDescriptor), [
                    Argument("statusOperation", .member(.identifier("Operations"), Self.memberName(status))),
                    Argument("statusParameter", .literal(.string(task.statusParameter))),
                    Argument("statusParameterInQuery", .literal(.bool(parameter.location == .query))),
                    Argument("taskID", strings(task.taskID)),
                    Argument("state", .literal(.string(task.state))),
                    Argument("progress", optional(task.progress)),
                    Argument("succeeded", strings(task.succeeded)),
                    Argument("failed", strings(task.failed)),
                    Argument("resultURLs", strings(task.resultURLs)),
                    Argument("coverURL", optional(task.coverURL)),
                    Argument("errorCode", optional(task.errorCode)),
                    Argument("errorMessage", optional(task.errorMessage)),
                    Argument("estimatedSeconds", optional(task.estimatedSeconds)),
                    Argument("initialDelaySeconds", .literal(.double(task.initialDelaySeconds))),
                    Argument("intervalSeconds", .literal(.double(task.intervalSeconds))),
                ] + cancelArgument(task)))
            )))
        }
        return TypeDeclaration(doc: DocComment(["How to follow the tasks that create operations start (the spec's `x-task`)."]), name: "Tasks", members: members)
    }
}
