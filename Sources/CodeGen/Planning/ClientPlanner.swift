import SpecKit

/// Plans `<Namespace>.Client`: one `async throws(ViduError)` method per operation, a thin
/// typed wrapper over the runtime's `RequestExecutor.perform` (which checks the body and the
/// parameters by their schema roots before anything is sent); plus `wait(for:following:)`
/// for providers with `x-task`.
struct ClientPlanner {
    let context: PlanningContext

    /// The client, and the types its parameters need (declared in the namespace).
    func plan(_ models: PlannedModels) -> (client: Declaration, parameterTypes: [Declaration]) {
        let namespace = context.namespace
        var members: [Declaration] = [
            .property(PropertyDeclaration(doc: DocComment(["Sends every request: authentication, base URL, retries and pacing."]),
                                          access: .public, name: "executor", type: .named(RuntimeSymbols.requestExecutor), kind: .stored)),
            .function(FunctionDeclaration(
                doc: DocComment(["A client that sends with `configuration` to the provider's documented base URL (or `configuration.baseURL`)."]),
                kind: .initializer, parameters: [ParameterDeclaration(name: "configuration", type: .named(RuntimeSymbols.clientConfiguration))],
                body: [.line("self.executor = \(RuntimeSymbols.requestExecutor)(provider: \(namespace).provider, configuration: configuration)")]
            )),
            .function(FunctionDeclaration(
                doc: DocComment(["A client that sends through `executor`; share one executor per provider and key."]),
                kind: .initializer, parameters: [ParameterDeclaration(name: "executor", type: .named(RuntimeSymbols.requestExecutor))],
                body: [.line("self.executor = executor")]
            )),
        ]
        var parameterTypes: [Declaration] = []
        for operation in context.document.operations {
            members += method(for: operation, models: models, parameterTypes: &parameterTypes).map(Declaration.function)
        }
        members += taskMembers(models)
        let client = Declaration.extensionOf(ExtensionDeclaration(extendedType: namespace, members: [
            .structure(TypeDeclaration(
                doc: DocComment(["A client for \(context.document.title). Each method checks the request against the spec before sending it, and throws `ViduError`."]),
                name: "Client", conformances: ["Sendable"], members: members
            )),
        ]))
        return (client, parameterTypes)
    }

    /// The order of an operation's parameters in its client method and in its
    /// `OperationDescriptor`: path, required query, optional query, header, cookie; within
    /// each group, the spec's order.
    static func orderedParameters(_ operation: Operation) -> [Parameter] {
        func group(_ parameter: Parameter) -> Int {
            switch parameter.location {
            case .path: return 0
            case .query: return parameter.required ? 1 : 2
            case .header: return 3
            case .cookie: return 4
            }
        }
        // Stable: the spec's order within each group.
        return operation.parameters.enumerated()
            .sorted { (group($0.element), $0.offset) < (group($1.element), $1.offset) }
            .map(\.element)
    }

