import Foundation

/// Typed readers for keyword values: each returns nil (and records a diagnostic at the value)
/// when the value has the wrong type or range.
extension SchemaReader {
    mutating func string(_ node: JSONNode, keyword: String, pointer: String) -> String? {
        if let string = node.string { return string }
        collector.error("'\(keyword)' must be a string, not \(node.typeName.withArticle)", node: node, pointer: pointer)
        return nil
    }

    mutating func bool(_ node: JSONNode, keyword: String, pointer: String) -> Bool? {
        if let bool = node.bool { return bool }
        collector.error("'\(keyword)' must be a boolean, not \(node.typeName.withArticle)", node: node, pointer: pointer)
        return nil
    }

    mutating func number(_ node: JSONNode, keyword: String, pointer: String) -> Double? {
        if let number = node.number { return number }
        let hint = node.string.flatMap { Double($0) }.map { "write the number without quotes: \($0.formatted)" }
        collector.error("'\(keyword)' must be a number, not \(node.typeName.withArticle)", node: node, pointer: pointer, hint: hint)
        return nil
    }

    mutating func positiveNumber(_ node: JSONNode, keyword: String, pointer: String) -> Double? {
        guard let number = number(node, keyword: keyword, pointer: pointer) else { return nil }
        guard number > 0 else {
            collector.error("'\(keyword)' must be greater than 0", node: node, pointer: pointer)
            return nil
        }
        return number
    }

    /// A non-negative integer (JSON Schema also accepts `2.0`).
    mutating func count(_ node: JSONNode, keyword: String, pointer: String) -> Int? {
        guard let number = number(node, keyword: keyword, pointer: pointer) else { return nil }
        guard number >= 0, number.rounded() == number, number < 9.0e15 else {
            collector.error("'\(keyword)' must be a non-negative integer", node: node, pointer: pointer)
            return nil
        }
        return Int(number)
    }

    mutating func regularExpression(_ node: JSONNode, keyword: String, pointer: String) -> String? {
        guard let pattern = string(node, keyword: keyword, pointer: pointer) else { return nil }
        if let problem = Self.regularExpressionProblem(pattern) {
            collector.error("'\(keyword)' is not a valid regular expression: \(problem)", node: node, pointer: pointer)
            return nil
        }
        return pattern
    }

    /// Why `pattern` does not compile, or nil when it does.
    static func regularExpressionProblem(_ pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return "it does not compile"
        }
    }

    mutating func array(_ node: JSONNode, keyword: String, pointer: String) -> [JSONNode]? {
        if let elements = node.elements { return elements }
        collector.error("'\(keyword)' must be an array, not \(node.typeName.withArticle)", node: node, pointer: pointer)
        return nil
    }

    mutating func object(_ node: JSONNode, keyword: String, pointer: String) -> [JSONNode.Member]? {
        if let members = node.members { return members }
        collector.error("'\(keyword)' must be an object, not \(node.typeName.withArticle)", node: node, pointer: pointer)
        return nil
    }

    /// An array of distinct strings.
    mutating func stringArray(_ node: JSONNode, keyword: String, pointer: String) -> [String]? {
        guard let elements = node.elements else {
            collector.error("'\(keyword)' must be an array of strings, not \(node.typeName.withArticle)", node: node, pointer: pointer)
            return nil
        }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            let elementPointer = JSONPointerText.appending(index, to: pointer)
            guard let string = element.string else {
                collector.error("'\(keyword)' entries must be strings, not \(element.typeName.withArticle)", node: element, pointer: elementPointer)
                continue
            }
            if strings.contains(string) {
                collector.warning("'\(keyword)' lists '\(string)' twice; read once", node: element, pointer: elementPointer, hint: "remove the second '\(string)'")
                continue
            }
            strings.append(string)
        }
        return strings
    }

    mutating func anchorName(_ node: JSONNode, keyword: String, pointer: String) -> String? {
        guard let name = string(node, keyword: keyword, pointer: pointer) else { return nil }
        let scalars = Array(name.unicodeScalars)
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        let valid = scalars.first.map { isLetter($0) || $0 == "_" } == true
            && scalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
        guard valid else {
            collector.error("'\(keyword)' must be a plain name like 'node' (a letter or '_', then letters, digits, '-', '_', '.')", node: node, pointer: pointer)
            return nil
        }
        return name
    }

    /// A subschema value: an object or a boolean.
    mutating func subschema(_ node: JSONNode, keyword: String, pointer: String) -> Schema? {
        guard node.members != nil || node.bool != nil else {
            collector.error("'\(keyword)' must be a schema (an object or a boolean), not \(node.typeName.withArticle)", node: node, pointer: pointer)
            return nil
        }
        return readSchema(node, pointer: pointer)
    }

    /// A schema inside a keyword's map or array: diagnosed like `subschema`, but always returns one.
    mutating func readSchemaValue(_ node: JSONNode, keyword: String, pointer: String) -> Schema {
        guard node.members != nil || node.bool != nil else {
            collector.error("each entry of '\(keyword)' must be a schema (an object or a boolean), not \(node.typeName.withArticle)", node: node, pointer: pointer)
            return readSchema(JSONNode(.bool(true), at: node.location), pointer: pointer)
        }
        return readSchema(node, pointer: pointer)
    }

    /// A non-empty array of schemas.
    mutating func schemaArray(_ node: JSONNode, keyword: String, pointer: String) -> [Schema] {
        guard let elements = array(node, keyword: keyword, pointer: pointer) else { return [] }
        if elements.isEmpty {
            collector.error("'\(keyword)' must list at least one schema", node: node, pointer: pointer)
        }
        return elements.enumerated().map { index, element in
            readSchemaValue(element, keyword: keyword, pointer: JSONPointerText.appending(index, to: pointer))
        }
    }

    /// An object whose values are schemas, in source order.
    mutating func schemaMap(_ node: JSONNode, keyword: String, pointer: String) -> [(name: String, schema: Schema)] {
        guard let members = object(node, keyword: keyword, pointer: pointer) else { return [] }
        return members.map { member in
            (member.key, readSchemaValue(member.value, keyword: keyword, pointer: JSONPointerText.appending(member.key, to: pointer)))
        }
    }
}

extension Double {
    /// The shortest text for the number: `3` rather than `3.0`.
    var formatted: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
