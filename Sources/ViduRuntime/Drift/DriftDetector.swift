import Foundation

/// Walks one body beside its compiled schema and lists where it drifts from the spec.
///
/// At every place of the body it gathers the schemas that apply there: the node, its `$ref`
/// target, every `allOf` item, the `then` or `else` that the `if` selects, every `anyOf`
/// branch that matches, and the `oneOf` branch that matches (a `oneOf` matched by a branch
/// other than the first is a second form). From those schemas it reads the declared members
/// of an object (`properties`; `patternProperties`, `additionalProperties` and
/// `unevaluatedProperties` make further members documented), the `x-known-values` of a
/// string, and the element schemas of an array (`prefixItems`, `items`), and walks on.
/// `if` schemas themselves declare nothing: their members are conditions, not documentation.
///
/// An object counts as described only when one of its schemas declares `properties`; a
/// free-form object (`{"type": "object"}` alone) has no undocumented members. Pointers are
/// patterns: every array index is `*`.
struct DriftDetector {
    /// One difference, before it is deduplicated and given a sample.
    struct Finding {
        var kind: Drift.Kind
        var pointer: String
        /// The value shown as the sample; nil shows none.
        var value: JSONValue?
        var message: String
    }

    /// How deep into a body the walk goes; bodies are a few levels deep.
    static let maxDepth = 64

    let table: SchemaTable
    /// True for success and webhook bodies: list declared members that are absent.
    let reportsMissingMembers: Bool
    private(set) var findings: [Finding] = []

    init(table: SchemaTable, reportsMissingMembers: Bool) {
        self.table = table
        self.reportsMissingMembers = reportsMissingMembers
    }

    /// Every finding of `body` against `entry`: the schema's own violations first, then the
    /// walk, then the walk of each JSON-in-string member's content.
    static func findings(in body: JSONValue, entry: SchemaEntry, reportsMissingMembers: Bool) -> [Finding] {
        var detector = DriftDetector(table: entry.schemaTable, reportsMissingMembers: reportsMissingMembers)
        detector.addViolations(entry.validate(body), in: body, prefix: "")
        detector.walk(body, roots: [entry.root], pointer: "", depth: 0)
        for embedded in entry.embeddedJSON {
            for (pointer, text) in embedded.strings(in: body) {
                guard let content = try? JSONText.parse(Data(text.utf8)) else { continue }
                let place = Self.pattern(of: pointer, in: body) + "/@json"
                detector.addViolations(entry.schemaTable.validate(content, against: embedded.contentRoot), in: content, prefix: place)
                detector.walk(content, roots: [embedded.contentRoot], pointer: place, depth: 0)
            }
        }
        return detector.findings
    }

    /// The schema's violations as findings, at pattern pointers.
    mutating func addViolations(_ violations: [Violation], in body: JSONValue, prefix: String) {
        for violation in violations {
            findings.append(Finding(
                kind: .constraintViolation, pointer: prefix + Self.pattern(of: violation.pointer, in: body),
                value: JSONPointer.resolve(violation.pointer, in: body), message: "\(violation.message) [\(violation.keyword)]"))
        }
    }

    /// `pointer` with every token that indexes an array in `body` replaced by `*`.
    static func pattern(of pointer: String, in body: JSONValue) -> String {
        var current: JSONValue? = body
        var result = ""
        for token in JSONPointer.tokens(pointer) {
            switch current {
            case .array(let elements)?:
                result += "/*"
                current = Int(token).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
            case .object(let members)?:
                result = JSONPointer.appending(result, token)
                current = members[token]
            default:
                result = JSONPointer.appending(result, token)
                current = nil
            }
        }
        return result
    }

    // MARK: The walk

    /// Walks `instance` with the schemas `roots` that apply at `pointer`.
    mutating func walk(_ instance: JSONValue, roots: [Int], pointer: String, depth: Int) {
        guard depth < Self.maxDepth, !roots.isEmpty else { return }
        var applicable: [Int] = []
        var visited = Set<Int>()
        for root in roots { gather(root, instance, pointer, into: &applicable, visited: &visited) }
        switch instance {
        case .string(let text): checkKnownValues(text, applicable, pointer)
        case .object(let members): walkObject(members, applicable, pointer, depth)
        case .array(let elements): walkArray(elements, applicable, pointer, depth)
        default: break
        }
    }

