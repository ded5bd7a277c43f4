import Testing
@testable import ViduRuntime

/// `minLength`/`maxLength` count Unicode scalars (code points): not grapheme clusters and not
/// UTF-16 code units.
@Suite struct SchemaEvaluatorLengthTests {
    static let atMostOne = SchemaTable(nodes: [SchemaNode(maxLength: 1)])
    static let atLeastTwo = SchemaTable(nodes: [SchemaNode(minLength: 2)])

    @Test func flagIsTwoScalarsThoughOneCharacter() {
        #expect(!Self.atMostOne.isValid("🇫🇷", against: 0))
        #expect(Self.atLeastTwo.isValid("🇫🇷", against: 0))
        #expect(Self.atMostOne.validate("🇫🇷", against: 0) == [
            Violation(pointer: "", keyword: "maxLength", message: "must have at most 1 character (has 2)")
        ])
    }

    @Test func precomposedAccentIsOneScalar() {
        #expect(Self.atMostOne.isValid("\u{E9}", against: 0))
        #expect(!Self.atMostOne.isValid("e\u{301}", against: 0))
    }

    @Test func astralScalarIsOneThoughTwoUTF16Units() {
        #expect(Self.atMostOne.isValid("\u{1F600}", against: 0))
        #expect(!Self.atLeastTwo.isValid("\u{1F600}", against: 0))
    }
}

/// JSON Schema equality compares strings by code points, and patterns follow ECMA-262.
@Suite struct SchemaEvaluatorStringSemanticsTests {
    @Test func constAndEnumCompareCodePointsNotCanonicalEquivalence() {
        let table = SchemaTable(nodes: [
            SchemaNode(constValue: .string("\u{E4}")),
            SchemaNode(enumValues: [.string("a\u{308}")]),
            SchemaNode(uniqueItems: true),
            SchemaNode(enumValues: []),
        ])
        #expect(table.isValid("\u{E4}", against: 0))
        #expect(!table.isValid("a\u{308}", against: 0))
        #expect(!table.isValid("\u{E4}", against: 1))
        #expect(table.isValid(["\u{E4}", "a\u{308}"], against: 2))
        #expect(!table.isValid(["x", 1, 1.0], against: 2))
        #expect(!table.isValid(.array((0..<40).map { .number(Double($0 % 39)) }), against: 2))
        #expect(table.isValid(.array((0..<40).map { .string("a\u{308}" + String($0)) }), against: 2))
        #expect(!table.isValid(.null, against: 3))
    }

    @Test func patternClassEscapesAreASCIIAsInECMA262() {
        let table = SchemaTable(nodes: [
            SchemaNode(pattern: SchemaPattern("^\\d+$")),
            SchemaNode(pattern: SchemaPattern("^[\\w-]+$")),
            SchemaNode(pattern: SchemaPattern("^\\s$")),
            SchemaNode(pattern: SchemaPattern("^[[a]+$")),
        ])
        #expect(table.isValid("0123", against: 0))
        #expect(!table.isValid("\u{09EA}", against: 0))
        #expect(table.isValid("a_b-9", against: 1))
        #expect(!table.isValid("\u{E9}", against: 1))
        #expect(table.isValid("\u{FEFF}", against: 2))
        #expect(table.isValid("[a[", against: 3))
    }

    /// `$` is the end of the input in ECMA-262; ICU's own `$` would also match before a final
    /// line break. Found by the differential fuzzer (`Tests/Fuzz`).
    @Test func dollarIsTheEndOfTheInputAsInECMA262() {
        let table = SchemaTable(nodes: [
            SchemaNode(pattern: SchemaPattern("^\\d+:\\d+$")),
            SchemaNode(pattern: SchemaPattern("^[$]+$")),
            SchemaNode(pattern: SchemaPattern("^a\\$")),
        ])
        #expect(table.isValid("16:9", against: 0))
        for ending in ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}"] {
            #expect(!table.isValid(.string("16:9" + ending), against: 0), "accepted 16:9 followed by \(ending.unicodeScalars.map { $0.value })")
        }
        #expect(table.isValid("$$", against: 1))
        #expect(table.isValid("a$", against: 2))
        #expect(!table.isValid("a", against: 2))
    }
}
