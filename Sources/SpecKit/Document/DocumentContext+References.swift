extension DocumentContext {
    /// The value at the JSON pointer `pointer` of the document, or nil.
    func node(at pointer: String) -> JSONNode? {
        guard let tokens = JSONPointerText.tokens(of: pointer) else { return nil }
        var current = root
        for token in tokens {
            if let members = current.members {
                guard let member = members.first(where: { $0.key == token }) else { return nil }
                current = member.value
            } else if let elements = current.elements, let index = Int(token), String(index) == token, elements.indices.contains(index) {
                current = elements[index]
            } else {
                return nil
            }
        }
        return current
    }

    /// Follows an OpenAPI Reference Object (`{"$ref": "#/components/parameters/TaskID"}`) to
    /// the object it names in this document; `what` names that kind of object in messages.
    ///
    /// Returns `node` at `pointer` unchanged when it is not a reference, and nil after a
    /// diagnostic (a reference outside the document, a missing target, or a loop).
    mutating func dereference(_ node: JSONNode, at pointer: String, what: String) -> (node: JSONNode, pointer: String)? {
        var current = (node: node, pointer: pointer)
        var chain: [String] = []
        while let members = current.node.members, let reference = current.node.member("$ref") {
            checkKeys(members, at: current.pointer, rules: OpenAPIKeys.reference, what: "a reference object")
            let referencePointer = JSONPointerText.appending("$ref", to: current.pointer)
            guard let text = reference.value.string else {
                collector.error("'$ref' must be a string, not \(reference.value.typeName.withArticle)", node: reference.value, pointer: referencePointer)
                return nil
            }
            guard text.hasPrefix("#"), let target = JSONPointerText.percentDecode(String(text.dropFirst())), target.hasPrefix("/") else {
                collector.error(
                    "\(what) '$ref' must point inside this document", node: reference.value, pointer: referencePointer,
                    hint: "write it as \"#/components/...\"; references to other files are not supported here"
                )
                return nil
            }
            if chain.contains(target) {
                let names = (chain + [target]).map { "#" + $0 }.joined(separator: " → ")
                collector.error("$ref cycle never reaches \(what.withArticle): \(names)", node: reference.value, pointer: referencePointer)
                return nil
            }
            chain.append(target)
            guard let resolved = self.node(at: target) else {
                collector.error("$ref target '#\(target)' not found", node: reference.value, pointer: referencePointer, hint: missingTargetHint(target))
                return nil
            }
            current = (resolved, target)
        }
        return current
    }

    /// Names that exist next to the missing pointer `target`, nearest first.
    func missingTargetHint(_ target: String) -> String? {
        guard let slash = target.lastIndex(of: "/") else { return nil }
        let parent = String(target[..<slash])
        let name = JSONPointerText.tokens(of: String(target[slash...]))?.first ?? ""
        guard let keys = node(at: parent)?.members?.map(\.key), !keys.isEmpty else {
            return "nothing is defined at '#\(parent)'"
        }
        return "existing names under '#\(parent)/': " + NearestNames.nearest(to: name, in: keys).joined(separator: ", ")
    }
}
