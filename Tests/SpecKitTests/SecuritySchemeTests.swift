import Testing
@testable import SpecKit

/// Which security scheme the client uses and where it puts the key (`AuthScheme.placement`).
@Suite struct SecuritySchemeTests {
    static func auth(_ schemes: String, security: String? = "[{key: []}]", paths: String = "") -> AuthScheme? {
        VendorFixtures.read(VendorFixtures.document(security: security, paths: paths, schemes: schemes))?.auth
    }

    @Test func httpSchemesUseAuthorization() {
        let bearer = Self.auth("key: {type: http, scheme: bearer}")
        #expect(bearer?.placement == .header(name: "Authorization", prefix: "Bearer"))
        #expect(bearer?.isDefaultPlacement == true)
        #expect(Self.auth("key: {type: http, scheme: Token}")?.placement == .header(name: "Authorization", prefix: "Token"))
        #expect(Self.auth("key: {type: http, scheme: basic}")?.scheme == "Basic")
    }

    @Test func apiKeySchemesPutTheKeyWhereTheySay() {
        #expect(Self.auth("key: {type: apiKey, in: header, name: X-API-Key}")?.placement == .header(name: "X-API-Key", prefix: nil))
        #expect(Self.auth("key: {type: apiKey, in: header, name: Authorization, x-key-prefix: Key}")?.placement == .header(name: "Authorization", prefix: "Key"))
        #expect(Self.auth("key: {type: apiKey, in: query, name: api_key}")?.placement == .query(name: "api_key"))
        #expect(Self.auth("key: {type: apiKey, in: cookie, name: session}")?.placement == .cookie(name: "session"))
        #expect(Self.auth("key: {type: apiKey, in: header, name: X-API-Key}")?.isDefaultPlacement == false)
    }

    @Test func noSecurityMeansNoKey() {
        #expect(Self.auth("key: {type: http, scheme: bearer}", security: nil)?.placement == .unauthenticated)
        #expect(Self.auth("key: {type: http, scheme: bearer}", security: "[]")?.placement == .unauthenticated)
        #expect(VendorFixtures.read(VendorFixtures.document(security: nil, schemes: ""))?.auth.placement == .unauthenticated)
    }

    @Test func withoutTopLevelSecurityAnOperationsSchemeIsUsed() {
        let paths = """
          /a: {get: {operationId: a, security: [{key: []}], responses: {"200": {description: ok}}}}

        """
        #expect(Self.auth("key: {type: apiKey, in: query, name: k}", security: nil, paths: paths)?.placement == .query(name: "k"))
    }

    @Test func otherSchemesOfOperationsAreOneWarningEach() throws {
        let paths = """
          /a: {get: {operationId: a, security: [{admin: []}], responses: {"200": {description: ok}}}}
          /b: {get: {operationId: b, security: [{admin: []}], responses: {"200": {description: ok}}}}
          /c: {get: {operationId: c, security: [], responses: {"200": {description: ok}}}}
          /d: {get: {operationId: d, security: [{key: []}, {admin: []}], responses: {"200": {description: ok}}}}

        """
        let text = VendorFixtures.document(paths: paths, schemes: "key: {type: http, scheme: bearer}, admin: {type: http, scheme: bearer}")
        let document = try #require(VendorFixtures.read(text))
        #expect(document.warnings.map(\.message) == [
            "2 operations (the first: a) require the security scheme 'admin'; the client sends the key of 'key' to every operation",
        ])
        #expect(document.warnings.first?.hint == "call those operations with a second client configured with the key 'admin' needs")
        #expect(document.warnings.first?.pointer == "/paths/~1a/get/security")
    }

    @Test func oauthAndSeveralSchemesAtOnceWarn() throws {
        let oauth = try #require(VendorFixtures.read(VendorFixtures.document(schemes: "key: {type: oauth2, flows: {}}")))
        #expect(oauth.auth.placement == .header(name: "Authorization", prefix: "Bearer"))
        #expect(oauth.warnings.map(\.message) == [
            "security scheme type 'oauth2': the client sends the API key as a bearer token (Authorization: Bearer <key>) and does not run the oauth2 flow",
        ])
        let both = VendorFixtures.document(security: "[{key: [], other: []}]", schemes: "key: {type: http, scheme: bearer}, other: {type: apiKey, in: header, name: X-Other}")
        #expect(VendorFixtures.warnings(both) == ["the security requirement needs 2 schemes at once; the client sends only 'key'"])
    }

    @Test func errorsNameTheFieldAndAFix() {
        #expect(VendorFixtures.errors(VendorFixtures.document(schemes: "key: {type: apiKey, in: body, name: k}")) == [
            "apiKey location 'body' is not one of header, query, cookie",
        ])
        #expect(VendorFixtures.errors(VendorFixtures.document(schemes: "key: {type: apiKey, in: header}")) == [
            "the apiKey security scheme has no 'name'",
        ])
        #expect(VendorFixtures.errors(VendorFixtures.document(schemes: "key: {type: magic}")) == [
            "security scheme type 'magic' is not an OpenAPI type",
        ])
        #expect(VendorFixtures.errors(VendorFixtures.document(security: "[{nokey: []}]")) == [
            "'security' names the scheme 'nokey', which components.securitySchemes does not define",
        ])
    }
}
