/// Builds `JSONNode`s from the parser's events with an explicit stack of open collections
/// (no recursion): expands aliases, resolves scalars (`YAMLScalarResolution`), and makes
/// every mapping a JSON object.
///
/// A mapping key must be a scalar; its text becomes the JSON key (`1: a` → `"1"`), and two
/// keys with the same text are an error. The merge key `<<` is YAML 1.1, not 1.2, so it is
/// an ordinary key. An alias is a copy of its anchor's node; an alias inside the node it
/// names is an error (JSON has no cycles), and so is copying more than
/// `maximumAliasNodes` nodes through aliases in one document ("billion laughs") or nesting
/// collections deeper than `maximumDepth` through them.
struct YAMLComposer {
    /// A finished node with its size in nodes, its collection depth and, for a scalar, its
    /// text (which it has as a mapping key).
    struct Composed {
        var node: JSONNode
        var size: Int
        var height: Int
        var keyText: String?
    }

    /// A collection whose end has not come yet.
    private struct Open {
        var isMapping: Bool
        var properties: YAMLProperties
        var location: SourceLocation
        var elements: [JSONNode] = []
        var members: [JSONNode.Member] = []
        var pendingKey: (text: String, location: SourceLocation)?
        var seen: [String: SourceLocation] = [:]
        var size = 1
        var height = 1
    }

    let file: String
    let maximumDepth: Int
    let maximumAliasNodes: Int
    private var anchors: [String: Composed] = [:]
    private var openAnchors: Set<String> = []
    private var aliasNodes = 0
    private var stack: [Open] = []
    private var root: JSONNode?

    init(file: String, maximumDepth: Int, maximumAliasNodes: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
        self.maximumAliasNodes = maximumAliasNodes
    }

    private func error(_ message: String, at location: SourceLocation) -> YAMLError {
        YAMLError(file: file, location: location, message: message)
    }

    /// Every document of the parser's stream.
    mutating func composeStream(_ parser: inout YAMLParser) throws(YAMLError) -> [JSONNode] {
        var documents: [JSONNode] = []
        while true {
            switch try parser.nextEvent() {
            case .streamEnd:
                return documents
            case .documentStart:
                anchors = [:]
                openAnchors = []
                aliasNodes = 0
                stack = []
                root = nil
            case .documentEnd:
                if let root { documents.append(root) }
            case .alias(let name, let location):
                try deliver(try expand(name, at: location))
            case .scalar(let text, let style, let properties, let location):
                switch YAMLScalarResolution.resolve(text, style: style, tag: properties.tag) {
                case .success(let value):
                    let composed = Composed(node: JSONNode(value, at: location), size: 1, height: 0, keyText: text)
                    try deliver(finish(composed, anchor: properties.anchor))
                case .failure(let message):
                    throw error(message.text, at: location)
                }
            case .sequenceStart(let properties, let location):
                try open(Open(isMapping: false, properties: properties, location: location))
            case .mappingStart(let properties, let location):
                try open(Open(isMapping: true, properties: properties, location: location))
            case .collectionEnd:
                let collection = stack.removeLast()
                let value: JSONNode.Value = collection.isMapping ? .object(collection.members) : .array(collection.elements)
                let composed = Composed(node: JSONNode(value, at: collection.location), size: collection.size, height: collection.height)
                try deliver(finish(composed, anchor: collection.properties.anchor))
            }
        }
    }

    private mutating func open(_ collection: Open) throws(YAMLError) {
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            throw error("a mapping key must be a scalar: JSON object keys are strings", at: collection.location)
        }
        try checkCollectionTag(collection.properties.tag, isMapping: collection.isMapping, at: collection.location)
        if let anchor = collection.properties.anchor {
            anchors[anchor] = nil
            openAnchors.insert(anchor)
        }
        stack.append(collection)
    }

    private mutating func finish(_ composed: Composed, anchor: String?) -> Composed {
        if let anchor {
            openAnchors.remove(anchor)
            anchors[anchor] = composed
        }
        return composed
    }

    private mutating func expand(_ name: String, at location: SourceLocation) throws(YAMLError) -> Composed {
        guard var target = anchors[name] else {
            if openAnchors.contains(name) {
                throw error("the alias *\(name) is inside the node it names; JSON cannot hold a cycle", at: location)
            }
            throw error("the alias *\(name) names no anchor before it in this document", at: location)
        }
        aliasNodes += target.size
        guard aliasNodes <= maximumAliasNodes else {
            throw error("aliases expand to more than \(maximumAliasNodes) nodes in this document", at: location)
        }
        guard stack.count + target.height <= maximumDepth else {
            throw error("the alias *\(name) nests the document deeper than \(maximumDepth) levels", at: location)
        }
        target.node.location = location
        return target
    }

    /// Puts a finished node into the collection around it, or makes it the root.
    private mutating func deliver(_ composed: Composed) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = composed.node
            return
        }
        let top = stack.count - 1
        stack[top].size += composed.size
        stack[top].height = max(stack[top].height, composed.height + 1)
        guard stack[top].isMapping else {
            stack[top].elements.append(composed.node)
            return
        }
        guard let key = stack[top].pendingKey else {
            guard let text = composed.keyText else {
                throw error("a mapping key must be a scalar: JSON object keys are strings", at: composed.node.location)
            }
            if let first = stack[top].seen[text] {
                throw error("duplicate key \"\(text)\" in one mapping (first at \(first))", at: composed.node.location)
            }
            stack[top].seen[text] = composed.node.location
            stack[top].pendingKey = (text, composed.node.location)
            return
        }
        stack[top].members.append(JSONNode.Member(key: key.text, keyLocation: key.location, value: composed.node))
        stack[top].pendingKey = nil
    }

    private func checkCollectionTag(_ tag: String?, isMapping: Bool, at location: SourceLocation) throws(YAMLError) {
        guard let tag, tag.hasPrefix(YAMLScalarResolution.prefix) else { return }
        let name = String(tag.dropFirst(YAMLScalarResolution.prefix.count))
        let wrong = isMapping ? ["str", "null", "bool", "int", "float", "seq"] : ["str", "null", "bool", "int", "float", "map"]
        if wrong.contains(name) {
            throw error("the tag !!\(name) cannot be put on a \(isMapping ? "mapping" : "sequence")", at: location)
        }
    }
}
