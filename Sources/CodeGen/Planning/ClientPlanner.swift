import SpecKit

/// Plans `<Namespace>.Client`: one `async throws(ViduError)` method per operation that
/// validates the body before anything is sent, then calls the runtime's `RequestExecutor`;
/// plus `wait(for:)` and `taskID(from:)` for providers with `x-task`.
struct ClientPlanner {
    let context: PlanningContext

    /// One planned method parameter and how its value goes on the wire.
    private struct PlannedParameter {
        var parameter: Parameter
        /// The argument label: the parameter's Swift name.
        var label: String
        /// The name inside the method: `label`, or `_label` when the body uses that name.
        var swiftName: String
        var type: SwiftType
        /// Turns the Swift value (named `swiftName`, unwrapped) into the wire text.
        var wireText: String
        /// An array in the query: one `name=value` pair per element (OpenAPI's default
        /// `style: form, explode: true`), each element's text from `elementWireText` of `element`.
        var elementWireText: String?
    }

    /// The client, and the types its parameters need (declared in the namespace).
    func plan(_ models: PlannedModels) -> (client: Declaration, parameterTypes: [Declaration]) {
        let namespace = context.namespace
        var members: [Declaration] = [
            .property(PropertyDeclaration(doc: DocComment(["Sends every request: authentication, base URL, retries and pacing."]),
                                          access: .public, name: "executor", type: .named(context.runtime("RequestExecutor")), kind: .stored)),
            .function(FunctionDeclaration(
                doc: DocComment(["A client that sends with `configuration` to the provider's documented base URL (or `configuration.baseURL`)."]),
                kind: .initializer, parameters: [ParameterDeclaration(name: "configuration", type: .named(context.runtime("ClientConfiguration")))],
                body: [.line("self.executor = \(context.runtime("RequestExecutor"))(provider: \(namespace).provider, configuration: configuration)")]
            )),
            .function(FunctionDeclaration(
                doc: DocComment(["A client that sends through `executor`; share one executor per provider and key."]),
                kind: .initializer, parameters: [ParameterDeclaration(name: "executor", type: .named(context.runtime("RequestExecutor")))],
                body: [.line("self.executor = executor")]
            )),
        ]
        var parameterTypes: [Declaration] = []
        for operation in context.document.operations {
            members.append(.function(method(for: operation, models: models, parameterTypes: &parameterTypes)))
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

    private func method(for operation: Operation, models: PlannedModels, parameterTypes: inout [Declaration]) -> FunctionDeclaration {
        let namespace = context.namespace
        let memberName = NamespacePlanner.memberName(operation)
        var planned: [PlannedParameter] = []
        for parameter in operation.parameters {
            if parameter.location == .header {
                context.report("header parameter '\(parameter.name)' of '\(operation.operationID)' is not supported by the generated client",
                               file: context.document.file, location: operation.source.location, pointer: operation.source.pointer,
                               hint: "describe headers through the security scheme, or remove the parameter")
                continue
            }
            let typeName = SwiftName.type(operation.operationID) + SwiftName.type(parameter.name)
            let resolved = TypeResolver(context: context).resolve(parameter.schema, name: typeName)
            parameterTypes += resolved.nested
            var type = resolved.type
            if type == .named(typeName) { type = .named("\(namespace).\(typeName)") }
            context.parameterTypes[ParameterKey.text(operationID: operation.operationID, parameter)] = resolved.nullable ? type.optional : type
            let label = SwiftName.escaped(SwiftName.member(parameter.name))
            let swiftName = Self.bodyNames.contains(label) ? "_" + label : label
            var elementWireText: String?
            if case .array(let items) = resolved.shape, parameter.location == .query {
                let element = TypeResolver(context: context).resolve(items ?? Schema(source: parameter.schema.source), name: typeName + "Element")
                elementWireText = wireText("element", element)
            }
            planned.append(PlannedParameter(parameter: parameter, label: label, swiftName: swiftName, type: parameter.required ? type : type.optional,
                                            wireText: wireText(swiftName, resolved), elementWireText: elementWireText))
        }
        NameChecker(context: context).checkDistinct(planned.map { ($0.parameter.name, $0.label, $0.parameter.schema.source) },
                                                    what: "parameter", in: "'\(operation.operationID)'")
        let ordered = planned.filter { $0.parameter.location == .path }
            + planned.filter { $0.parameter.location == .query && $0.parameter.required }
            + planned.filter { $0.parameter.location == .query && !$0.parameter.required }

        var parameters: [ParameterDeclaration] = []
        var body: [Statement] = []
        var docLines: [String] = []
        var validates = false
        // Parameters are checked against their compiled schemas too, with the body, so one
        // `.invalidRequest` lists every problem before anything is sent.
        var parameterCheck: String?
        if !ordered.isEmpty {
            let values = ordered.map { item in
                "(\(ExpressionPrinter.stringLiteral(item.parameter.name)), \(item.swiftName)\(item.parameter.required ? "" : "?").jsonValue)"
            }
            body.append(.line("let parameterViolations = \(namespace).schemaEntries.parameterViolations("
                + "operationID: \(ExpressionPrinter.stringLiteral(operation.operationID)), [\(values.joined(separator: ", "))])"))
            parameterCheck = "parameterViolations"
        }
        let requestType = models.bodies.first { $0.operationID == operation.operationID && $0.kind == .request }?.typeName
        if let requestType, let requestBody = operation.requestBody {
            let optionalBody = !requestBody.required
            parameters.append(ParameterDeclaration(label: "_", name: "body", type: optionalBody ? .optional(.named(requestType)) : .named(requestType),
                                                   defaultValue: optionalBody ? .literal(.nil) : nil))
            docLines.append("  - body: " + (requestBody.description ?? "The request body.").replacing("\n", with: " "))
            let validatedTypes = Set(models.validatedTypes.map(\.typeName))
            if validatedTypes.contains(requestType) {
                validates = true
                // The JSON that is validated is the JSON that is sent.
                let withParameters = parameterCheck.map { " + " + $0 } ?? ""
                if optionalBody {
                    body.append(.line("let checked = body?.checkedForSending()"))
                    body.append(.line("let json = checked?.json"))
                    body.append(.line("let violations = (checked?.violations ?? [])" + withParameters))
                } else {
                    body.append(.line("let checked = body.checkedForSending()"))
                    body.append(.line("let json = checked.json"))
                    body.append(.line("let violations = checked.violations" + withParameters))
                }
                body.append(.line("guard violations.isEmpty else { throw .invalidRequest(violations) }"))
            }
        }
        if !validates, let parameterCheck {
            body.append(.line("guard \(parameterCheck).isEmpty else { throw .invalidRequest(\(parameterCheck)) }"))
        }
        for item in ordered {
            parameters.append(ParameterDeclaration(label: item.label == item.swiftName ? nil : item.label, name: item.swiftName, type: item.type, defaultValue: item.parameter.required ? nil : .literal(.nil)))
            docLines.append("  - \(item.swiftName.replacing("`", with: "")): " + (item.parameter.description ?? "The `\(item.parameter.name)` \(item.parameter.location.rawValue) parameter.").replacing("\n", with: " "))
        }
        var arguments = ["\(namespace).Operations.\(memberName)"]
        let pathItems = ordered.filter { $0.parameter.location == .path }
        if !pathItems.isEmpty {
            arguments.append("pathParameters: [" + pathItems.map { "\(ExpressionPrinter.stringLiteral($0.parameter.name)): \($0.wireText)" }.joined(separator: ", ") + "]")
        }
        let queryItems = ordered.filter { $0.parameter.location == .query }
        if !queryItems.isEmpty {
            body.append(.line("var query: [(name: String, value: String)] = []"))
            for item in queryItems {
                let name = ExpressionPrinter.stringLiteral(item.parameter.name)
                let append = item.elementWireText.map { "for element in \(item.swiftName) { query.append((\(name), \($0))) }" }
                    ?? "query.append((\(name), \(item.wireText)))"
                body.append(item.parameter.required ? .line(append) : .line("if let \(item.swiftName) { \(append) }"))
            }
            arguments.append("query: query")
        }
        if requestType != nil { arguments.append(validates ? "body: json" : "body: body") }
        let successType = models.bodies.first { body in
            if body.operationID == operation.operationID, case .response(let status) = body.kind { return status.hasPrefix("2") }
            return false
        }?.typeName
        if let successType {
            arguments.append("as: \(successType).self")
            body.append(.line("return try await executor.send(\(arguments.joined(separator: ", ")))"))
        } else {
            body.append(.line("_ = try await executor.sendRaw(\(arguments.joined(separator: ", ")))"))
        }

        var doc: [String] = []
        if let summary = operation.summary { doc.append(summary) }
        if let description = operation.description, description != operation.summary { doc.append(description) }
        doc.append("`\(operation.method) \(operation.path)`")
        var notes: [String] = []
        if !docLines.isEmpty { notes.append("- Parameters:\n" + docLines.joined(separator: "\n")) }
        notes.append("- Throws: " + (validates || parameterCheck != nil ? "`ViduError.invalidRequest` with every violation before anything is sent; `.http`" : "`ViduError.http`")
            + " with the status, the provider's error body and request id for a non-2xx answer; `.outcomeUnknown`, `.transport`, `.decoding`, `.cancelled`.")
        doc.append(notes.joined(separator: "\n"))
        return FunctionDeclaration(
            doc: DocComment(doc), kind: .function(name: memberName, isStatic: false), parameters: parameters,
            isAsync: true, throwsErrors: true, errorType: .named(context.runtime("ViduError")), returnType: successType.map { .named($0) }, body: body
        )
    }

    /// The names a method body declares or uses unqualified besides its parameters. A spec
    /// parameter whose Swift name is one of them keeps it as its argument label and is `_name`
    /// inside the method (`SwiftName` never makes a name that starts with `_` and a letter).
    static let bodyNames: Set<String> = ["body", "checked", "json", "violations", "parameterViolations", "query", "element", "executor"]

    /// How a parameter value becomes text on the wire.
    private func wireText(_ name: String, _ resolved: ResolvedType) -> String {
        switch resolved.shape {
        case .string: return name
        case .openEnum: return "\(name).rawValue"
        case .integer, .number, .boolean: return "String(\(name))"
        case .component:
            if !resolved.enumCases.isEmpty { return "\(name).rawValue" }
            if resolved.type == .named("String") { return name }
            return "String(describing: \(name))"
        default: return "String(describing: \(name))"
        }
    }

    /// `wait(for:)` and `taskID(from:)`, from the first task descriptor and each create response.
    private func taskMembers(_ models: PlannedModels) -> [Declaration] {
        let namespace = context.namespace
        let taskOperations = context.document.operations.filter { operation in
            operation.task != nil && context.document.operations.contains { $0.operationID == operation.task?.statusOperation }
        }
        guard let first = taskOperations.first else { return [] }
        var members: [Declaration] = [.function(FunctionDeclaration(
            doc: DocComment([
                "Polls the task's status until it succeeds (returning its result URLs) or fails.",
                "Follows `\(namespace).Tasks.\(NamespacePlanner.memberName(first))`: the spec's states, paths and polling advice.",
                "- Parameters:\n  - taskID: The id from `taskID(from:)`.\n  - policy: How often and how long to poll; nil uses the provider's advice.\n  - progress: Called with every status seen, in order.",
                "- Throws: `ViduError.taskFailed` with the provider's code and message, `.timedOut` (the task may still run), `.cancelled`, or the errors of a status call.",
            ]),
            kind: .function(name: "wait", isStatic: false),
            parameters: [
                ParameterDeclaration(label: "for", name: "taskID", type: .named("String")),
                ParameterDeclaration(name: "policy", type: .optional(.named(context.runtime("PollingPolicy"))), defaultValue: .literal(.nil)),
                ParameterDeclaration(name: "progress", type: .optional(.named("@Sendable (\(context.runtime("TaskStatus"))) -> Void")), defaultValue: .literal(.nil)),
            ],
            isAsync: true, throwsErrors: true, errorType: .named(context.runtime("ViduError")), returnType: .named(context.runtime("TaskOutcome")),
            body: [.line("try await \(context.runtime("TaskWaiter"))(executor: executor).wait(for: taskID, descriptor: \(namespace).Tasks.\(NamespacePlanner.memberName(first)), policy: policy, progress: progress)")]
        ))]
        var seen: Set<String> = []
        for operation in taskOperations {
            let response = models.bodies.first { body in
                if body.operationID == operation.operationID, case .response(let status) = body.kind { return status.hasPrefix("2") }
                return false
            }
            guard let response, seen.insert(response.typeName).inserted else { continue }
            members.append(.function(FunctionDeclaration(
                doc: DocComment(["The task id in a `\(operation.operationID)` response, where the spec's `x-task` says it is; nil when it is missing."]),
                kind: .function(name: "taskID", isStatic: false),
                parameters: [ParameterDeclaration(label: "from", name: "response", type: .named(response.typeName))],
                returnType: .optional(.named("String")),
                body: [
                    .line("guard let json = try? \(context.runtime("JSONValueEncoder"))().encode(response) else { return nil }"),
                    .line("return \(namespace).Tasks.\(NamespacePlanner.memberName(operation)).taskID(in: json)"),
                ]
            )))
        }
        return members
    }
}
