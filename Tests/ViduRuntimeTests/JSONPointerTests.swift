import Testing
@testable import ViduRuntime

@Suite struct JSONPointerTests {
    @Test func escapesAndResolves() {
        let value: JSONValue = ["a/b": ["m~n": [10, 20]]]
        let pointer = JSONPointer.appending(JSONPointer.appending("", "a/b"), "m~n")
        #expect(pointer == "/a~1b/m~0n")
        #expect(JSONPointer.resolve(pointer + "/1", in: value) == 20)
        #expect(JSONPointer.resolve("/missing", in: value) == nil)
        #expect(JSONPointer.resolve("", in: value) == value)
    }

    @Test func numbersCompareByValue() {
        #expect(JSONValue.number(1) == JSONValue.number(1.0))
        #expect(JSONValue.number(1.0).schemaTypeName == "integer")
        #expect(JSONValue.number(1.5).schemaTypeName == "number")
        #expect(JSONValue.bool(false) != JSONValue.number(0))
    }
}
