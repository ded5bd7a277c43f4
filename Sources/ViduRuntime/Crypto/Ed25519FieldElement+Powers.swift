/// Constants of edwards25519 and the two exponentiations its formulas need: the inverse
/// (for encoding points) and the power (p - 5) / 8 (for square roots when decoding them).
extension Ed25519FieldElement {
    /// The curve constant d = -121665 / 121666.
    static let d = Ed25519FieldElement(bytes: littleEndian("a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352"))
    /// 2·d, which the addition formula uses.
    static let doubleD = Ed25519FieldElement(bytes: littleEndian("59f1b226949bd6eb56b183829a14e00030d1f3eef2808e19e7fcdf56dcd90624"))
    /// A square root of -1: 2^((p - 1) / 4).
    static let squareRootOfMinusOne = Ed25519FieldElement(bytes: littleEndian("b0a00e4a271beec478e42fad0618432fa7d7fb3d99004d2b0bdfc14f8024832b"))

    /// The inverse, self^(p - 2) = self^(2^255 - 21); 0 for 0.
    var inverted: Ed25519FieldElement {
        let (z2_250_1, z11) = powerTwo250MinusOne()
        return z2_250_1.squared(times: 5) * z11
    }

    /// self^((p - 5) / 8) = self^(2^252 - 3), the core of RFC 8032's square root.
    var powerPMinus5Over8: Ed25519FieldElement {
        powerTwo250MinusOne().value.squared(times: 2) * self
    }

    /// Squares `times` times.
    func squared(times: Int) -> Ed25519FieldElement {
        var result = self
        for _ in 0..<times { result = result.squared }
        return result
    }

    /// self^(2^250 - 1), and self^11 on the way (the addition chain of ref10).
    private func powerTwo250MinusOne() -> (value: Ed25519FieldElement, z11: Ed25519FieldElement) {
        let z2 = squared
        let z9 = z2.squared(times: 2) * self
        let z11 = z9 * z2
        let z2_5_0 = z11.squared * z9                    // 2^5 - 1
        let z2_10_0 = z2_5_0.squared(times: 5) * z2_5_0  // 2^10 - 1
        let z2_20_0 = z2_10_0.squared(times: 10) * z2_10_0
        let z2_40_0 = z2_20_0.squared(times: 20) * z2_20_0
        let z2_50_0 = z2_40_0.squared(times: 10) * z2_10_0
        let z2_100_0 = z2_50_0.squared(times: 50) * z2_50_0
        let z2_200_0 = z2_100_0.squared(times: 100) * z2_100_0
        let z2_250_0 = z2_200_0.squared(times: 50) * z2_50_0
        return (z2_250_0, z11)
    }

    /// The bytes of a 64-digit hexadecimal constant.
    private static func littleEndian(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}
