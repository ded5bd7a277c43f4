import Testing
@testable import CodeGen

@Suite struct ExpressionPrinterTests {
    @Test func escapesEveryAwkwardCharacter() {
        let text = ExpressionPrinter.stringLiteral("a\"b\\c\nd\te\u{0C}f\u{7F}é🇫🇷")
        #expect(text == #""a\"b\\c\nd\te\u{C}f\u{7F}\u{E9}\u{1F1EB}\u{1F1F7}""#)
    }

    @Test func printsDoublesThatReadBack() {
        #expect(ExpressionPrinter.doubleLiteral(5) == "5.0")
        #expect(ExpressionPrinter.doubleLiteral(0.0075) == "0.0075")
        #expect(ExpressionPrinter.doubleLiteral(1e308) == "1e+308")
        #expect(Double(ExpressionPrinter.doubleLiteral(0.1)) == 0.1)
    }

    @Test func printsCallsAndMultilineCollections() {
        let expression = Expression.call(.identifier("SchemaNode"), [
            Argument("types", .array([.member(nil, "object")], multiline: false)),
            Argument("required", .array([.literal(.string("model"))], multiline: true)),
        ])
        #expect(ExpressionPrinter.render(expression, indent: "    ") == """
        SchemaNode(types: [.object], required: [
                "model",
            ])
        """)
    }
}
