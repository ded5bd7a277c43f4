import Foundation
import Testing
@testable import ViduRuntime

/// `JSONValueEncoder` must give what `JSONEncoder` (default settings) writes, read back.
@Suite struct JSONValueEncoderTests {
    enum Resolution: String, Codable { case p540 = "540p", p720 = "720p" }

    struct Inner: Codable, Equatable {
        var label: String
        var weights: [Double]
    }

    struct Request: Codable, Equatable {
        var model: String
        var duration: Int
        var seed: Int64?
        var ratio: Double
        var smallRatio: Float
        var enabled: Bool
        var resolution: Resolution
        var images: [URL]
        var inner: Inner?
        var nested: [[Int]]
        var tags: [String: Int]
        var payload: Data
        var created: Date
        var price: Decimal
        var note: String?
        var unsigned: UInt8

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(model, forKey: .model)
            try container.encode(duration, forKey: .duration)
            try container.encodeIfPresent(seed, forKey: .seed)
            try container.encode(ratio, forKey: .ratio)
            try container.encode(smallRatio, forKey: .smallRatio)
            try container.encode(enabled, forKey: .enabled)
            try container.encode(resolution, forKey: .resolution)
            try container.encode(images, forKey: .images)
            try container.encodeIfPresent(inner, forKey: .inner)
            try container.encode(nested, forKey: .nested)
            try container.encode(tags, forKey: .tags)
            try container.encode(payload, forKey: .payload)
            try container.encode(created, forKey: .created)
            try container.encode(price, forKey: .price)
            try container.encode(note, forKey: .note)
            try container.encode(unsigned, forKey: .unsigned)
        }
    }

    static func viaJSONEncoder(_ value: some Encodable) throws -> JSONValue {
        try JSONValue(parsing: JSONEncoder().encode(value))
    }

    static let sample = Request(
        model: "viduq3", duration: 8, seed: nil, ratio: 0.1, smallRatio: 0.1, enabled: true, resolution: .p720,
        images: [URL(string: "https://example.com/a b.png")!, URL(string: "relative/path", relativeTo: URL(string: "https://x.org/base/"))!],
        inner: Inner(label: "é🇫🇷", weights: [1, 2.5, -0.0]), nested: [[1], [], [2, 3]], tags: ["a": 1, "b/c": 2],
        payload: Data([0, 1, 2, 250]), created: Date(timeIntervalSinceReferenceDate: 12345.5), price: Decimal(string: "12.25")!,
        note: nil, unsigned: 200)

    @Test func matchesJSONEncoderForAStructWithEveryCommonShape() throws {
        let direct = try JSONValueEncoder().encode(Self.sample)
        #expect(direct == (try Self.viaJSONEncoder(Self.sample)))
        #expect(direct["seed"] == nil)
        #expect(direct["note"] == .null)
        #expect(direct["created"] == .number(12345.5))
        #expect(direct["smallRatio"] == .number(0.1))
        #expect(direct["payload"] == .string("AAEC+g=="))
    }

    @Test func matchesJSONEncoderForTopLevelValues() throws {
        #expect(try JSONValueEncoder().encode(3) == (try Self.viaJSONEncoder(3)))
        #expect(try JSONValueEncoder().encode("x") == (try Self.viaJSONEncoder("x")))
        #expect(try JSONValueEncoder().encode([true, false]) == (try Self.viaJSONEncoder([true, false])))
        #expect(try JSONValueEncoder().encode([Int?.none, 1]) == (try Self.viaJSONEncoder([Int?.none, 1])))
        #expect(try JSONValueEncoder().encode(URL(string: "https://a.b/c?d=e")!) == .string("https://a.b/c?d=e"))
        #expect(try JSONValueEncoder().encode([1: "a"]) == (try Self.viaJSONEncoder([1: "a"])))
        let value: JSONValue = ["a": [1, 2.5, nil, "s", ["b": false]]]
        #expect(try JSONValueEncoder().encode(value) == value)
    }

    struct Base: Encodable {
        var id = 1
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONValueCodingKey.self)
            try container.encode(id, forKey: JSONValueCodingKey(stringValue: "id"))
        }
    }

    /// Nested keyed and unkeyed containers and `superEncoder`, written by hand.
    struct Handwritten: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONValueCodingKey.self)
            var nested = container.nestedContainer(keyedBy: JSONValueCodingKey.self, forKey: JSONValueCodingKey(stringValue: "meta"))
            try nested.encode("v", forKey: JSONValueCodingKey(stringValue: "k"))
            try nested.encodeNil(forKey: JSONValueCodingKey(stringValue: "n"))
            var list = container.nestedUnkeyedContainer(forKey: JSONValueCodingKey(stringValue: "list"))
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: JSONValueCodingKey.self)
            try inner.encode(true, forKey: JSONValueCodingKey(stringValue: "t"))
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode("deep")
            try list.encodeNil()
            try Base().encode(to: list.superEncoder())
            try Base().encode(to: container.superEncoder())
            try Base().encode(to: container.superEncoder(forKey: JSONValueCodingKey(stringValue: "parent")))
        }
    }

    @Test func nestedContainersAndSuperEncodersMatchJSONEncoder() throws {
        let direct = try JSONValueEncoder().encode(Handwritten())
        #expect(direct == (try Self.viaJSONEncoder(Handwritten())))
        #expect(direct["super"] == ["id": 1])
        #expect(direct["list"] == [1, ["t": true], ["deep"], nil, ["id": 1]])
    }

    struct Empty: Encodable {}

    @Test func aValueThatEncodesNothingIsAnEmptyObject() throws {
        #expect(try JSONValueEncoder().encode(Empty()) == .object([:]))
    }

    @Test func nonFiniteNumbersThrowLikeJSONEncoder() {
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(Float.infinity) }
    }
}
