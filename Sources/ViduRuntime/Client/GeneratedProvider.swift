import Foundation

/// One provider as vidu-codegen generated it from its spec: what the runtime and tools need
/// without naming the provider's types. `vidu-codegen` lists every provider of a specs
/// directory in `ProviderRegistry.all` (the generated `ProviderRegistry.swift`), so code that
/// loops over providers reads that list instead of keeping its own.
public struct GeneratedProvider: Sendable {
    /// How to follow the tasks one create operation starts (one `x-task`).
    public struct Task: Sendable {
        /// The create operation's `operationId`.
        public var createOperationID: String
        /// The generated task descriptor (`<Namespace>.Tasks.<operation>`).
        public var descriptor: TaskDescriptor
        /// The values the spec documents for the state (the `x-known-values` or `enum` of the
        /// schema at `x-task.state` in the status call's success body), in spec order.
        public var knownStates: [String]
        /// The values the spec documents for the failure code (at `x-task.errorCode`), in spec
        /// order; empty when it documents none.
        public var knownErrorCodes: [String]

        /// Creates a task entry.
        public init(createOperationID: String, descriptor: TaskDescriptor, knownStates: [String] = [], knownErrorCodes: [String] = []) {
            self.createOperationID = createOperationID
            self.descriptor = descriptor
            self.knownStates = knownStates
            self.knownErrorCodes = knownErrorCodes
        }
    }

    /// One documented response example of an operation, as its JSON text.
    public struct Example: Sendable, Hashable {
        /// The operation's `operationId`.
        public var operationID: String
        /// The response's status key (`"200"`, `"4XX"`, `"default"`).
        public var status: String
        /// The example's name in the spec's `examples` map.
        public var name: String
        /// The example's value as compact JSON, numbers as the spec writes them.
        public var text: String

        /// Creates an example.
        public init(operationID: String, status: String, name: String, text: String) {
            self.operationID = operationID
            self.status = status
            self.name = name
            self.text = text
        }

        /// The value, parsed; nil only if `text` is not JSON.
        public var value: JSONValue? { try? JSONValue(parsing: Data(text.utf8)) }
    }

    /// The provider: id, display name, key variable, base URL, auth scheme and limits.
    public var descriptor: ProviderDescriptor
    /// The Swift namespace of the provider's generated types (`info.x-swift-namespace`).
    public var namespace: String
    /// The spec it was generated from, such as `specs/acme.json`.
    public var specFile: String
    /// Every operation, in spec order.
    public var operations: [OperationDescriptor]
    /// One entry per create operation (each `x-task`), in spec order.
    public var tasks: [Task]
    /// Every JSON value the spec describes (`<Namespace>.schemaEntries`).
    public var schemaEntries: [SchemaEntry]
    /// Every documented response example, in spec order.
    public var responseExamples: [Example]

    /// Creates an entry; vidu-codegen writes one per spec.
    public init(
        descriptor: ProviderDescriptor, namespace: String, specFile: String, operations: [OperationDescriptor], tasks: [Task],
        schemaEntries: [SchemaEntry], responseExamples: [Example]
    ) {
        self.descriptor = descriptor
        self.namespace = namespace
        self.specFile = specFile
        self.operations = operations
        self.tasks = tasks
        self.schemaEntries = schemaEntries
        self.responseExamples = responseExamples
    }

    /// The provider's id (`descriptor.name`): the spec file's base name.
    public var id: String { descriptor.name }

    /// The provider's name for people (`descriptor.displayName`).
    public var displayName: String { descriptor.displayName }

    /// The operation `operationID`, if the spec has it.
    public func operation(_ operationID: String) -> OperationDescriptor? {
        operations.first { $0.operationID == operationID }
    }

    /// The task entry of the create operation `operationID`, if it creates a task.
    public func task(createdBy operationID: String) -> Task? {
        tasks.first { $0.createOperationID == operationID }
    }

    /// The documented examples of `operationID`'s response `status`, in spec order.
    public func examples(operationID: String, status: String) -> [Example] {
        responseExamples.filter { $0.operationID == operationID && $0.status == status }
    }
}

extension Array where Element == GeneratedProvider {
    /// The provider whose id is `id`, compared without regard to case.
    public func provider(_ id: String) -> GeneratedProvider? {
        let wanted = id.lowercased()
        return first { $0.id.lowercased() == wanted }
    }
}
