import Foundation
import Testing
@testable import ViduRuntime

/// `JSONValueWriter` writes what `JSONEncoder` with sorted keys writes for the same value.
@Suite struct JSONValueWriterTests {
    private func text(_ value: JSONValue) throws -> String {
        String(decoding: try JSONValueWriter.data(value), as: UTF8.self)
    }

    private func encoderText(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func wholeNumbersAreIntegersAndKeysAreSorted() throws {
        let value: JSONValue = ["b": 5, "a": [1.5, -2, 0, true, nil], "c": ["z": "é/ü", "y": 1e20]]
        #expect(try text(value) == #"{"a":[1.5,-2,0,true,null],"b":5,"c":{"y":1e+20,"z":"é/ü"}}"#)
        #expect(try JSONValue(parsing: JSONValueWriter.data(value)) == value)
    }

    @Test func stringsAreEscapedAsTheEncoderEscapesThem() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t return \r nul \u{0} unit \u{1F} emoji 🎬 slash /"
        let value: JSONValue = ["s": .string(tricky), "k\"ey": "v"]
        #expect(try JSONValue(parsing: JSONValueWriter.data(value)) == value)
        #expect(try text(value) == (try encoderText(value)))
    }

    @Test func matchesTheEncoderOnMixedValues() throws {
        let values: [JSONValue] = [
            nil, true, 0, -0.0, 42, -7, 0.1, 123456789012, 9.5e15, 1e-7,
            ["prompt": "a cat", "duration": 5, "images": ["https://example.com/a.png"], "extra": ["x": nil]],
        ]
        for value in values {
            #expect(try text(value) == (try encoderText(value)), "\(value)")
        }
    }

    @Test func nonFiniteNumbersThrowWithTheirPointer() {
        #expect(throws: JSONValueWriter.NonFiniteNumber.self) { try JSONValueWriter.data(["a": [1, .number(.infinity)]]) }
        do {
            _ = try JSONValueWriter.data(["a/b": [1, .number(.nan)]])
            Issue.record("NaN was written")
        } catch {
            #expect(error.pointer == "/a~1b/1")
        }
    }
}
