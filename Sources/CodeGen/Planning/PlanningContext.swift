import SpecKit

/// What every planner of one provider shares: the document, the names already given to
/// component schemas, and the diagnostics found so far.
///
/// One context plans one document, on one thread; it is never shared between documents.
final class PlanningContext {
    let document: SpecDocument
    /// The namespace enum that holds every type of the provider.
    let namespace: String
    /// Swift type names of component schemas, by the schema's absolute URI.
    private(set) var componentTypes: [String: String] = [:]
    /// Problems found while planning, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Constructs skipped while planning, each naming what the user loses; the reader's
    /// warnings come first.
    private(set) var warnings: [Diagnostic] = []
    /// The inline schemas whose types are being planned, outermost first (`ObjectParts.origin`,
    /// or a key for a union's branches, an array's items or a map's values): a `$ref` back to
    /// one of them, outside `components.schemas`, has no type name to use (see `TypeResolver`).
    var typesBeingPlanned: [String] = []
    /// Type names declared directly in the namespace besides components (bodies, parameters).
    var declaredNames: Set<String> = []
    /// The Swift type of each client method argument, by `ParameterKey.text`; recorded by
    /// `ClientPlanner`, read by `SchemasPlanner` for the parameters' schema entries.
    var parameterTypes: [String: SwiftType] = [:]
    /// The schema root of each operation parameter in the compiled table, by `ParameterKey.text`;
    /// recorded by `SchemasPlanner`, read by `NamespacePlanner` for the operation descriptors.
    var parameterRoots: [String: Int] = [:]
    /// True while a form body (`multipart/form-data`) is planned: its binary strings are
    /// file parts (`MultipartFile`) instead of `String`.
    var plansFormFiles = false
    /// The type names taken in the namespace: components, then bodies.
    var typeNames = UniqueNames()
    /// The branch schemas that tagged unions check JSON against, by slot of the generated
    /// `unionBranchRoots`; recorded by `TaggedUnionPlanner`, compiled by `SchemasPlanner`.
    private(set) var unionBranchSchemas: [Schema] = []
    private var unionBranchSlots: [String: Int] = [:]

    init(document: SpecDocument) {
        self.document = document
        self.namespace = document.namespace
        self.warnings = document.warnings
    }

    /// Records a warning at `source`: the construct is skipped or tolerated, and `message`
    /// says what the user loses.
    func warn(_ message: String, at source: SchemaSource, hint: String? = nil) {
        let warning = Diagnostic(severity: .warning, file: source.file, location: source.location, pointer: source.pointer, message: message, hint: hint)
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Records a warning at a place that has no schema, such as an operation.
    func warn(_ message: String, file: String, location: SourceLocation?, pointer: String, hint: String? = nil) {
        warnings.append(Diagnostic(severity: .warning, file: file, location: location, pointer: pointer, message: message, hint: hint))
    }

    /// The `unionBranchRoots` slot of `schema` (one per distinct schema).
    func unionBranchRoot(_ schema: Schema) -> Int {
        let target = resolved(schema)
        if let slot = unionBranchSlots[target.source.uri] { return slot }
        unionBranchSlots[target.source.uri] = unionBranchSchemas.count
        unionBranchSchemas.append(target)
        return unionBranchSchemas.count - 1
    }

    /// Records the Swift name of the component schema at `uri`.
    func registerComponent(uri: String, typeName: String) {
        componentTypes[uri] = typeName
    }

    /// The qualified Swift type of the component at `uri` (`Acme.Task`), if it is one.
    func componentType(at uri: String) -> String? {
        componentTypes[uri].map { "\(namespace).\($0)" }
    }

    /// Records a problem at `source`.
    func report(_ message: String, at source: SchemaSource, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: source.file, location: source.location, pointer: source.pointer, message: message, hint: hint))
    }

    /// Records a problem at a place that has no schema, such as an operation.
    func report(_ message: String, file: String, location: SourceLocation?, pointer: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: file, location: location, pointer: pointer, message: message, hint: hint))
    }

    /// The schema `schema` refers to, following `$ref` chains (at most 32 steps).
    func resolved(_ schema: Schema) -> Schema {
        var current = schema
        var steps = 0
        while let ref = current.ref, let target = document.registry.schema(at: ref), steps < 32 {
            current = target
            steps += 1
        }
        return current
    }
}

extension PlanningContext {
    /// The URI of the component whose qualified Swift name is `qualified`.
    func componentTypesURI(forQualified qualified: String) -> String? {
        componentTypes.first(where: { "\(namespace).\($0.value)" == qualified })?.key
    }
}

/// Names one parameter of one operation: `<operationID> <location> <name>`.
enum ParameterKey {
    static func text(operationID: String, _ parameter: Parameter) -> String {
        "\(operationID) \(parameter.location.rawValue) \(parameter.name)"
    }
}
