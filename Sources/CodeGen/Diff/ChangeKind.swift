/// The catalogue of changes `vidu-codegen diff` detects. The raw values are the stable `kind`
/// identifiers of the JSON output.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    // Providers and documents
    case providerAdded = "provider-added"
    case providerRemoved = "provider-removed"
    case namespaceChanged = "namespace-changed"
    case serverAdded = "server-added"
    case serverRemoved = "server-removed"
    case securitySchemeChanged = "security-scheme-changed"
    case rateLimitTightened = "rate-limit-tightened"
    case rateLimitRelaxed = "rate-limit-relaxed"
    case componentAdded = "component-added"
    case componentRemoved = "component-removed"
    // Operations and webhooks
    case operationAdded = "operation-added"
    case operationRemoved = "operation-removed"
    case operationMethodChanged = "operation-method-changed"
    case operationPathChanged = "operation-path-changed"
    case webhookAdded = "webhook-added"
    case webhookRemoved = "webhook-removed"
    // Parameters
    case parameterAdded = "parameter-added"
    case parameterRemoved = "parameter-removed"
    case parameterBecameRequired = "parameter-became-required"
    case parameterBecameOptional = "parameter-became-optional"
    case parameterLocationChanged = "parameter-location-changed"
    // Bodies and responses
    case requestBodyAdded = "request-body-added"
    case requestBodyRemoved = "request-body-removed"
    case requestBodyBecameRequired = "request-body-became-required"
    case requestBodyBecameOptional = "request-body-became-optional"
    case responseAdded = "response-added"
    case responseRemoved = "response-removed"
    // Schemas
    case propertyAdded = "property-added"
    case propertyRemoved = "property-removed"
    case propertyBecameRequired = "property-became-required"
    case propertyBecameOptional = "property-became-optional"
    case typeChanged = "type-changed"
    case referenceChanged = "reference-changed"
    case branchAdded = "branch-added"
    case branchRemoved = "branch-removed"
    case enumAdded = "enum-added"
    case enumRemoved = "enum-removed"
    case enumValueAdded = "enum-value-added"
    case enumValueRemoved = "enum-value-removed"
    case knownValueAdded = "known-value-added"
    case knownValueRemoved = "known-value-removed"
    case boundTightened = "bound-tightened"
    case boundRelaxed = "bound-relaxed"
    case boundChanged = "bound-changed"
    case conditionalRuleAdded = "conditional-rule-added"
    case conditionalRuleRemoved = "conditional-rule-removed"
    case constraintAdded = "constraint-added"
    case constraintRemoved = "constraint-removed"
    case constraintChanged = "constraint-changed"
    case objectClosed = "object-closed"
    case objectOpened = "object-opened"
    case defaultAdded = "default-added"
    case defaultRemoved = "default-removed"
    case defaultChanged = "default-changed"
    case constAdded = "const-added"
    case constRemoved = "const-removed"
    case constChanged = "const-changed"
    // x-task
    case taskAdded = "task-added"
    case taskRemoved = "task-removed"
    case taskPathChanged = "task-path-changed"
    case taskStateAdded = "task-state-added"
    case taskStateRemoved = "task-state-removed"
    case taskPollingChanged = "task-polling-changed"
    case taskCancelAdded = "task-cancel-added"
    case taskCancelRemoved = "task-cancel-removed"
    case taskStatusOperationChanged = "task-status-operation-changed"
    // Documentation only (shown with --include-docs)
    case descriptionChanged = "description-changed"
    case exampleAdded = "example-added"
    case exampleRemoved = "example-removed"
    case exampleChanged = "example-changed"

    /// Documentation-only kinds: wire `none`, Swift `none`; hidden unless `--include-docs`.
    public var isDocumentation: Bool {
        switch self {
        case .descriptionChanged, .exampleAdded, .exampleRemoved, .exampleChanged: return true
        default: return false
        }
    }

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
