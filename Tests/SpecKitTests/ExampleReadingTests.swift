import Testing
@testable import SpecKit

/// `example` and `examples` wherever OpenAPI allows them: media types, parameters, headers,
/// and Example objects with summary, description, value and externalValue.
@Suite struct ExampleReadingTests {
    static let paths = """
      /v1/videos:
        post:
          operationId: createVideo
          parameters:
            - {name: X-Trace, in: header, schema: {type: string}, example: t-1}
            - name: lang
              in: query
              schema: {type: string}
              examples: {english: {summary: English, value: en}}
          requestBody:
            content:
              application/json:
                schema: {type: object}
                example: {prompt: a cat}
          responses:
            "200":
              description: ok
              headers:
                X-Request-Id: {schema: {type: string}, example: r-1}
              content:
                application/json:
                  schema: {type: object}
                  examples:
                    done: {summary: Done, description: A finished task, value: {state: done}}
                    remote: {summary: Remote, externalValue: 'https://example.com/x.json'}
                    titled: {title: Titled, value: {state: queued}}
                    empty: {summary: Nothing}

    """

    @Test func examplesAreReadEverywhere() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.document(paths: Self.paths)))
        let operation = try #require(document.operations.first)
        #expect(operation.parameters.map { $0.examples.map(\.name) } == [["example"], ["english"]])
        #expect(operation.parameters[0].examples.first?.value.value == .string("t-1"))
        #expect(operation.parameters[1].examples.first?.summary == "English")
        #expect(operation.requestBody?.examples.map(\.name) == ["example"])
        #expect(operation.requestBody?.examples.first?.pointer == "/paths/~1v1~1videos/post/requestBody/content/application~1json/example")
        let response = try #require(operation.responses.first)
        #expect(response.examples.map(\.name) == ["done", "titled"])
        #expect(response.examples.first?.description == "A finished task")
        #expect(response.content.first?.examples.count == 2)
    }

    @Test func externalValueTitleAndNoValueWarn() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.document(paths: Self.paths)))
        #expect(document.warnings.map(\.message) == [
            "example 'remote' is only an externalValue, which SpecKit does not fetch: the simulation and the example tests skip it",
            "'title' in an example is ignored: 'title' is not a field of an Example object, so it is not shown",
            "example 'empty' has no 'value', so there is nothing to use",
        ])
        #expect(document.warnings.map(\.hint) == [
            #"copy the example inline as "value" to use it"#, "write it as summary", #"add "value": <the example>"#,
        ])
        let base = "/paths/~1v1~1videos/post/responses/200/content/application~1json/examples/"
        #expect(document.warnings.map(\.pointer) == [base + "remote/externalValue", base + "titled/title", base + "empty"])
    }
}
