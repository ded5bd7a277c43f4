import Foundation
import Testing
import ViduRuntime

/// Every case of Project Wycheproof's `ed25519_test.json`: valid signatures must verify,
/// invalid ones must not, and "acceptable" ones (the file has none) are counted.
@Suite struct WycheproofEd25519Tests {
    struct File: Decodable {
        struct Group: Decodable {
            struct PublicKey: Decodable { var pk: String }
            struct JWK: Decodable { var kty: String; var crv: String; var x: String }
            var publicKey: PublicKey
            var publicKeyJwk: JWK
            var tests: [Case]
        }
        struct Case: Decodable {
            var tcId: Int
            var comment: String
            var msg: String
            var sig: String
            var result: String
        }
        var numberOfTests: Int
        var testGroups: [Group]
    }

    @Test func everyCase() throws {
        let file = try TestVectors.decode(File.self, from: "wycheproof-ed25519_test.json")
        var counts: [String: Int] = [:]
        var passed = 0
        for group in file.testGroups {
            let key = try Ed25519PublicKey(rawRepresentation: TestVectors.bytes(group.publicKey.pk))
            for test in group.tests {
                counts[test.result, default: 0] += 1
                let verified = key.isValidSignature(TestVectors.bytes(test.sig), for: TestVectors.bytes(test.msg))
                switch test.result {
                case "valid":
                    #expect(verified, "tcId \(test.tcId) (\(test.comment)) should verify")
                    if verified { passed += 1 }
                case "invalid":
                    #expect(!verified, "tcId \(test.tcId) (\(test.comment)) should not verify")
                    if !verified { passed += 1 }
                default:
                    // "acceptable": either answer conforms; this verifier's answer is recorded.
                    passed += 1
                }
            }
        }
        #expect(file.numberOfTests == 151)
        #expect(counts == ["valid": 88, "invalid": 63])
        #expect(passed == file.numberOfTests)
    }

    /// Each group's key also comes as a JWK (`kty` OKP, `crv` Ed25519, base64url `x`), the
    /// form fal publishes: `JWKSKeySet` reads every one of them to the same key.
    @Test func everyGroupKeyAsAJWK() throws {
        let file = try TestVectors.decode(File.self, from: "wycheproof-ed25519_test.json")
        for group in file.testGroups {
            let document = #"{"keys": [{"kty": "\#(group.publicKeyJwk.kty)", "crv": "\#(group.publicKeyJwk.crv)", "x": "\#(group.publicKeyJwk.x)"}]}"#
            let set = try JWKSKeySet(jwksJSON: Data(document.utf8))
            #expect(set.keys.map(\.publicKey.rawRepresentation) == [TestVectors.bytes(group.publicKey.pk)])
        }
    }
}
