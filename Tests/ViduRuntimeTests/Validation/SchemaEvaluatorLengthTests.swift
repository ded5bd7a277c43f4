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
