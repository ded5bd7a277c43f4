import Foundation
import Testing
import ViduRuntime

/// RFC 8032 §7.1 (TEST 1, 2, 3, 1024 and SHA(abc)) and the decoding rules of §5.1.3.
@Suite struct Ed25519Tests {
    struct RFC8032File: Decodable {
        struct Vector: Decodable {
            var name: String
            var publicKey: String
            var message: String
            var signature: String
        }
        var vectors: [Vector]
    }

    static let testOne = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"

    @Test func rfc8032Vectors() throws {
        let vectors = try TestVectors.decode(RFC8032File.self, from: "rfc8032-ed25519.json").vectors
        #expect(vectors.map(\.name) == ["TEST 1", "TEST 2", "TEST 3", "TEST 1024", "TEST SHA(abc)"])
        for vector in vectors {
            let key = try Ed25519PublicKey(rawRepresentation: TestVectors.bytes(vector.publicKey))
            let message = TestVectors.bytes(vector.message)
            let signature = TestVectors.bytes(vector.signature)
            #expect(key.isValidSignature(signature, for: message), "\(vector.name)")
            #expect(!key.isValidSignature(signature, for: message + [0]), "\(vector.name) with a byte appended")
            var flipped = signature
            flipped[0] ^= 1
            #expect(!key.isValidSignature(flipped, for: message), "\(vector.name) with R altered")
            flipped = signature
            flipped[40] ^= 1
            #expect(!key.isValidSignature(flipped, for: message), "\(vector.name) with S altered")
        }
        #expect(vectors.first { $0.name == "TEST 1024" }.map { $0.message.count / 2 } == 1023)
    }

    @Test func signaturesOfTheWrongLengthAreRefused() throws {
        let key = try Ed25519PublicKey(rawRepresentation: TestVectors.bytes(Self.testOne))
        let signature = TestVectors.bytes("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
        #expect(key.isValidSignature(signature, for: []))
        #expect(!key.isValidSignature(signature.dropLast(), for: []))
        #expect(!key.isValidSignature(signature + [0], for: []))
        #expect(!key.isValidSignature([], for: []))
    }

    @Test func keysAreDecodedAsRFC8032Says() throws {
        #expect(throws: Ed25519PublicKey.DecodingError.wrongLength(31)) { try Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 31)) }
        #expect(throws: Ed25519PublicKey.DecodingError.wrongLength(33)) { try Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 33)) }
        // y = p and y = p + 1: non-canonical encodings of 0 and 1.
        let p = TestVectors.bytes("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        let pPlusOne = TestVectors.bytes("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        // y = 1 with the sign bit set: x would be 0, which has no negative.
        let negativeZero = TestVectors.bytes("0100000000000000000000000000000000000000000000000000000000000080")
        // y = 2: (y² - 1) / (d·y² + 1) is not a square.
        let notOnCurve = TestVectors.bytes("0200000000000000000000000000000000000000000000000000000000000000")
        for bytes in [p, pPlusOne, negativeZero, notOnCurve] {
            #expect(throws: Ed25519PublicKey.DecodingError.notACurvePoint) { try Ed25519PublicKey(rawRepresentation: bytes) }
        }
        // The identity (y = 1, x = 0) is a point; RFC 8032 does not refuse it.
        let identity = try Ed25519PublicKey(rawRepresentation: TestVectors.bytes("0100000000000000000000000000000000000000000000000000000000000000"))
        #expect(identity.rawRepresentation.first == 1)
        let key = try Ed25519PublicKey(rawRepresentation: Data(TestVectors.bytes(Self.testOne)))
        #expect(key == (try Ed25519PublicKey(rawRepresentation: TestVectors.bytes(Self.testOne))))
        #expect(key.description == "Ed25519PublicKey(\(Self.testOne))")
    }
}
