/// The state of reading one OpenAPI document: its JSON, the diagnostics so far, and the
/// schema reader that registers every schema under the document's base URI.
struct DocumentContext {
    let file: String
    /// The document's base URI, `file:///<path as given>`.
    let documentURI: String
    let root: JSONNode
    var collector: DiagnosticCollector
    var schemaReader: SchemaReader
    /// Schemas already read, by pointer, so a shared component is read (and diagnosed) once.
    private var schemaCache: [String: Schema] = [:]
    /// Every operationId (or webhook name standing in for one), in reading order.
    var operationIDSites: [OperationIDSite] = []
    /// Every `x-task`, for the checks that need all operations.
    var taskSites: [TaskSite] = []
    /// The version the document declares (3.1 when it declares none SpecKit reads).
    var version: OpenAPIVersion = .v3_1
    /// Every explicit operationId and webhook name, gathered before the operations are read,
    /// and every derived operationId so far: a derived one never takes a name in use.
    var usedOperationIDs: Set<String> = []
    /// Every operation's security requirement, for the check against the document's.
    var operationSecurity: [OperationSecuritySite] = []

    init(file: String, root: JSONNode) {
        self.file = file
        self.documentURI = SchemaURI.fileURI(forPath: file)
        self.root = root
        self.collector = DiagnosticCollector(file: file)
        self.schemaReader = SchemaReader(file: file)
        self.schemaReader.openAPIVersion = .v3_1
    }

    // MARK: - Schemas

    /// The schema at `pointer`, read on first use.
    mutating func schema(_ node: JSONNode, at pointer: String) -> Schema {
        if let cached = schemaCache[pointer] { return cached }
        let schema = schemaReader.read(node, at: pointer, documentURI: documentURI)
        schemaCache[pointer] = schema
        return schema
    }

    // MARK: - Keys

    /// Reports every key of `members` that `rules` does not accept (an error), or accepts
    /// without honouring it (a warning); `what` names the object.
    mutating func checkKeys(_ members: [JSONNode.Member], at pointer: String, rules: OpenAPIKeys.Rules, what: String) {
        for member in members {
            let key = member.key
            if rules.read.contains(key) || rules.ignored.contains(key) { continue }
            let memberPointer = JSONPointerText.appending(key, to: pointer)
            if let loss = rules.warned[key] {
                collector.warning("'\(key)' in \(what) is ignored: \(loss.message)", at: member.keyLocation, pointer: memberPointer, hint: loss.hint)
            } else if key.hasPrefix("x-") {
                continue
            } else if let loss = rules.unknownKeys {
                collector.warning("'\(key)' in \(what) is ignored: \(loss.message)", at: member.keyLocation, pointer: memberPointer, hint: loss.hint)
            } else {
                let hint = NearestNames.likelyTypo(of: key, in: rules.known).map { "did you mean '\($0)'?" }
                    ?? "allowed here: " + rules.known.joined(separator: ", ") + ", and x- extensions"
                collector.error("unknown key '\(key)' in \(what)", at: member.keyLocation, pointer: memberPointer, hint: hint)
            }
        }
    }

    // MARK: - Typed values

    /// The members of an object, or nil after reporting what `node` is instead.
    mutating func object(_ node: JSONNode, at pointer: String, what: String) -> [JSONNode.Member]? {
        if let members = node.members { return members }
        collector.error("\(what) must be an object, not \(node.typeName.withArticle)", node: node, pointer: pointer)
        return nil
    }

    /// An optional string member of `node`.
    mutating func string(_ key: String, of node: JSONNode, at pointer: String) -> String? {
        guard let value = node[key] else { return nil }
        if let string = value.string { return string }
        collector.error("'\(key)' must be a string, not \(value.typeName.withArticle)", node: value, pointer: JSONPointerText.appending(key, to: pointer))
        return nil
    }

    /// A required string member of `node`; `what` names the object in the message.
    mutating func requiredString(_ key: String, of node: JSONNode, at pointer: String, what: String, hint: String? = nil) -> String? {
        guard node[key] != nil else {
            collector.error("\(what) has no '\(key)'", node: node, pointer: pointer, hint: hint)
            return nil
        }
        return string(key, of: node, at: pointer)
    }

    /// An optional boolean member of `node`.
    mutating func bool(_ key: String, of node: JSONNode, at pointer: String) -> Bool? {
        guard let value = node[key] else { return nil }
        if let bool = value.bool { return bool }
        collector.error("'\(key)' must be a boolean, not \(value.typeName.withArticle)", node: value, pointer: JSONPointerText.appending(key, to: pointer))
        return nil
    }

    /// An optional number member of `node` that must be positive (or zero, when `allowZero`).
    mutating func positiveNumber(_ key: String, of node: JSONNode, at pointer: String, allowZero: Bool = false) -> Double? {
        guard let value = node[key] else { return nil }
        let valuePointer = JSONPointerText.appending(key, to: pointer)
        guard let number = value.number else {
            collector.error("'\(key)' must be a number, not \(value.typeName.withArticle)", node: value, pointer: valuePointer)
            return nil
        }
        guard number > 0 || (allowZero && number == 0) else {
            collector.error("'\(key)' must be \(allowZero ? "zero or more" : "greater than 0")", node: value, pointer: valuePointer)
            return nil
        }
        return number
    }

    /// An optional positive integer member of `node`.
    mutating func positiveInteger(_ key: String, of node: JSONNode, at pointer: String) -> Int? {
        guard let number = positiveNumber(key, of: node, at: pointer) else { return nil }
        guard number.rounded() == number, number < 9.0e15 else {
            collector.error("'\(key)' must be a whole number", node: node[key]!, pointer: JSONPointerText.appending(key, to: pointer))
            return nil
        }
        return Int(number)
    }

    /// An optional array-of-strings member of `node`.
    mutating func strings(_ key: String, of node: JSONNode, at pointer: String) -> [String]? {
        guard let value = node[key] else { return nil }
        let valuePointer = JSONPointerText.appending(key, to: pointer)
        guard let elements = value.elements else {
            collector.error("'\(key)' must be an array of strings, not \(value.typeName.withArticle)", node: value, pointer: valuePointer)
            return nil
        }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard let string = element.string else {
                collector.error("'\(key)' entries must be strings, not \(element.typeName.withArticle)", node: element, pointer: JSONPointerText.appending(index, to: valuePointer))
                continue
            }
            result.append(string)
        }
        return result
    }
}
