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
    /// Violations recorded so far in reporting mode.
    var recorded: [Violation] = []
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
        path = []
        scope = []
        var annotations = SchemaEvaluatorAnnotations()
        _ = evaluate(root, instance, reporting: true, collect: false, into: &annotations)
        return recorded
    }

    /// True when `instance` conforms to node `root`; stops at the first failure.
    mutating func isValid(_ instance: JSONValue, against root: Int) -> Bool {
        path = []
        scope = []
        var annotations = SchemaEvaluatorAnnotations()
        return evaluate(root, instance, reporting: false, collect: false, into: &annotations)
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
        let node = table.nodes[index]
        if let always = node.always {
            if !always && reporting { record("false", "is not allowed (the schema is false)") }
            return always
        }
        guard depth < Self.maximumDepth else {
            if reporting { record("$ref", "cannot be checked: the schema nests deeper than \(Self.maximumDepth) levels") }
            return false
        }
        depth += 1
        if node.isResourceRoot { scope.append(index) }
        defer {
            depth -= 1
            if node.isResourceRoot { scope.removeLast() }
        }

        let needs = collect || node.unevaluatedProperties != nil || node.unevaluatedItems != nil
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
        if node.unevaluatedItems != nil || node.unevaluatedProperties != nil,
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
        if table.nodes[child].always == false {
            if reporting { record(keyword, falseMessage) }
            return false
        }
        var ignored = SchemaEvaluatorAnnotations()
        return evaluate(child, value, reporting: reporting, collect: false, into: &ignored)
    }

    /// Records a violation at the current path, or at `token` below it.
    mutating func record(_ keyword: String, _ message: String, at token: SchemaEvaluatorPathToken? = nil) {
        if let token { path.append(token) }
        recorded.append(Violation(pointer: SchemaEvaluatorPathToken.pointer(path), keyword: keyword, message: message))
        if token != nil { path.removeLast() }
    }
}
