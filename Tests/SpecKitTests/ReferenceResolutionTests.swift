import Testing
@testable import SpecKit

@Suite struct ReferenceResolutionTests {
    @Test func idChangesTheBaseAndAnchorsRegisterByName() throws {
        let (root, registry) = try SpecFixtures.readSchema(#"""
        {
          "$id": "https://example.com/schemas/root.json",
          "properties": {
            "a": {"$ref": "item.json"},
            "b": {"$ref": "#node"},
            "c": {"$ref": "nested/leaf.json#/$defs/x"},
            "d": {"$ref": "https://example.com/schemas/item.json#/properties/name"}
          },
          "$defs": {
            "item": {
              "$id": "item.json",
              "properties": {"name": {"type": "string"}, "self": {"$ref": "#"}}
            },
            "node": {"$anchor": "node", "type": "object"},
            "leaf": {"$id": "nested/leaf.json", "$defs": {"x": {"type": "integer"}}}
          }
        }
        """#, baseURI: "file:///suite/root.json")
        let refs = root.properties.map { $0.schema.ref }
        #expect(refs == [
            "https://example.com/schemas/item.json",
            "https://example.com/schemas/root.json#node",
            "https://example.com/schemas/nested/leaf.json#/$defs/x",
            "https://example.com/schemas/item.json#/properties/name",
        ])
        for ref in refs { #expect(registry.schema(at: ref!) != nil, "\(ref!)") }
        let item = try #require(registry.schema(at: "https://example.com/schemas/item.json"))
        #expect(item.id == "https://example.com/schemas/item.json")
        #expect(item.properties[1].schema.ref == "https://example.com/schemas/item.json")
        #expect(item.properties[0].schema.source.uri == "https://example.com/schemas/item.json#/properties/name")
        #expect(item.properties[0].schema.source.resourceURI == "https://example.com/schemas/item.json")
        #expect(registry.schema(at: "https://example.com/schemas/root.json#node")?.types == ["object"])
        // Also reachable by the retrieval URI and by pointers through the outer resource.
        #expect(registry.schema(at: "file:///suite/root.json") === root)
        #expect(registry.schema(at: "https://example.com/schemas/root.json#/$defs/item/properties/name") === item.properties[0].schema)
    }

    @Test func decodesPercentAndTildeEscapesInFragments() throws {
        let (root, registry) = try SpecFixtures.readSchema(#"""
        {
          "$defs": {"a/b": {"type": "string"}, "c~d": {"type": "integer"}, "e f": {"type": "null"}, "{g}": {"type": "array"}},
          "properties": {
            "1": {"$ref": "#/$defs/a~1b"}, "2": {"$ref": "#/$defs/c~0d"},
            "3": {"$ref": "#/$defs/e%20f"}, "4": {"$ref": "#/$defs/%7Bg%7D"}
          }
        }
        """#)
        let types = root.properties.map { registry.schema(at: $0.schema.ref!)?.types }
        #expect(types == [["string"], ["integer"], ["null"], ["array"]])
    }

    @Test func readsReachedExternalDocumentsOnly() throws {
        let meta = try JSONParser.parse(##"{"$id": "https://meta.example/m", "$dynamicAnchor": "meta", "type": ["object", "boolean"], "properties": {"x": {"$dynamicRef": "#meta"}}}"##, file: "m")
        let unrelated = try JSONParser.parse(##"{"definitions": {}}"##, file: "u")
        let (root, registry) = try SpecFixtures.readSchema(
            ##"{"$ref": "https://meta.example/m"}"##,
            externalDocuments: [(uri: "https://meta.example/m", node: meta), (uri: "https://unrelated.example/u", node: unrelated)]
        )
        #expect(root.ref == "https://meta.example/m")
        let metaSchema = try #require(registry.schema(at: "https://meta.example/m"))
        #expect(metaSchema.dynamicAnchor == "meta")
        #expect(metaSchema.properties[0].schema.dynamicRef == "https://meta.example/m#meta")
        #expect(registry.schema(at: "https://meta.example/m#meta") === metaSchema)
    }

    @Test func reportsDanglingReferencesWithNearestNames() {
        let diagnostics = SpecFixtures.schemaDiagnostics(##"{"$defs": {"Task": {}, "TaskList": {}, "Other": {}}, "$ref": "#/$defs/Tsak"}"##)
        #expect(diagnostics.map(\.description) == [
            "s.json:1:62: error: $ref target '#/$defs/Tsak' not found [#/$ref]\ns.json:1:62: note: existing names under '#/$defs/': Task, TaskList, Other",
        ])
    }

    @Test func reportsAMissingExternalDocument() {
        let diagnostics = SpecFixtures.schemaDiagnostics(##"{"$ref": "https://nowhere.example/x.json"}"##)
        #expect(diagnostics.first?.message == "$ref target 'https://nowhere.example/x.json' not found")
        #expect(diagnostics.first?.hint == "no document or $id has the URI 'https://nowhere.example/x.json'; check the spelling, or add that document")
    }

    @Test func reportsABareReferenceCycleOnce() {
        let diagnostics = SpecFixtures.schemaDiagnostics(#"""
        {
          "$defs": {
            "A": {"$ref": "#/$defs/B", "description": "annotations do not break a cycle"},
            "B": {"$ref": "#/$defs/A"},
            "C": {"$ref": "#/$defs/A"}
          }
        }
        """#)
        #expect(diagnostics.map { String($0.description.split(separator: "\n")[0]) } == [
            "s.json:3:19: error: $ref cycle never reaches a schema: #/$defs/A → #/$defs/B → #/$defs/A [#/$defs/A/$ref]",
        ])
    }

    @Test func acceptsRecursionThroughKeywords() throws {
        let (root, _) = try SpecFixtures.readSchema(##"{"$defs": {"Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}}, "$ref": "#/$defs/Node"}"##)
        #expect(root.ref == "https://example.com/root.json#/$defs/Node")
        #expect(root.isBareReference)
    }

    @Test func reportsDuplicateIDsAndAnchors() {
        let diagnostics = SpecFixtures.schemaDiagnostics(##"{"$defs": {"a": {"$id": "x.json"}, "b": {"$id": "x.json"}, "c": {"$anchor": "n"}, "d": {"$anchor": "n"}}}"##)
        #expect(diagnostics.map(\.message) == [
            "duplicate $id 'x.json' (first declared at line 1)",
            "duplicate $anchor 'n' in one schema resource (first declared at line 1)",
        ])
    }

    /// The shape of the 2020-12 metaschema: a root that `allOf`-references vocabulary
    /// metaschemas by relative URI, all sharing the `meta` dynamic anchor.
    @Test func readsAMetaschemaShapedSetOfDocuments() throws {
        let root = try JSONParser.parse(##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://json-schema.org/draft/2020-12/schema",
          "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true},
          "$dynamicAnchor": "meta",
          "allOf": [{"$ref": "meta/core"}],
          "type": ["object", "boolean"],
          "properties": {"definitions": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}}}
        }
        """##, file: "schema")
        let core = try JSONParser.parse(##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://json-schema.org/draft/2020-12/meta/core",
          "$dynamicAnchor": "meta",
          "type": ["object", "boolean"],
          "properties": {
            "$anchor": {"$ref": "#/$defs/anchorString"},
            "$defs": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}}
          },
          "$defs": {"anchorString": {"type": "string", "pattern": "^[A-Za-z_][-A-Za-z0-9._]*$"}}
        }
        """##, file: "core")
        // The suite names documents by the URI they are retrieved from; the second is found by its $id.
        let (schema, registry) = try SpecFixtures.readSchema(
            ##"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"##,
            externalDocuments: [
                (uri: "https://json-schema.org/draft/2020-12/schema", node: root),
                (uri: "https://mirror.example/core.json", node: core),
            ]
        )
        let meta = try #require(registry.schema(at: schema.ref!))
        #expect(meta.allOf[0].ref == "https://json-schema.org/draft/2020-12/meta/core")
        let coreSchema = try #require(registry.schema(at: "https://json-schema.org/draft/2020-12/meta/core#meta"))
        #expect(coreSchema.dynamicAnchor == "meta")
        #expect(registry.schema(at: coreSchema.properties[0].schema.ref!)?.pattern == "^[A-Za-z_][-A-Za-z0-9._]*$")
        #expect(meta.properties[0].schema.additionalProperties?.dynamicRef == "https://json-schema.org/draft/2020-12/schema#meta")
    }
}