    /// Adds `index` and every schema it brings to the same place of `instance`.
    private mutating func gather(_ index: Int, _ instance: JSONValue, _ pointer: String, into applicable: inout [Int], visited: inout Set<Int>) {
        guard table.nodes.indices.contains(index), visited.insert(index).inserted else { return }
        let node = table.nodes[index]
        if node.always != nil { return }
        applicable.append(index)
        if let ref = node.ref { gather(ref, instance, pointer, into: &applicable, visited: &visited) }
        if let dynamic = node.dynamicRef { gather(dynamic.fallback, instance, pointer, into: &applicable, visited: &visited) }
        for item in node.allOf { gather(item, instance, pointer, into: &applicable, visited: &visited) }
        for branch in node.anyOf where table.isValid(instance, against: branch) {
            gather(branch, instance, pointer, into: &applicable, visited: &visited)
        }
        if !node.oneOf.isEmpty, let taken = node.oneOf.firstIndex(where: { table.isValid(instance, against: $0) }) {
            if taken > 0 {
                let first = Self.describe(table, node.oneOf[0])
                let seen = Self.describe(table, node.oneOf[taken])
                findings.append(Finding(
                    kind: .secondForm, pointer: pointer, value: instance,
                    message: "oneOf branch \(taken) (\(seen)) taken, not branch 0 (\(first)); schema \(node.location)"))
            }
            gather(node.oneOf[taken], instance, pointer, into: &applicable, visited: &visited)
        }
        if let condition = node.ifSchema {
            let chosen = table.isValid(instance, against: condition) ? node.thenSchema : node.elseSchema
            if let chosen { gather(chosen, instance, pointer, into: &applicable, visited: &visited) }
        }
        if case .object(let members) = instance {
            for dependent in node.dependentSchemas where members[dependent.name] != nil {
                gather(dependent.node, instance, pointer, into: &applicable, visited: &visited)
            }
        }
    }

    private mutating func checkKnownValues(_ text: String, _ applicable: [Int], _ pointer: String) {
        for index in applicable {
            guard let known = table.nodes[index].knownValues, !known.contains(text) else { continue }
            findings.append(Finding(
                kind: .unknownValue, pointer: pointer, value: .string(text),
                message: "a value x-known-values does not list (known: \(known.joined(separator: ", "))); schema \(table.nodes[index].location)"))
            return
        }
    }

    private mutating func walkObject(_ members: [String: JSONValue], _ applicable: [Int], _ pointer: String, _ depth: Int) {
        var declared: [(name: String, node: Int, schema: Int)] = []
        var open: [Int] = []
        var patterns: [SchemaPatternMember] = []
        for index in applicable {
            let node = table.nodes[index]
            for member in node.properties { declared.append((member.name, member.node, index)) }
            patterns += node.patternProperties
            if let additional = node.additionalProperties, table.nodes[additional].always != false { open.append(additional) }
            if let unevaluated = node.unevaluatedProperties, table.nodes[unevaluated].always != false { open.append(unevaluated) }
        }
        let described = !declared.isEmpty
        for name in members.keys.sorted() {
            let value = members[name]!
            let place = JSONPointer.appending(pointer, name)
            var roots = declared.filter { $0.name == name }.map(\.node)
            roots += patterns.filter { $0.pattern.matches(name) }.map(\.node)
            if roots.isEmpty, !open.isEmpty { roots = open }
            if roots.isEmpty {
                if described {
                    findings.append(Finding(
                        kind: .undocumentedMember, pointer: place, value: value,
                        message: "a member the spec does not declare (declared here: \(Self.names(declared)))"))
                }
                continue
            }
            walk(value, roots: roots, pointer: place, depth: depth + 1)
        }
        guard reportsMissingMembers else { return }
        var reported = Set<String>()
        for member in declared where members[member.name] == nil && reported.insert(member.name).inserted {
            findings.append(Finding(
                kind: .documentedFieldMissing, pointer: JSONPointer.appending(pointer, member.name), value: nil,
                message: "documented field missing: declared at \(table.nodes[member.schema].location) but absent from this body"))
        }
    }

    private mutating func walkArray(_ elements: [JSONValue], _ applicable: [Int], _ pointer: String, _ depth: Int) {
        let place = pointer + "/*"
        for (position, element) in elements.enumerated() {
            var roots: [Int] = []
            for index in applicable {
                let node = table.nodes[index]
                if position < node.prefixItems.count {
                    roots.append(node.prefixItems[position])
                } else if let items = node.items {
                    roots.append(items)
                }
            }
            walk(element, roots: roots, pointer: place, depth: depth + 1)
        }
    }

    /// The declared names, for a message (at most eight).
    private static func names(_ declared: [(name: String, node: Int, schema: Int)]) -> String {
        var seen = Set<String>()
        let unique = declared.map(\.name).filter { seen.insert($0).inserted }
        return unique.prefix(8).joined(separator: ", ") + (unique.count > 8 ? ", …" : "")
    }

    /// A short description of a branch: its types, following `$ref`s.
    static func describe(_ table: SchemaTable, _ index: Int) -> String {
        var current = index
        var hops = 0
        while table.nodes.indices.contains(current), hops < 8 {
            let node = table.nodes[current]
            if !node.types.isEmpty { return node.types.map(\.rawValue).joined(separator: " or ") }
            guard let ref = node.ref else { break }
            current = ref
            hops += 1
        }
        return table.nodes.indices.contains(index) ? table.nodes[index].location : "?"
    }
}
