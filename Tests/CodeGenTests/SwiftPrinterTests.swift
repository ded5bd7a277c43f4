import Testing
@testable import CodeGen

/// The printer on its own: exact text for each construct the planners rely on.
@Suite struct SwiftPrinterTests {
    @Test func importsCarryTheirAttributes() {
        let file = SourceFile(path: "A/A.swift", header: ["Generated."], imports: ["Foundation", "@_spi(Generated) ViduRuntime"], declarations: [])
        #expect(SwiftPrinter.render(file) == "// Generated.\n\nimport Foundation\n@_spi(Generated) import ViduRuntime\n\n")
    }

    @Test func aCaseWhoseBodyIsOneExpressionStaysOnItsLine() {
        let property = Declaration.property(PropertyDeclaration(
            name: "rawValue", type: .named("String"),
            kind: .computed([.switchOver(subject: "self", cases: [
                SwitchCase([".a"], [.expression(.literal(.string("a")))]),
                SwitchCase([".unknown(let value)"], [.line("return value")]),
            ])])))
        #expect(SwiftPrinter.render(property) == """
            public var rawValue: String {
                switch self {
                case .a: "a"
                case .unknown(let value):
                    return value
                }
            }

            """)
    }

    @Test func aRawMultilineConstantIsIndentedWithItsDeclaration() {
        let table = Declaration.extensionOf(ExtensionDeclaration(extendedType: "A", members: [
            .property(PropertyDeclaration(isStatic: true, name: "t", type: .named("T"),
                                          kind: .constant(.call(.identifier("T"), [Argument("encoded", .literal(.multilineRaw(["[", "{\"a\":1}", "]"])))])))),
        ]))
        #expect(SwiftPrinter.render(table) == ##"""
            extension A {
                public static let t: T = T(encoded: #"""
                    [
                    {"a":1}
                    ]
                    """#)
            }

            """##)
    }

    @Test func undocumentedWitnessesSitTogether() {
        let declaration = Declaration.extensionOf(ExtensionDeclaration(extendedType: "A.B", conformances: ["P"], members: [
            .property(PropertyDeclaration(isStatic: true, name: "x", type: .named("Int"), kind: .computed([.line("1")]))),
            .property(PropertyDeclaration(isStatic: true, name: "y", type: .named("Int"), kind: .computed([.line("2")]))),
        ]))
        #expect(SwiftPrinter.render(declaration) == """
            extension A.B: P {
                public static var x: Int { 1 }
                public static var y: Int { 2 }
            }

            """)
    }
}
