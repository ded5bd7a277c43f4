import Testing
@testable import SpecKit

/// OpenAPI 3.0 documents are translated into the 3.1 model while they are read; a 3.1
/// document that uses a 3.0 form is translated the same way, with a warning.
@Suite struct OpenAPI30TranslationTests {
    @Test func versionsRead() {
        #expect(VendorFixtures.read(VendorFixtures.document(version: "3.0.0"))?.openAPIVersion == "3.0")
        #expect(VendorFixtures.read(VendorFixtures.document(version: "3.0.3"))?.openAPIVersion == "3.0")
        #expect(VendorFixtures.read(VendorFixtures.document(version: "3.1.1"))?.openAPIVersion == "3.1")
        #expect(VendorFixtures.errors(VendorFixtures.document(version: "3.2.0")) == ["OpenAPI version '3.2.0' is not supported"])
        #expect(VendorFixtures.errors(VendorFixtures.document(version: "\"2.0\"")) == ["OpenAPI version '2.0' is not supported"])
    }

    @Test func nullableBesideATypeAddsNull() {
        #expect(VendorFixtures.schema("{type: string, nullable: true}")?.types == ["string", "null"])
        #expect(VendorFixtures.schema("{type: string, nullable: false}")?.types == ["string"])
        let enumeration = VendorFixtures.schema("{type: string, enum: [a, b], nullable: true}")
        #expect(enumeration?.types == ["string", "null"])
        #expect(enumeration?.enumValues?.map(\.value) == [.string("a"), .string("b"), .null])
    }

    @Test func nullableBesideOneOfOrAnyOfAddsANullBranch() {
        let oneOf = VendorFixtures.schema("{oneOf: [{type: string}, {type: integer}], nullable: true}")
        #expect(oneOf?.oneOf.map(\.types) == [["string"], ["integer"], ["null"]])
        #expect(oneOf?.oneOf.last?.source.pointer == "/components/schemas/S/oneOf/2")
        let anyOf = VendorFixtures.schema("{anyOf: [{type: string}], nullable: true}")
        #expect(anyOf?.anyOf.map(\.types) == [["string"], ["null"]])
    }

    @Test func nullableBesideARefOrAllOfWrapsItInAnyOf() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.document(schemas: "{T: {type: object}, S: {$ref: '#/components/schemas/T', nullable: true, description: d}}")))
        let schema = try #require(document.schemas.last?.schema)
        #expect(schema.ref == nil)
        #expect(schema.description == "d")
        #expect(schema.anyOf.count == 2)
        #expect(schema.anyOf.first?.ref?.hasSuffix("#/components/schemas/T") == true)
        #expect(schema.anyOf.last?.types == ["null"])
        let allOf = VendorFixtures.schema("{allOf: [{type: object}], nullable: true}")
        #expect(allOf?.allOf.isEmpty == true)
        #expect(allOf?.anyOf.first?.allOf.count == 1)
        #expect(allOf?.anyOf.last?.types == ["null"])
    }

    @Test func exampleBecomesOneOfTheExamples() {
        #expect(VendorFixtures.schema("{type: integer, example: 3}")?.examples.map(\.value) == [.number(3, text: "3")])
        #expect(VendorFixtures.schema("{type: integer, examples: [1], example: 3}", version: "3.1.0")?.examples.count == 2)
        #expect(VendorFixtures.read(VendorFixtures.schemaDocument("{type: integer, example: 3}", version: "3.1.0"))?.warnings.isEmpty == true)
    }

    @Test func booleanExclusiveBoundsBecomeNumeric() {
        let minimum = VendorFixtures.schema("{type: number, minimum: 0, exclusiveMinimum: true}")
        #expect(minimum?.exclusiveMinimum == 0)
        #expect(minimum?.minimum == nil)
        let maximum = VendorFixtures.schema("{type: number, maximum: 10, exclusiveMaximum: true}")
        #expect(maximum?.exclusiveMaximum == 10)
        #expect(maximum?.maximum == nil)
        let inclusive = VendorFixtures.schema("{type: number, minimum: 1, exclusiveMinimum: false}")
        #expect(inclusive?.minimum == 1)
        #expect(inclusive?.exclusiveMinimum == nil)
        #expect(VendorFixtures.read(VendorFixtures.schemaDocument("{type: number, minimum: 0, exclusiveMinimum: true}"))?.warnings.isEmpty == true)
    }

    @Test func the30FormsInA31DocumentWarn() throws {
        let text = VendorFixtures.schemaDocument("{type: number, minimum: 0, exclusiveMinimum: true, nullable: true}", version: "3.1.0")
        let document = try #require(VendorFixtures.read(text))
        #expect(document.warnings.map(\.message) == [
            "a boolean 'exclusiveMinimum' is OpenAPI 3.0; read as 3.0 reads it (minimum is exclusive)",
            "'nullable' is OpenAPI 3.0, not JSON Schema 2020-12; read as 3.0 reads it (the value may also be null)",
        ])
        #expect(document.warnings.map(\.pointer) == ["/components/schemas/S/exclusiveMinimum", "/components/schemas/S/nullable"])
        #expect(document.warnings.allSatisfy { $0.location != nil && $0.hint != nil && $0.file == "specs/acme.yaml" })
        #expect(document.schemas.first?.schema.exclusiveMinimum == 0)
        #expect(document.schemas.first?.schema.types == ["number", "null"])
    }

    @Test func typeNullInA30DocumentIsAWarning() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.schemaDocument("{type: 'null'}")))
        #expect(document.schemas.first?.schema.types == ["null"])
        #expect(document.warnings.map(\.message) == ["'null' is not a type in OpenAPI 3.0; read as JSON Schema's null type"])
        #expect(document.warnings.first?.hint == #"in a 3.0 document write "nullable": true beside the other type"#)
        #expect(VendorFixtures.read(VendorFixtures.schemaDocument("{type: 'null'}", version: "3.1.0"))?.warnings.isEmpty == true)
    }

    @Test func aBareNullInATypeListReadsAsTheNullType() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.schemaDocument("{type: [string, null]}", version: "3.1.0")))
        #expect(document.schemas.first?.schema.types == ["string", "null"])
        #expect(document.warnings.map(\.message) == [#"'type' lists null, not the string "null"; read as "null""#])
    }

    @Test(arguments: ["3.0.3", "3.1.0"])
    func discriminatorIsKept(version: String) throws {
        let schemas = """
        {Cat: {type: object, properties: {kind: {type: string}}}, Dog: {type: object, properties: {kind: {type: string}}},
             Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}],
               discriminator: {propertyName: kind, mapping: {cat: Cat, dog: '#/components/schemas/Dog'}}}}
        """
        let document = try #require(VendorFixtures.read(VendorFixtures.document(version: version, schemas: schemas)))
        #expect(document.warnings.isEmpty)
        let pet = try #require(document.schemas.last?.schema.discriminator)
        #expect(pet.propertyName == "kind")
        #expect(pet.mapping == [
            "cat": "file:///specs/acme.yaml#/components/schemas/Cat", "dog": "file:///specs/acme.yaml#/components/schemas/Dog",
        ])
        #expect(document.schemas.last?.schema.oneOf.first?.ref == pet.mapping["cat"])
        #expect(document.schemas.first?.schema.discriminator == nil)
    }

    @Test func aDiscriminatorNeedsAPropertyName() {
        #expect(VendorFixtures.errors(VendorFixtures.schemaDocument("{oneOf: [{type: object}], discriminator: {mapping: {}}}")) == [
            "the discriminator has no 'propertyName'",
        ])
    }
}
