import CodeGen
import SpecKit
import Testing

/// Lowering SpecKit schemas: numbering, shared references, dynamic references and printing.
@Suite struct SchemaTableBuilderTests {
    static func source(_ pointer: String, _ base: String = "https://x.test/s.json") -> SchemaSource {
        SchemaSource(file: "s.json", location: SourceLocation(line: 1, column: 1), pointer: pointer,
            uri: pointer.isEmpty ? base : base + "#" + pointer)
    }

    @Test func numbersDepthFirstAndSharesReferenceTargets() throws {
        let shared = Schema(source: Self.source("/$defs/name"), types: ["string"], maxLength: 3)
        let root = Schema(
            source: Self.source(""), defs: [("name", shared)], types: ["object"],
            properties: [
                ("a", Schema(source: Self.source("/properties/a"), ref: "https://x.test/s.json#/$defs/name")),
                ("b", Schema(source: Self.source("/properties/b"), ref: "https://x.test/s.json#/$defs/name")),
                ("c", Schema(source: Self.source("/properties/c"), booleanValue: false)),
            ],
            required: ["a"])
        let registry = SchemaRegistry(schemas: ["https://x.test/s.json#/$defs/name": shared])
        var builder = SchemaTableBuilder(registry: registry)
        #expect(builder.addRoot(root) == 0)
        let lowering = try builder.lowering()
        #expect(lowering.nodes.count == 5)
        #expect(lowering.nodes[0].properties == [.init("a", 1), .init("b", 3), .init("c", 4)])
        #expect(lowering.nodes[1].ref == 2 && lowering.nodes[3].ref == 2)
        #expect(lowering.declaration(indent: "    ") == """
                public static let schemaTable = SchemaTable(nodes: [
                    SchemaNode(types: [.object], properties: [SchemaMember("a", 1), SchemaMember("b", 3), SchemaMember("c", 4)], required: ["a"], isResourceRoot: true),
                    SchemaNode(location: "/properties/a", ref: 2),
                    SchemaNode(location: "/$defs/name", types: [.string], maxLength: 3),
                    SchemaNode(location: "/properties/b", ref: 2),
                    SchemaNode(always: false, location: "/properties/c"),
                ])

            """)
    }

    @Test func enumAndConstPrintWithExplicitCases() throws {
        let object = JSONNode(.object([
            JSONNode.Member(key: "k", keyLocation: SourceLocation(line: 1, column: 1), value: JSONNode(.number(1, text: "1"), at: SourceLocation(line: 1, column: 1))),
        ]), at: SourceLocation(line: 1, column: 1))
        let text = JSONNode(.string("720p"), at: SourceLocation(line: 1, column: 1))
        let root = Schema(source: Self.source(""), enumValues: [text, object], constValue: JSONNode(.null, at: SourceLocation(line: 1, column: 1)))
        var builder = SchemaTableBuilder(registry: SchemaRegistry())
        builder.addRoot(root)
        let printed = ExpressionPrinter.render(SchemaNodeExpression.expression(for: try builder.lowering().nodes[0]))
        #expect(printed == #"SchemaNode(enumValues: [.string("720p"), .object(["k": .number(1.0)])], constValue: .null, isResourceRoot: true)"#)
    }

    @Test func dynamicReferenceNeedsItsBookend() throws {
        let anchored = Schema(source: Self.source("/$defs/a"), dynamicAnchor: "node", types: ["string"])
        let plain = Schema(source: Self.source("/$defs/b"), types: ["integer"])
        let root = Schema(
            source: Self.source(""), defs: [("a", anchored), ("b", plain)],
            allOf: [
                Schema(source: Self.source("/allOf/0"), dynamicRef: "https://x.test/s.json#node"),
                Schema(source: Self.source("/allOf/1"), dynamicRef: "https://x.test/s.json#/$defs/b"),
            ])
        let registry = SchemaRegistry(schemas: [
            "https://x.test/s.json#node": anchored, "https://x.test/s.json#/$defs/b": plain,
        ])
        var builder = SchemaTableBuilder(registry: registry)
        builder.addRoot(root)
        let nodes = try builder.lowering().nodes
        #expect(nodes[1].dynamicRef == .init("node", fallback: 2))
        #expect(nodes[3].ref == 4 && nodes[3].dynamicRef == nil)
        #expect(nodes[0].dynamicAnchors == [.init("node", 2)])
    }

    @Test func unresolvableReferencesAndBadPatternsAreDiagnosed() {
        let root = Schema(
            source: Self.source(""), ref: "https://x.test/other.json", pattern: "([a-z]",
            properties: [("d", Schema(source: Self.source("/properties/d"), dynamicRef: "https://x.test/s.json#missing"))])
        var builder = SchemaTableBuilder(registry: SchemaRegistry())
        builder.addRoot(root)
        #expect(throws: DiagnosticList.self) { try builder.lowering() }
        do {
            _ = try builder.lowering()
        } catch {
            #expect(error.diagnostics.count == 3)
            #expect(error.diagnostics.map(\.message).contains("'$ref' target 'https://x.test/other.json' is not defined"))
        }
    }
}
