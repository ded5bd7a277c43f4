import Testing
@testable import SpecKit

/// Valid OpenAPI that SpecKit does not honour is a warning that names the construct and what
/// the user loses, with file:line:col, the pointer and a hint; never an error.
@Suite struct UnsupportedConstructWarningTests {
    static let paths = """
      /v1/videos:
        servers: [{url: 'https://upload.acme.example'}]
        post:
          operationId: createVideo
          externalDocs: {url: 'https://docs.acme.example'}
          tags: [videos]
          deprecated: true
          x-internal: true
          servers: [{url: 'https://upload.acme.example'}]
          callbacks: {done: {'{$request.body#/url}': {post: {responses: {"200": {description: ok}}}}}}
          parameters:
            - {name: filter, in: query, style: deepObject, schema: {type: object}}
            - {name: meta, in: header, content: {application/json: {schema: {type: object}}}}
            - {$ref: '#/components/parameters/Limit', description: shadowed, extra: ignored}
          requestBody:
            content:
              multipart/form-data:
                schema: {type: object, properties: {file: {type: string, format: binary}}, xml: {name: upload}}
                encoding: {file: {contentType: image/png}}
          responses:
            "200":
              description: ok
              links: {status: {operationId: getTask}}
              headers: {X-Rate: {schema: {type: integer}}}
        query:
          operationId: search
          responses: {"200": {description: ok}}

    """

    static var text: String {
        VendorFixtures.document(version: "3.1.0", paths: paths, schemas: "{}")
            .replacingOccurrences(of: "  schemas: {}", with: "  schemas: {}\n  parameters: {Limit: {name: limit, in: query, schema: {type: integer, min_items: 1}}}")
    }

    @Test func eachConstructIsAWarning() throws {
        let document = try #require(VendorFixtures.read(Self.text))
        #expect(document.warnings.map(\.message) == [
            "'servers' in a path item is ignored: the path's own servers are not used: its requests go to the document's first server",
            "'servers' in an operation is ignored: the operation's own servers are not used: its requests go to the document's first server",
            "'callbacks' in an operation is ignored: callbacks are not generated, so the requests the provider sends back have no typed handler",
            "parameter 'filter' has style 'deepObject', which the client does not write: it sends the form style",
            "parameter 'meta' gives 'content' instead of 'schema' (a serialized value), which the client cannot send: it is left out",
            "'extra' in a reference object is ignored: a reference object's other members are ignored (OpenAPI says so)",
            "'xml' is ignored: SpecKit reads JSON bodies, so the XML names and namespaces it gives are lost",
            "'links' in a response is ignored: links are not generated: the client does not follow them",
            "'query' in a path item is ignored: 'query' is an HTTP method of OpenAPI 3.2, not of 3.0 or 3.1: the operation is not generated",
            "unknown keyword 'min_items' is ignored; the generated code does not check it",
        ])
        #expect(document.warnings.allSatisfy { $0.severity == .warning && $0.location != nil && !($0.hint ?? "").isEmpty })
        #expect(document.warnings.map(\.pointer).contains("/components/parameters/Limit/schema/min_items"))
        #expect(document.warnings.first { $0.message.hasPrefix("unknown keyword") }?.hint == "did you mean 'minItems'?")
        let operation = try #require(document.operations.first)
        #expect(document.operations.map(\.operationID) == ["createVideo"])
        #expect(operation.parameters.map(\.name) == ["filter", "limit"])
        #expect(operation.requestBody?.mediaType == "multipart/form-data")
        #expect(operation.requestBody?.content.first?.encoding.map(\.contentType) == ["image/png"])
        #expect(operation.responses.first?.headers == ["X-Rate"])
    }

    @Test func warningsPrintAsCompilersDo() throws {
        let document = try #require(VendorFixtures.read(Self.text))
        let first = try #require(document.warnings.first)
        #expect(first.description == """
            specs/acme.yaml:7:5: warning: 'servers' in a path item is ignored: the path's own servers are not used: its requests go to the document's first server [#/paths/~1v1~1videos/servers]
            specs/acme.yaml:7:5: note: set ClientConfiguration.baseURL to reach another server
            """)
    }

    @Test func harmlessOddities() throws {
        let paths = """
          /a:
            get:
              operationId: a
              parameters:

        """
        let document = try #require(VendorFixtures.read(VendorFixtures.document(paths: paths)))
        #expect(document.warnings.map(\.message) == [
            "the operation has no 'responses', so its client returns no typed answer",
            "'parameters' has no value; read as no parameters",
        ])
        let relative = VendorFixtures.document().replacingOccurrences(of: "https://api.acme.example", with: "/api")
        #expect(VendorFixtures.warnings(relative) == ["the first server's URL '/api' is relative, so the generated client has no host to send to"])
    }

    /// A required name that a sibling allOf branch declares is not reported; a typo is.
    @Test func requiredNamesDeclaredBySiblingBranches() {
        let schemas = "{S: {allOf: [{type: object, properties: {id: {type: string}}}, {type: object, properties: {name: {type: string}}, required: [id, nmae]}]}}"
        #expect(VendorFixtures.warnings(VendorFixtures.document(schemas: schemas)).isEmpty)
        #expect(VendorFixtures.warnings(VendorFixtures.document(schemas: "{S: {type: object, properties: {name: {type: string}}, required: [nmae]}}")) == [
            "required property 'nmae' is not in 'properties', so the generated type has no member for it",
        ])
    }

    @Test func unknownKeysOutsideSchemasAreStillErrors() {
        let paths = """
          /a: {get: {operationId: a, requestbody: {}, responses: {"200": {description: ok}}}}

        """
        #expect(VendorFixtures.errors(VendorFixtures.document(paths: paths)) == ["unknown key 'requestbody' in an operation"])
    }
}
