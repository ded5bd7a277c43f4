import CodeGen
import SpecKit
import Testing
import ViduRuntime

/// Compiling SpecKit schemas into the runtime table: numbering, shared references, dynamic
/// references, the encoded text and the generated declaration.
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
        let compiled = try builder.compiled()
        let nodes = compiled.table.nodes
        #expect(nodes.count == 5)
        #expect(nodes[0].properties == [.init("a", 1), .init("b", 3), .init("c", 4)])
        #expect(nodes[1].ref == 2 && nodes[3].ref == 2)
        #expect(compiled.declaration(indent: "    ") == ##"""
                public static let schemaTable = ViduRuntime.SchemaTable(encoded: #"""
                    [
                    {"isResourceRoot":true,"location":"","properties":[["a",1],["b",3],["c",4]],"required":["a"],"types":["object"]},
                    {"location":"/properties/a","ref":2},
                    {"location":"/$defs/name","maxLength":3,"types":["string"]},
                    {"location":"/properties/b","ref":2},
                    {"always":false,"location":"/properties/c"}
                    ]
                    """#)

            """##)
        let decoded = try SchemaTable(decoding: compiled.table.encoded)
        #expect(decoded.encoded == compiled.table.encoded)
    }

    @Test func encodedTextRoundTripsAndRefusesDamage() throws {
        let text = #"[{"location":"","pattern":"^a+$","types":["string"]},{"location":"/x","ref":0}]"#
        let table = try SchemaTable(decoding: text)
        #expect(table.isValid(.string("aa"), against: 0) && !table.isValid(.string("b"), against: 1))
        #expect(throws: DecodingError.self) { try SchemaTable(decoding: #"[{"location":"","ref":7}]"#) }
        #expect(throws: DecodingError.self) { try SchemaTable(decoding: #"[{"location":"","pattern":"(["}]"#) }
        #expect(throws: DecodingError.self) { try SchemaTable(decoding: #"[{"location":"","minLength":"2"}]"#) }
    }

    @Test func rawLiteralDelimiterOutgrowsTheText() {
        #expect(ExpressionPrinter.rawMultilineLiteral(["a"], indent: "") == "#\"\"\"\na\n\"\"\"#")
        #expect(ExpressionPrinter.rawMultilineLiteral(["x\\#(y)"], indent: "").hasPrefix("##\"\"\""))
        #expect(ExpressionPrinter.rawMultilineLiteral(["say \"\"\"## then"], indent: "").hasPrefix("###\"\"\""))
    }

    @Test func enumAndConstPrintWithExplicitCases() throws {
        let object = JSONNode(.object([
            JSONNode.Member(key: "k", keyLocation: SourceLocation(line: 1, column: 1), value: JSONNode(.number(1, text: "1"), at: SourceLocation(line: 1, column: 1))),
        ]), at: SourceLocation(line: 1, column: 1))
        let text = JSONNode(.string("720p"), at: SourceLocation(line: 1, column: 1))
        let root = Schema(source: Self.source(""), enumValues: [text, object], constValue: JSONNode(.null, at: SourceLocation(line: 1, column: 1)))
        var builder = SchemaTableBuilder(registry: SchemaRegistry())
        builder.addRoot(root)
        let node = try builder.compiled().table.nodes[0]
        #expect(node.enumValues == [.string("720p"), .object(["k": .number(1)])])
        #expect(node.constValue == .null && node.isResourceRoot)
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
        let nodes = try builder.compiled().table.nodes
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
        #expect(throws: DiagnosticList.self) { try builder.compiled() }
        do {
            _ = try builder.compiled()
        } catch {
            #expect(error.diagnostics.count == 3)
            #expect(error.diagnostics.map(\.message).contains("'$ref' target 'https://x.test/other.json' is not defined"))
        }
    }
}
