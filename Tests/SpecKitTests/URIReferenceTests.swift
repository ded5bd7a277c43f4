import Testing
@testable import SpecKit

@Suite struct URIReferenceTests {
    /// RFC 3986 section 5.4, normal and abnormal examples.
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), (";x", "http://a/b/c/;x"), ("", "http://a/b/c/d;p?q"),
        (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/../y", "http://a/b/c/y"),
    ])
    func resolvesLikeRFC3986(reference: String, expected: String) {
        let base = URIReference(parsing: "http://a/b/c/d;p?q")
        #expect(URIReference(parsing: reference).resolved(against: base).description == expected)
    }

    @Test func resolvesAgainstURNBases() {
        #expect(SchemaURI.resolve("#/$defs/a", against: "urn:uuid:deadbeef-1234") == "urn:uuid:deadbeef-1234#/$defs/a")
        #expect(SchemaURI.resolve("#foo", against: "tag:example.com,2024:root") == "tag:example.com,2024:root#foo")
    }

    @Test func canonicalizesFragments() {
        #expect(SchemaURI.resolve("#/a%20b/c~1d", against: "https://x/y.json") == "https://x/y.json#/a%20b/c~1d")
        #expect(SchemaURI.resolve("#/a b", against: "https://x/y.json") == "https://x/y.json#/a%20b")
        #expect(SchemaURI.resolve("other.json#", against: "https://x/y.json") == "https://x/other.json")
        #expect(SchemaURI.resolve("#/%7Bid%7D", against: "https://x/y.json") == SchemaURI.uri(resource: "https://x/y.json", pointer: "/{id}"))
        #expect(SchemaURI.resolve("#/%zz", against: "https://x/y.json") == nil)
    }

    @Test func makesFileURIsFromPathsAsGiven() {
        #expect(SchemaURI.fileURI(forPath: "specs/apimart.json") == "file:///specs/apimart.json")
        #expect(SchemaURI.fileURI(forPath: "./specs/a b.json") == "file:///specs/a%20b.json")
        #expect(SchemaURI.fileURI(forPath: "/tmp/x.json") == "file:///tmp/x.json")
    }

    @Test func splitsAndUnescapesPointers() {
        #expect(JSONPointerText.tokens(of: "/a~1b/c~0d/") == ["a/b", "c~d", ""])
        #expect(JSONPointerText.tokens(of: "a") == nil)
        #expect(JSONPointerText.tokens(of: "/a~2") == nil)
        #expect(JSONPointerText.appending("a/b~", to: "/x") == "/x/a~1b~0")
    }
}
