import Testing
@testable import SpecKit

@Suite struct SchemaKeywordTests {
    @Test func readsEveryKeyword() throws {
        let (root, _) = try SpecFixtures.readSchema(#"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$comment": "ignored",
          "title": "T", "description": "D", "default": {}, "examples": [1, 2], "deprecated": true,
          "readOnly": true, "writeOnly": false, "format": "uri", "contentMediaType": "application/json",
          "contentEncoding": "base64", "contentSchema": {"type": "object"}, "x-swift-name": "Thing",
          "type": ["object", "null"], "enum": [1, "a"], "const": 1, "minimum": 1, "maximum": 2.5,
          "exclusiveMinimum": 0, "exclusiveMaximum": 3, "multipleOf": 0.5, "minLength": 1, "maxLength": 2,
          "pattern": "^a+$", "prefixItems": [true], "items": false, "contains": {}, "minContains": 1,
          "maxContains": 2, "minItems": 1, "maxItems": 3.0, "uniqueItems": true, "unevaluatedItems": false,
          "properties": {"b": {}, "a": {}}, "patternProperties": {"^x-": {}}, "additionalProperties": false,
          "propertyNames": {"maxLength": 9}, "required": ["a"], "dependentRequired": {"a": ["b"]},
          "dependentSchemas": {"b": {}}, "minProperties": 1, "maxProperties": 4, "unevaluatedProperties": false,
          "allOf": [{}], "anyOf": [{}], "oneOf": [{}], "not": false, "if": {}, "then": {}, "else": {},
          "$defs": {"d": true}
        }
        """#)
        #expect(root.title == "T" && root.description == "D" && root.deprecated && root.readOnly && !root.writeOnly)
        #expect(root.examples.count == 2 && root.defaultValue?.members?.isEmpty == true)
        #expect(root.format == "uri" && root.contentMediaType == "application/json" && root.contentEncoding == "base64")
        #expect(root.contentSchema?.types == ["object"])
        #expect(root.extensions.map(\.name) == ["x-swift-name"])
        #expect(root.types == ["object", "null"] && root.enumValues?.count == 2 && root.constValue?.number == 1)
        #expect(root.minimum == 1 && root.maximum == 2.5 && root.exclusiveMinimum == 0 && root.exclusiveMaximum == 3 && root.multipleOf == 0.5)
        #expect(root.minLength == 1 && root.maxLength == 2 && root.pattern == "^a+$")
        #expect(root.prefixItems.first?.booleanValue == true && root.items?.booleanValue == false && root.contains != nil)
        #expect(root.minContains == 1 && root.maxContains == 2 && root.minItems == 1 && root.maxItems == 3 && root.uniqueItems)
        #expect(root.unevaluatedItems?.booleanValue == false && root.unevaluatedProperties?.booleanValue == false)
        #expect(root.properties.map(\.name) == ["b", "a"] && root.patternProperties.map(\.pattern) == ["^x-"])
        #expect(root.additionalProperties?.booleanValue == false && root.propertyNames?.maxLength == 9)
        #expect(root.required == ["a"] && root.dependentRequired.first?.requires == ["b"] && root.dependentSchemas.count == 1)
        #expect(root.minProperties == 1 && root.maxProperties == 4)
        #expect(root.allOf.count == 1 && root.anyOf.count == 1 && root.oneOf.count == 1 && root.not?.booleanValue == false)
        #expect(root.ifSchema != nil && root.thenSchema != nil && root.elseSchema != nil && root.defs.map(\.name) == ["d"])
        #expect(root.properties[1].schema.source.pointer == "/properties/a")
        #expect(root.properties[1].schema.source.uri == "https://example.com/root.json#/properties/a")
        #expect(root.properties[1].schema.source.location == SourceLocation(line: 11, column: 32))
    }

    /// Wrong value types and ranges point at the value.
    @Test(arguments: [
        (#"{"minimum": "3"}"#, "s.json:1:13: error: 'minimum' must be a number, not a string [#/minimum]"),
        (#"{"required": "a"}"#, "s.json:1:14: error: 'required' must be an array of strings, not a string [#/required]"),
        (#"{"minLength": -1}"#, "s.json:1:15: error: 'minLength' must be a non-negative integer [#/minLength]"),
        (#"{"maxItems": 1.5}"#, "s.json:1:14: error: 'maxItems' must be a non-negative integer [#/maxItems]"),
        (#"{"pattern": "a("}"#, "s.json:1:13: error: 'pattern' is not a valid regular expression: it does not compile [#/pattern]"),
        (#"{"enum": 3}"#, "s.json:1:10: error: 'enum' must be an array, not a number [#/enum]"),
        (#"{"type": "int"}"#, "s.json:1:10: error: unknown type 'int' [#/type]"),
        (#"{"type": ["string", 1]}"#, "s.json:1:21: error: 'type' entries must be strings, not a number [#/type/1]"),
        (#"{"multipleOf": 0}"#, "s.json:1:16: error: 'multipleOf' must be greater than 0 [#/multipleOf]"),
        (#"{"exclusiveMinimum": true}"#, "s.json:1:22: error: 'exclusiveMinimum' must be a number in JSON Schema 2020-12, not a boolean [#/exclusiveMinimum]"),
        (#"{"items": [{}]}"#, "s.json:1:11: error: 'items' as an array is draft 2019-09, not 2020-12 [#/items]"),
        (#"{"properties": {"a": 1}}"#, "s.json:1:22: error: each entry of 'properties' must be a schema (an object or a boolean), not a number [#/properties/a]"),
        (#"{"not": "x"}"#, "s.json:1:9: error: 'not' must be a schema (an object or a boolean), not a string [#/not]"),
        (#"{"allOf": []}"#, "s.json:1:11: error: 'allOf' must list at least one schema [#/allOf]"),
        (#"{"$anchor": "1a"}"#, "s.json:1:13: error: '$anchor' must be a plain name like 'node' (a letter or '_', then letters, digits, '-', '_', '.') [#/$anchor]"),
        (#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, "s.json:1:13: error: unsupported dialect 'http://json-schema.org/draft-07/schema#' [#/$schema]"),
        (#"{"$id": "x.json#frag"}"#, "s.json:1:9: error: '$id' must not have a fragment [#/$id]"),
        (#"{"patternProperties": {"(": {}}}"#, "s.json:1:24: error: 'patternProperties' key '(' is not a valid regular expression: it does not compile [#/patternProperties/(]"),
        (#"{"deprecated": "yes"}"#, "s.json:1:16: error: 'deprecated' must be a boolean, not a string [#/deprecated]"),
    ])
    func reportsBadValuesAtTheValue(text: String, expected: String) {
        let lines = SpecFixtures.schemaDiagnostics(text).map { String($0.description.split(separator: "\n")[0]) }
        #expect(lines == [expected])
    }

    @Test func suggestsTheIntendedTypeAndNumber() {
        let type = SpecFixtures.schemaDiagnostics(#"{"type": "intger"}"#)
        #expect(type.first?.hint == "did you mean 'integer'?")
        let number = SpecFixtures.schemaDiagnostics(#"{"minimum": "3"}"#)
        #expect(number.first?.hint == "write the number without quotes: 3")
    }

    /// Keywords outside the subset are ignored (as JSON Schema says) with a warning at the
    /// key that names the likely keyword; never silently dropped.
    @Test(arguments: [
        (#"{"unevaluatedFoo": true}"#, "s.json:1:2: warning: unknown keyword 'unevaluatedFoo' is ignored; the generated code does not check it [#/unevaluatedFoo]", "did you mean 'unevaluatedItems' or 'unevaluatedProperties'?"),
        (#"{"frobnicate": 1}"#, "s.json:1:2: warning: unknown keyword 'frobnicate' is ignored; the generated code does not check it [#/frobnicate]", "SpecKit reads the JSON Schema 2020-12 keywords in SchemaKeywords.supported; prefix an extension with 'x-'"),
        (#"{"min_items": 1}"#, "s.json:1:2: warning: unknown keyword 'min_items' is ignored; the generated code does not check it [#/min_items]", "did you mean 'minItems'?"),
        (#"{"type": "integer", "nullable": true}"#, "s.json:1:21: warning: 'nullable' is an OpenAPI keyword, not JSON Schema 2020-12; it is ignored in a bare schema document [#/nullable]", #"it has a meaning inside an OpenAPI document; in JSON Schema write "type": ["<type>", "null"] for nullable and "examples": [...] for example"#),
        (#"{"definitions": {}}"#, "s.json:1:2: warning: 'definitions' is draft-07, not 2020-12; it is ignored and the generated code does not check it [#/definitions]", "use $defs"),
        (#"{"required": ["a", "a"]}"#, "s.json:1:20: warning: 'required' lists 'a' twice; read once [#/required/1]", "remove the second 'a'"),
    ])
    func warnsOfUnknownKeywords(text: String, expected: String, hint: String) throws {
        #expect(SpecFixtures.schemaDiagnostics(text).isEmpty)
        let warnings = try SpecFixtures.schemaWarnings(text)
        #expect(warnings.map { String($0.description.split(separator: "\n")[0]) } == [expected])
        #expect(warnings.first?.hint == hint)
    }

    @Test func collectsEveryProblemOfADocument() throws {
        let text = #"{"minimum": "1", "properties": {"a": {"maxLength": "2", "nullable": true}}}"#
        #expect(SpecFixtures.schemaDiagnostics(text).map(\.pointer) == ["/minimum", "/properties/a/maxLength"])
        #expect(try SpecFixtures.schemaWarnings(text).map(\.pointer) == ["/properties/a/nullable"])
    }

    @Test func readsBooleanSchemas() throws {
        let (root, registry) = try SpecFixtures.readSchema(#"{"properties": {"yes": true, "no": false}}"#)
        #expect(root.properties.map { $0.schema.booleanValue } == [true, false])
        #expect(registry.schema(at: "https://example.com/root.json#/properties/no")?.booleanValue == false)
    }
}
