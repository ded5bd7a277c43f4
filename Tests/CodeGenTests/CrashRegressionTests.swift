import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Issue 15: specs that lint clean but crashed the generator or gave code that does not
/// compile. Each test generates in memory and proves the output type-checks (`CompileCheck`).
@Suite struct CrashRegressionTests {
    /// Generated files and warnings for `text`.
    private func generate(_ text: String) throws -> (files: [String: String], warnings: [Diagnostic]) {
        let document = try DocumentReader.read(text: text, file: "specs/test.json")
        let generated = try CodeGenerator.generateReportingWarnings([document])
        return (Dictionary(uniqueKeysWithValues: generated.files.map { ($0.path, $0.contents) }), generated.warnings)
    }

    private func components(_ files: [String: String]) throws -> String {
        try #require(files["Test/Test+Components.swift"])
    }

    // MARK: 1. A union that refers to itself

    private static let selfReferencingUnions = ##"""
        "Body": {"type": "object", "properties": {
            "thing": {"$ref": "#/components/schemas/Thing"}, "tree": {"$ref": "#/components/schemas/Tree"},
            "node": {"$ref": "#/components/schemas/Node"}, "ping": {"$ref": "#/components/schemas/Ping"},
            "loop": {"$ref": "#/components/schemas/Loop"}, "maybe": {"$ref": "#/components/schemas/Maybe"},
            "inline": {"anyOf": [{"$ref": "#/components/schemas/Body/properties/inline"}, {"type": "integer"}]}}},
        "Thing": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "string"}]},
        "Tree": {"anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}, {"type": "string"}]},
        "Node": {"oneOf": [{"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}, {"type": "string"}]},
        "Ping": {"anyOf": [{"$ref": "#/components/schemas/Pong"}, {"type": "string"}]},
        "Pong": {"anyOf": [{"$ref": "#/components/schemas/Ping"}, {"type": "integer"}]},
        "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]},
        "Maybe": {"oneOf": [{"$ref": "#/components/schemas/Maybe"}, {"type": "null"}]}
        """##

    @Test func selfReferencingUnionIsJSONValueWithAWarning() throws {
        let (files, warnings) = try generate(TestSupport.spec(schemas: Self.selfReferencingUnions))
        let text = try components(files)
        for name in ["Thing", "Ping", "Pong", "Loop", "Maybe"] {
            #expect(text.contains("public typealias \(name) = ViduRuntime.JSONValue\n"), "\(name)")
        }
        #expect(text.contains("public var inline: ViduRuntime.JSONValue?"))
        let pointers = Set(warnings.map(\.pointer))
        for name in ["Thing", "Ping", "Pong", "Loop", "Maybe"] {
            #expect(pointers.contains("/components/schemas/\(name)"), "\(warnings)")
        }
        #expect(pointers.contains("/components/schemas/Body/properties/inline"), "\(warnings)")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("planned as JSONValue") })
    }

    @Test func recursiveUnionsThroughArraysAndObjectsAreRealTypes() throws {
        let text = try components(generate(TestSupport.spec(schemas: Self.selfReferencingUnions)).files)
        #expect(text.contains("public enum Tree: Codable, Hashable, Sendable, ViduRuntime.JSONValueRepresentable {"))
        #expect(text.contains("case treeArray([Test.Tree])"))
        #expect(text.contains("public enum Node: Codable, Hashable, Sendable, ViduRuntime.JSONValueRepresentable {"))
        #expect(text.contains("@ViduRuntime.Indirect public var next: Test.Node?"))
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func selfReferencingUnionsCompile() async throws {
        let files = try generate(TestSupport.spec(schemas: Self.selfReferencingUnions)).files
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(files), "swiftc -typecheck")
    }

    // MARK: 2. Line breaks in descriptions

    /// Every line break form, `*/`, `/*` and NUL, each followed by text that is code if the
    /// comment ended there.
    private static let breaking = #"a\r\nlet crlf = 1\rlet cr = 2\nlet lf = 3\u2028let ls = 4\u2029let ps = 5\u0085let nel = 6\u000Blet vt = 7\u000Clet ff = 8 */ let close = 9 /* open\u0000 end"#

    private static var descriptionSpec: String {
        TestSupport.spec(
            schemas: """
            "Body": {"type": "object", "description": "\(breaking)", "properties": {
                "mode": {"type": "string", "title": "\(breaking)", "enum": ["\(breaking)", "plain"], "default": "\(breaking)"},
                "note": {"type": "string", "description": "\(breaking)", "examples": ["\(breaking)"]}}}
            """,
            extraPaths: """
            ,
            "/v1/things/{id}": {"get": {"operationId": "getThing", "summary": "\(breaking)", "description": "\(breaking)",
                "parameters": [{"name": "id", "in": "path", "required": true, "description": "\(breaking)", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "\(breaking)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}}}}
            """
        )
    }

    @Test func everyLineBreakStartsANewDocLine() throws {
        let files = try generate(Self.descriptionSpec).files
        let lines = TestSupport.allText(files).split(separator: "\n", omittingEmptySubsequences: false)
        for code in ["let crlf", "let cr ", "let lf", "let ls", "let ps", "let nel", "let vt", "let ff"] {
            let hits = lines.filter { $0.contains(code) }
            #expect(!hits.isEmpty, "\(code)")
            // Outside string literals, each is inside a `///` line.
            #expect(hits.allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") || $0.contains("\"") }, "\(hits)")
        }
        let docLines = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
        let breaks: [Character] = ["\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\u{0}"]
        #expect(docLines.allSatisfy { line in !line.contains { breaks.contains($0) } })
        #expect(TestSupport.allText(files).contains("    /// a\n    /// let crlf = 1\n    /// let cr = 2\n    /// let lf = 3\n    /// let ls = 4\n"))
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func descriptionsWithLineBreaksCompile() async throws {
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(generate(Self.descriptionSpec).files), "swiftc -typecheck")
    }

    // MARK: 3. Parameters named like the method body's locals

    /// Query parameters named after every local and member a client method body uses, and a
    /// path parameter among them; the usage below fixes the argument labels, not the body.
    private static var parameterSpec: String {
        let names = ["query", "body", "json", "checked", "violations", "parameter_violations", "executor", "self"]
        let query = names.map { #"{"name": "\#($0)", "in": "query", "schema": {"type": "string"}}"# }
        let parameters = query + [
            #"{"name": "element", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}}"#,
            #"{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}"#,
        ]
        return TestSupport.spec(
            schemas: #""Body": {"type": "object", "properties": {"name": {"type": "string"}}}"#,
            extraPaths: """
            ,
            "/v1/things/{id}": {"put": {"operationId": "updateThing",
                "parameters": [\(parameters.joined(separator: ", "))],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}}}},
            "/v1/search": {"get": {"operationId": "search",
                "parameters": [\(query.joined(separator: ", "))],
                "responses": {"200": {"description": "OK"}}}}
            """
        )
    }

    private static let parameterUse = """
        import ViduRuntime

        func use(_ client: Test.Client) async throws {
            _ = try await client.updateThing(
                Test.Body(name: "n"), id: "1", query: "q", body: "b", json: "j", checked: "c", violations: "v",
                parameterViolations: "p", executor: "e", self: "s", element: [1, 2]
            )
            try await client.search(query: "q", body: "b", json: "j", checked: "c", violations: "v", parameterViolations: "p", executor: "e", self: "s")
        }
        """

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func parametersNamedLikeLocalsCompileWithTheirLabels() async throws {
        var files = try generate(Self.parameterSpec).files
        files["Use.swift"] = Self.parameterUse
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(files), "swiftc -typecheck")
    }

    @Test func parametersThatBecomeTheSameSwiftNameAreADiagnostic() throws {
        let spec = TestSupport.spec(
            schemas: #""Body": {"type": "object", "properties": {"name": {"type": "string"}}}"#,
            extraPaths: #"""
            ,
            "/v1/things/{task_id}": {"get": {"operationId": "getThing",
                "parameters": [{"name": "task_id", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "taskId", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK"}}}}
            """#
        )
        let messages = try TestSupport.diagnostics(spec).map(\.description)
        #expect(messages.contains { $0.contains("parameter 'taskId' and 'task_id' of 'getThing' both become the Swift name 'taskID'") }, "\(messages)")
    }

    // MARK: 4. Objects that contain themselves

    private static let recursiveObjects = ##"""
        "Body": {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}, "a": {"$ref": "#/components/schemas/A"}, "tree": {"$ref": "#/components/schemas/Tree"}}},
        "Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Thing"},
            "meta": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Thing"}}}}},
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}, "label": {"type": "string"}}},
        "B": {"type": "object", "additionalProperties": false, "required": ["a"], "properties": {"a": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}}},
        "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}, "size": {"type": "integer"}}}
        """##

    @Test func membersThatHoldTheirOwnStructAreIndirect() throws {
        let text = try components(generate(TestSupport.spec(schemas: Self.recursiveObjects)).files)
        #expect(text.contains("@ViduRuntime.Indirect public var parent: Test.Thing?"))
        #expect(text.contains("@ViduRuntime.Indirect public var meta: Meta?"))
        #expect(text.contains("@ViduRuntime.Indirect public var owner: Test.Thing?"))
        #expect(text.contains("@ViduRuntime.Indirect public var b: Test.B?"))
        #expect(text.contains("@ViduRuntime.Indirect public var a: Test.A?"))
        // An array already stores its elements out of line; other members are unchanged.
        #expect(text.contains("    public var children: [Test.Tree]?"))
        #expect(text.contains("    public var thing: Test.Thing?"))
        #expect(text.contains("    public var name: String\n"))
        #expect(text.components(separatedBy: "@ViduRuntime.Indirect").count - 1 == 5)
    }

    /// Builds, encodes, decodes, hashes and validates the recursive types in a real program.
    private static let recursiveObjectsProgram = #"""
        import Foundation
        import ViduRuntime

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func text<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }

        let thing = Test.Thing(name: "child", parent: Test.Thing(name: "root"), meta: .init(owner: Test.Thing(name: "owner")))
        print(try text(thing))
        let decoded = try JSONDecoder().decode(Test.Thing.self, from: Data(#"{"name":"child","parent":{"name":"root","parent":null},"meta":{"owner":{"name":"owner"}}}"#.utf8))
        print(decoded == thing, Set([thing, decoded]).count, decoded.parent?.parent == nil)
        print(try JSONValueEncoder().encode(thing) == thing.jsonValue)
        var copy = thing
        copy.parent?.name = "changed"
        print(thing.parent?.name ?? "-", copy.parent?.name ?? "-")
        let body = Test.Body(thing: thing, a: Test.A(b: Test.B(a: Test.A(label: "inner")), label: "outer"), tree: Test.Tree(children: [Test.Tree(size: 1)]))
        print(try text(body))
        print(body.validate().isEmpty, Test.Body.validate(json: .object(["a": .object(["b": .object(["a": .number(1)])])])).map(\.pointer))
        let b = try JSONDecoder().decode(Test.B.self, from: Data(#"{"a":null}"#.utf8))
        print(try text(b), b.a == nil)
        """#

    /// The JSON is what the same types write without the box: members in spec order through
    /// `jsonValue`, nil optionals left out (a nil required-nullable `B.a` too, as for any
    /// generated optional member), absent and `null` members decoded as nil.
    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func recursiveObjectsCompileAndKeepTheirJSON() async throws {
        let files = try generate(TestSupport.spec(schemas: Self.recursiveObjects)).files
        let outcome = try await CompileCheck.run(files, main: Self.recursiveObjectsProgram)
        CompileCheck.expectSuccess(outcome, "compiling and running the recursive types")
        guard outcome.succeeded else { return }
        #expect(outcome.output == #"""
            {"meta":{"owner":{"name":"owner"}},"name":"child","parent":{"name":"root"}}
            true 1 true
            true
            root changed
            {"a":{"b":{"a":{"label":"inner"}},"label":"outer"},"thing":{"meta":{"owner":{"name":"owner"}},"name":"child","parent":{"name":"root"}},"tree":{"children":[{"size":1}]}}
            true ["/a/b/a"]
            {} true

            """#)
    }
}
