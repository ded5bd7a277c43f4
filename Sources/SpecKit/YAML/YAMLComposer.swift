/// Turns a parsed document into a `JSONNode`: expands aliases, resolves scalars
/// (`YAMLScalarResolution`), and makes every mapping a JSON object.
///
/// A mapping key must be a scalar; its text becomes the JSON key (`1: a` → `"1"`), and two
/// keys with the same text are an error. The merge key `<<` is YAML 1.1, not 1.2, so it is
/// an ordinary key. An alias is a copy of its anchor's node; an alias inside the node it
/// names is an error (JSON has no cycles), and so is expanding more than
/// `maximumAliasNodes` nodes through aliases in one document ("billion laughs") or nesting
/// deeper than `maximumDepth` through them.
struct YAMLComposer {
    /// A composed node with its size in nodes, its height and, for a scalar, its text.
    struct Composed {
        var node: JSONNode
        var size: Int
        var height: Int
        var keyText: String?
    }

    let file: String
    let maximumDepth: Int
    let maximumAliasNodes: Int
    private var anchors: [String: Composed] = [:]
    private var open: Set<String> = []
    private var aliasNodes = 0

    init(file: String, maximumDepth: Int, maximumAliasNodes: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
        self.maximumAliasNodes = maximumAliasNodes
    }

    private func error(_ message: String, at location: SourceLocation) -> YAMLError {
        YAMLError(file: file, location: location, message: message)
    }

    /// A document's root; anchors do not carry over from one document to the next.
    mutating func composeDocument(_ root: YAMLNode) throws(YAMLError) -> JSONNode {
        anchors = [:]
        open = []
        aliasNodes = 0
        return try compose(root, level: 0).node
    }

    private mutating func compose(_ node: YAMLNode, level: Int) throws(YAMLError) -> Composed {
        if let anchor = node.anchor {
            anchors[anchor] = nil
            open.insert(anchor)
        }
        var result: Composed
        switch node.content {
        case .alias(let name):
            guard var target = anchors[name] else {
                if open.contains(name) {
                    throw error("the alias *\(name) is inside the node it names; JSON cannot hold a cycle", at: node.location)
                }
                throw error("the alias *\(name) names no anchor before it in this document", at: node.location)
            }
            aliasNodes += target.size
            guard aliasNodes <= maximumAliasNodes else {
                throw error("aliases expand to more than \(maximumAliasNodes) nodes in this document", at: node.location)
            }
            guard level + target.height <= maximumDepth + 1 else {
                throw error("the alias *\(name) nests the document deeper than \(maximumDepth) levels", at: node.location)
            }
            target.node.location = node.location
            result = target
        case .scalar(let text, let style):
            switch YAMLScalarResolution.resolve(text, style: style, tag: node.tag) {
            case .success(let value):
                result = Composed(node: JSONNode(value, at: node.location), size: 1, height: 1, keyText: text)
            case .failure(let message):
                throw error(message.text, at: node.location)
            }
        case .sequence(let items):
            try checkCollectionTag(node, expected: "seq")
            var elements: [JSONNode] = []
            elements.reserveCapacity(items.count)
            var size = 1
            var height = 1
            for item in items {
                let composed = try compose(item, level: level + 1)
                elements.append(composed.node)
                size += composed.size
                height = max(height, composed.height + 1)
            }
            result = Composed(node: JSONNode(.array(elements), at: node.location), size: size, height: height)
        case .mapping(let pairs):
            try checkCollectionTag(node, expected: "map")
            result = try composeMapping(pairs, at: node.location, level: level)
        }
        if let anchor = node.anchor {
            open.remove(anchor)
            anchors[anchor] = result
        }
        return result
    }

    private mutating func composeMapping(_ pairs: [YAMLPair], at location: SourceLocation, level: Int) throws(YAMLError) -> Composed {
        var members: [JSONNode.Member] = []
        members.reserveCapacity(pairs.count)
        var seen: [String: SourceLocation] = [:]
        var size = 1
        var height = 1
        for pair in pairs {
            let key = try compose(pair.key, level: level + 1)
            guard let text = key.keyText else {
                throw error("a mapping key must be a scalar: JSON object keys are strings", at: pair.key.location)
            }
            if let first = seen[text] {
                throw error("duplicate key \"\(text)\" in one mapping (first at \(first))", at: key.node.location)
            }
            seen[text] = key.node.location
            let value = try compose(pair.value, level: level + 1)
            members.append(JSONNode.Member(key: text, keyLocation: key.node.location, value: value.node))
            size += key.size + value.size
            height = max(height, value.height + 1)
        }
        return Composed(node: JSONNode(.object(members), at: location), size: size, height: height)
    }

    private func checkCollectionTag(_ node: YAMLNode, expected: String) throws(YAMLError) {
        guard let tag = node.tag, tag.hasPrefix(YAMLScalarResolution.prefix) else { return }
        let name = tag.dropFirst(YAMLScalarResolution.prefix.count)
        if ["str", "null", "bool", "int", "float"].contains(name) || (["seq", "map"].contains(name) && name != expected) {
            throw error("the tag !!\(name) cannot be put on a \(expected == "seq" ? "sequence" : "mapping")", at: node.location)
        }
    }
}
