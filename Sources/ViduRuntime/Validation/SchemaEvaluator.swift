/// Interprets a `SchemaTable` with JSON Schema 2020-12 semantics.
///
/// One evaluator checks one instance. It runs in one of two modes: *reporting*, which records
/// every violation (used by `SchemaTable.validate`), and *checking*, which stops at the first
/// failure and records nothing (used by `SchemaTable.isValid` and to try `anyOf`, `oneOf`,
/// `not`, `if` and `contains` branches). Instance locations are kept as a stack of tokens and
/// turned into JSON pointers only when a violation is recorded.
struct SchemaEvaluator {
    /// How deeply schemas may nest during one evaluation before it is treated as a loop.
    static let maximumDepth = 200

    let table: SchemaTable
    /// The table's nodes, borrowed for the duration of one `violations(of:against:)` or
    /// `isValid(_:against:)` call so that reading a node does not copy it (a node holds many
    /// arrays, and copying means retaining each). Empty outside those calls.
    var nodes = UnsafeBufferPointer<SchemaNode>(start: nil, count: 0)
    /// Violations recorded so far in reporting mode, each at most once, in the order first seen.
    var recorded: [Violation] = []
    /// The violations in `recorded`, to drop an identical repeat (same pointer, keyword and
    /// message) that a second path to the same rule reports, such as a shared bound and a
    /// model's `if`/`then` branch that both say "must be at most 16".
    var seen: Set<Violation> = []
    /// The instance location being evaluated.
    var path: [SchemaEvaluatorPathToken] = []
    /// The dynamic scope: resource-root nodes entered, outermost first.
    var scope: [Int] = []
    var depth = 0

    init(table: SchemaTable) {
        self.table = table
    }

    /// Every violation of `instance` against node `root`.
    mutating func violations(of instance: JSONValue, against root: Int) -> [Violation] {
        recorded = []
        seen = []
        _ = run(instance, against: root, reporting: true)
        return recorded
    }

    /// True when `instance` conforms to node `root`; stops at the first failure.
    mutating func isValid(_ instance: JSONValue, against root: Int) -> Bool {
        run(instance, against: root, reporting: false)
    }

    private mutating func run(_ instance: JSONValue, against root: Int, reporting: Bool) -> Bool {
        path = []
        scope = []
        return table.nodes.withUnsafeBufferPointer { buffer in
            nodes = buffer
            defer { nodes = UnsafeBufferPointer(start: nil, count: 0) }
            var annotations = SchemaEvaluatorAnnotations()
            return evaluate(root, instance, reporting: reporting, collect: false, into: &annotations)
        }
    }

    /// Evaluates node `index` against `instance` at the current path.
    ///
    /// - Parameters:
    ///   - reporting: record violations (and evaluate every keyword) rather than stop early.
    ///   - collect: add what this schema evaluated to `annotations` when it succeeds.
    /// - Returns: whether `instance` conforms.
    mutating func evaluate(
        _ index: Int, _ instance: JSONValue, reporting: Bool, collect: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        if let always = nodes[index].always {
            if !always && reporting { record("false", "is not allowed (the schema is false)") }
            return always
        }
        guard depth < Self.maximumDepth else {
            if reporting { record("$ref", "cannot be checked: the schema nests deeper than \(Self.maximumDepth) levels") }
            return false
        }
        depth += 1
        let isResourceRoot = nodes[index].isResourceRoot
        if isResourceRoot { scope.append(index) }
        defer {
            depth -= 1
            if isResourceRoot { scope.removeLast() }
        }
        // Read through a pointer: copying the node would retain every array it holds.
        let node = nodes.baseAddress! + index
        let tracksUnevaluated = node.pointee.unevaluatedProperties != nil || node.pointee.unevaluatedItems != nil
        let needs = collect || tracksUnevaluated
        var local = SchemaEvaluatorAnnotations()
        var valid = true

        if !checkReferences(node, instance, reporting: reporting, needs: needs, into: &local) {
            if !reporting { return false }
            valid = false
        }
        if !checkGeneric(node, instance, reporting: reporting) {
            if !reporting { return false }
            valid = false
        }
        switch instance {
        case .number(let number):
            if !number.isFinite {
                // Only a value built in memory can hold one; no JSON text can carry it.
                guard reporting else { return false }
                record("encoding", "cannot be encoded as JSON: \(number) is not a finite number")
                valid = false
            }
            if !checkNumber(node, number, reporting: reporting) {
                if !reporting { return false }
                valid = false
            }
        case .string(let string):
            if !checkString(node, string, reporting: reporting) {
                if !reporting { return false }
                valid = false
            }
        case .array(let elements):
            if !checkArray(node, elements, reporting: reporting, needs: needs, into: &local) {
                if !reporting { return false }
                valid = false
            }
        case .object(let members):
            if !checkObject(node, members, reporting: reporting, needs: needs, into: &local) {
                if !reporting { return false }
                valid = false
            }
        case .null, .bool:
            break
        }
        if !checkCombinators(node, instance, reporting: reporting, needs: needs, into: &local) {
            if !reporting { return false }
            valid = false
        }
        if tracksUnevaluated,
            !checkUnevaluated(node, instance, reporting: reporting, into: &local)
        {
            if !reporting { return false }
            valid = false
        }
        if valid && collect { annotations.merge(local) }
        return valid
    }

    /// Evaluates `child` against the same instance location and, when it succeeds and
    /// annotations are needed, keeps what it evaluated.
    mutating func applyInPlace(
        _ child: Int, _ instance: JSONValue, reporting: Bool, needs: Bool,
        into annotations: inout SchemaEvaluatorAnnotations
    ) -> Bool {
        guard needs else {
            var ignored = SchemaEvaluatorAnnotations()
            return evaluate(child, instance, reporting: reporting, collect: false, into: &ignored)
        }
        var inner = SchemaEvaluatorAnnotations()
        let valid = evaluate(child, instance, reporting: reporting, collect: true, into: &inner)
        if valid { annotations.merge(inner) }
        return valid
    }

    /// Evaluates `child` against a member or element of the instance. A `false` child is
    /// reported under `keyword` with `falseMessage`, which reads better than a bare "false".
    mutating func applyAt(
        _ token: SchemaEvaluatorPathToken, _ child: Int, _ value: JSONValue, reporting: Bool,
        keyword: String, falseMessage: String
    ) -> Bool {
        path.append(token)
        defer { path.removeLast() }
        if nodes[child].always == false {
            if reporting { record(keyword, falseMessage) }
            return false
        }
        var ignored = SchemaEvaluatorAnnotations()
        return evaluate(child, value, reporting: reporting, collect: false, into: &ignored)
    }

    /// Records a violation at the current path, or at `token` below it, unless an identical
    /// one (same pointer, keyword and message) is already recorded.
    mutating func record(_ keyword: String, _ message: String, at token: SchemaEvaluatorPathToken? = nil) {
        if let token { path.append(token) }
        let violation = Violation(pointer: SchemaEvaluatorPathToken.pointer(path), keyword: keyword, message: message)
        if seen.insert(violation).inserted { recorded.append(violation) }
        if token != nil { path.removeLast() }
    }
}
