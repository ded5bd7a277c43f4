import Testing
import ViduRuntime

/// Every case of Project Wycheproof's `hmac_sha256_test.json` against `HMACSHA256`. A tag of
/// `tagSize` bits is the first `tagSize / 8` bytes of the code; a valid case's tag must
/// equal it, an invalid (modified) tag must not.
@Suite struct WycheproofHMACTests {
    struct File: Decodable {
        struct Group: Decodable {
            var keySize: Int
            var tagSize: Int
            var tests: [Case]
        }
        struct Case: Decodable {
            var tcId: Int
            var comment: String
            var key: String
            var msg: String
            var tag: String
            var result: String
        }
        var numberOfTests: Int
        var testGroups: [Group]
    }

    @Test func everyCase() throws {
        let file = try TestVectors.decode(File.self, from: "wycheproof-hmac_sha256_test.json")
        var counts: [String: Int] = [:]
        var passed = 0
        for group in file.testGroups {
            #expect(group.tagSize % 8 == 0)
            for test in group.tests {
                counts[test.result, default: 0] += 1
                let key = TestVectors.bytes(test.key)
                #expect(key.count * 8 == group.keySize, "tcId \(test.tcId) key size")
                let code = HMACSHA256.authenticationCode(key: key, message: TestVectors.bytes(test.msg))
                let matches = ConstantTimeComparison.equal(code.prefix(group.tagSize / 8), TestVectors.bytes(test.tag))
                #expect(matches == (test.result == "valid"), "tcId \(test.tcId) (\(test.comment)): \(test.result)")
                if matches == (test.result == "valid") { passed += 1 }
            }
        }
        #expect(file.numberOfTests == 174)
        #expect(counts == ["valid": 66, "invalid": 108])
        #expect(passed == file.numberOfTests)
    }
}