    /// One method: its arguments, then a single `executor.perform` that checks the body and
    /// every parameter by its schema root, sends, and decodes. An operation that answers a
    /// file has a second method, the same arguments plus `to:` and `progress:`, that streams
    /// it to disk.
    private func method(for operation: Operation, models: PlannedModels, parameterTypes: inout [Declaration]) -> [FunctionDeclaration] {
        let namespace = context.namespace
        let memberName = NamespacePlanner.memberName(operation)
        var parameters: [ParameterDeclaration] = []
        var docLines: [String] = []
        var values: [String] = []
        var labels: [(String, String, SchemaSource)] = []
        var bodyArgument: String?
        if let requestBody = operation.requestBody, let (requestType, argument) = MediaPlanning.requestBody(requestBody, of: operation, models: models) {
            let optionalBody = !requestBody.required
            parameters.append(ParameterDeclaration(label: "_", name: "body", type: optionalBody ? .optional(.named(requestType)) : .named(requestType),
                                                   defaultValue: optionalBody ? .literal(.nil) : nil))
            docLines.append("  - body: " + (requestBody.description ?? "The request body.").replacing("\n", with: " "))
            bodyArgument = argument
        }
        for parameter in Self.orderedParameters(operation) {
            let typeName = SwiftName.type(operation.operationID) + SwiftName.type(parameter.name)
            let resolved = TypeResolver(context: context).resolve(parameter.schema, name: typeName)
            parameterTypes += resolved.nested
            var type = resolved.type
            if type == .named(typeName) { type = .named("\(namespace).\(typeName)") }
            context.parameterTypes[ParameterKey.text(operationID: operation.operationID, parameter)] = resolved.nullable ? type.optional : type
            let label = SwiftName.escaped(SwiftName.member(parameter.name))
            let swiftName = Self.bodyNames.contains(label) ? "_" + label : label
            labels.append((parameter.name, label, parameter.schema.source))
            parameters.append(ParameterDeclaration(label: label == swiftName ? nil : label, name: swiftName, type: parameter.required ? type : type.optional,
                                                   defaultValue: parameter.required ? nil : .literal(.nil)))
            values.append(swiftName + (parameter.required ? "" : "?") + ".jsonValue")
            docLines.append("  - \(label.replacing("`", with: "")): " + (parameter.description ?? "The `\(parameter.name)` \(parameter.location.rawValue) parameter.").replacing("\n", with: " "))
        }
        NameChecker(context: context).checkDistinct(labels, what: "parameter", in: "'\(operation.operationID)'")
        var arguments = ["\(namespace).Operations.\(memberName)", "schemas: \(namespace).schemaTable"]
        if !values.isEmpty { arguments.append("parameters: [" + values.joined(separator: ", ") + "]") }
        if let bodyArgument { arguments.append("body: " + bodyArgument) }
        let successType = models.bodies.first { body in
            if body.operationID == operation.operationID, case .response(let status) = body.kind { return status.hasPrefix("2") }
            return false
        }?.typeName
        var returnType: SwiftType?
        let statement: Statement
        var download: FunctionDeclaration?
        if let successType {
            if let task = taskMember(of: operation) {
                arguments.append("task: \(namespace).Tasks.\(task)")
                returnType = .named("\(RuntimeSymbols.createdTask)<\(successType)>")
            } else {
                returnType = .named(successType)
            }
            arguments.append("as: \(successType).self")
            statement = .line("try await executor.perform(\(arguments.joined(separator: ", ")))")
        } else if let answer = MediaPlanning(context: context).answer(of: operation) {
            returnType = .named(answer.type)
            arguments.append("accepting: " + ExpressionPrinter.stringLiteral(answer.accept))
            statement = .line("try await executor.\(answer.method)(\(arguments.joined(separator: ", ")))")
            if answer.downloadable {
                download = downloadMethod(for: operation, parameters: parameters, docLines: docLines,
                                          arguments: arguments + ["to: destination", "progress: progress"])
            }
        } else {
            statement = .line("_ = try await executor.performRaw(\(arguments.joined(separator: ", ")))")
        }
        MediaPlanning(context: context).warnAboutEventStreams(of: operation)

        var doc: [String] = []
        if let summary = operation.summary { doc.append(summary) }
        if let description = operation.description, description != operation.summary { doc.append(description) }
        doc.append("`\(operation.method) \(operation.path)`")
        var notes: [String] = []
        if !docLines.isEmpty { notes.append("- Parameters:\n" + docLines.joined(separator: "\n")) }
        if returnType.map({ $0.text.hasPrefix(RuntimeSymbols.createdTask) }) == true {
            notes.append("- Returns: The decoded answer, the task id read from the raw answer, and how to follow the task (pass both to `wait(for:following:)`).")
        }
        notes.append("- Throws: `ViduError.invalidRequest` with every violation before anything is sent; `.http`"
            + " with the status, the provider's error body and request id for a non-2xx answer; `.outcomeUnknown`, `.transport`, `.decoding`, `.cancelled`"
            + (returnType.map({ $0.text.hasPrefix(RuntimeSymbols.createdTask) }) == true ? "; `.taskCreatedAnswerUnreadable` when the answer names its task but does not decode." : "."))
        doc.append(notes.joined(separator: "\n"))
        let function = FunctionDeclaration(
            doc: DocComment(doc), kind: .function(name: memberName, isStatic: false), parameters: parameters,
            isAsync: true, throwsErrors: true, errorType: .named(RuntimeSymbols.viduError), returnType: returnType, body: [statement]
        )
        return [function] + (download.map { [$0] } ?? [])
    }

    /// The `to:` form of a method whose answer is a file: it streams the body to disk
    /// (`RequestExecutor.performDownload`) instead of returning it in memory.
    private func downloadMethod(
        for operation: Operation, parameters: [ParameterDeclaration], docLines: [String], arguments: [String]
    ) -> FunctionDeclaration {
        var doc: [String] = []
        if let summary = operation.summary { doc.append(summary) }
        doc.append("`\(operation.method) \(operation.path)`, the answer streamed to a file: a file of any size never sits in memory.")
        let lines = docLines + [
            "  - destination: The file to write (replaced if it exists), or an existing directory to write `\(operation.operationID)` in. Checked before anything is sent.",
            "  - progress: Called with the bytes written so far (at most once a MiB, and at the end).",
        ]
        doc.append("- Parameters:\n" + lines.joined(separator: "\n")
            + "\n- Returns: Where the file is, its size and content type."
            + "\n- Throws: `ViduError.fileSystem` when the destination cannot be used or written; otherwise what the in-memory form throws. Nothing is left at the destination on failure.")
        return FunctionDeclaration(
            doc: DocComment(doc), kind: .function(name: NamespacePlanner.memberName(operation), isStatic: false),
            parameters: parameters + [
                ParameterDeclaration(label: "to", name: "destination", type: .named("Foundation.URL")),
                ParameterDeclaration(name: "progress", type: .optional(.named("@Sendable (\(RuntimeSymbols.downloadProgress)) -> Void")),
                                     defaultValue: .literal(.nil)),
            ],
            isAsync: true, throwsErrors: true, errorType: .named(RuntimeSymbols.viduError), returnType: .named(RuntimeSymbols.downloadedFile),
            body: [.line("try await executor.performDownload(\(arguments.joined(separator: ", ")))")]
        )
    }

    /// The names a method body uses unqualified besides its parameters. A spec parameter whose
    /// Swift name is one of them keeps it as its argument label and is `_name` inside the
    /// method (`SwiftName` never makes a name that starts with `_` and a letter).
    static let bodyNames: Set<String> = ["body", "executor", "destination", "progress"]

    /// The `Tasks` member of an operation whose `x-task` names a status operation of the spec.
    private func taskMember(of operation: Operation) -> String? {
        guard let task = operation.task, context.document.operations.contains(where: { $0.operationID == task.statusOperation }) else { return nil }
        return NamespacePlanner.memberName(operation)
    }

    /// `wait(for:following:)`; the task defaults to the only kind of task when the provider
    /// has one create operation.
    private func taskMembers(_ models: PlannedModels) -> [Declaration] {
        let namespace = context.namespace
        let tasks = context.document.operations.compactMap(taskMember(of:))
        guard let first = tasks.first else { return [] }
        let defaultTask: Expression? = tasks.count == 1 ? .identifier("\(namespace).Tasks.\(first)") : nil
        return [.function(FunctionDeclaration(
            doc: DocComment([
                "Polls the task's status until it succeeds (returning its result URLs) or fails.",
                "Follows `task`: the spec's states, paths and polling advice for the operation that created it" + (defaultTask == nil ? " (`created.task`)." : " (the provider's one kind of task)."),
                "- Parameters:\n  - taskID: The id a create operation answered (`created.taskID`).\n  - task: How to follow it (`created.task`).\n  - policy: How often and how long to poll; nil uses the provider's advice.\n  - progress: Called with every status seen, in order.",
                "- Throws: `ViduError.taskFailed` with the provider's code and message, `.timedOut` (the task may still run), `.cancelled`, or the errors of a status call.",
            ]),
            kind: .function(name: "wait", isStatic: false),
            parameters: [
                ParameterDeclaration(label: "for", name: "taskID", type: .named("String")),
                ParameterDeclaration(label: "following", name: "task", type: .named(RuntimeSymbols.taskDescriptor), defaultValue: defaultTask),
                ParameterDeclaration(name: "policy", type: .optional(.named(RuntimeSymbols.pollingPolicy)), defaultValue: .literal(.nil)),
                ParameterDeclaration(name: "progress", type: .optional(.named("@Sendable (\(RuntimeSymbols.taskStatus)) -> Void")), defaultValue: .literal(.nil)),
            ],
            isAsync: true, throwsErrors: true, errorType: .named(RuntimeSymbols.viduError), returnType: .named(RuntimeSymbols.taskOutcome),
            body: [.line("try await \(RuntimeSymbols.taskWaiter)(executor: executor).wait(for: taskID, descriptor: task, policy: policy, progress: progress)")]
        ))]
    }
}
