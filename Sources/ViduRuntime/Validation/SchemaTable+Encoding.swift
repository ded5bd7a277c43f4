import Foundation

extension SchemaTable {
    /// The table as text: a JSON array with one node a line, each node an object of its
    /// present keywords (see `SchemaNode`). vidu-codegen writes this into generated code, so
    /// the generated table is one string literal, which compiles in time linear in its size.
    ///
    /// The text depends only on the nodes: object keys are sorted and numbers written in one
    /// way (`JSONValueWriter`), so the same table always gives the same bytes. U+2028 and
    /// U+2029 are written as `\u2028` and `\u2029`, so no line of the text breaks inside a
    /// string.
    public var encoded: String {
        let lines = nodes.map { node -> String in
            // A node holds only finite numbers (the generator refuses others), so writing cannot fail.
            let data = (try? JSONValueEncoder().encode(node)).flatMap { try? JSONValueWriter.data($0) } ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
                .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]"
    }

    /// Reads a table written by `encoded`.
    ///
    /// - Throws: `DecodingError` naming the first node that is not a valid encoding (a
    ///   pattern that does not compile, a keyword of the wrong type, a subschema index outside
    ///   the table).
    public init(decoding text: String) throws {
        let nodes = try JSONDecoder().decode([SchemaNode].self, from: Data(text.utf8))
        if let bad = nodes.firstIndex(where: { !$0.subschemas.allSatisfy(nodes.indices.contains) }) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [], debugDescription: "node \(bad) refers to a subschema outside the table of \(nodes.count) nodes"))
        }
        self.init(nodes: nodes)
    }

    /// The table generated code declares: `encoded` text from vidu-codegen, read once, when
    /// the table is first used. Text that does not decode is a damaged generated file (a test
    /// decodes every generated table), and stops the program with the decoding error.
    @_spi(Generated)
    public init(encoded text: String) {
        do {
            try self.init(decoding: text)
        } catch {
            preconditionFailure("a generated schema table does not decode (regenerate with vidu-codegen): \(error)")
        }
    }
}

extension SchemaNode {
    /// Every node index this node refers to.
    var subschemas: [Int] {
        var indexes = prefixItems + allOf + anyOf + oneOf
        indexes += properties.map(\.node) + patternProperties.map(\.node) + dependentSchemas.map(\.node) + dynamicAnchors.map(\.node)
        let single: [Int?] = [
            items, contains, unevaluatedItems, additionalProperties, propertyNames, unevaluatedProperties,
            not, ifSchema, thenSchema, elseSchema, ref, dynamicRef?.fallback, resource,
        ]
        return indexes + single.compactMap { $0 }
    }
}
