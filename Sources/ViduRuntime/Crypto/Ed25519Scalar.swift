/// An integer modulo L = 2^252 + 27742317777372353535851937790883648493, the order of the
/// edwards25519 base point: the S half of a signature and the hash k = SHA-512(R ‖ A ‖ M).
///
/// Four 64-bit limbs, least significant first. Reduction runs without data-dependent
/// branches (a masked subtraction per bit), though verification only ever reduces public
/// values.
struct Ed25519Scalar: Sendable {
    var limbs: (UInt64, UInt64, UInt64, UInt64)

    /// L, least significant limb first.
    static let order: (UInt64, UInt64, UInt64, UInt64) = (0x5812_631a_5cf5_d3ed, 0x14de_f9de_a2f7_9cd6, 0, 0x1000_0000_0000_0000)

    /// The scalar encoded in `bytes` (32, little-endian), or nil when it is not below L:
    /// RFC 8032 §5.1.7 refuses such an S, which is what makes signatures non-malleable.
    init?(canonical bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        let value = (Self.word(bytes, 0), Self.word(bytes, 1), Self.word(bytes, 2), Self.word(bytes, 3))
        guard Self.subtractingOrder(value).borrow else { return nil }
        limbs = value
    }

    /// `bytes` (any number, little-endian, such as a 64-byte SHA-512 digest) modulo L.
    init(reducing bytes: [UInt8]) {
        var r: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        // From the top bit down: r = 2r + bit, then subtract L when r ≥ L. r stays below L,
        // so 2r + 1 < 2^254 fits.
        for index in stride(from: bytes.count * 8 - 1, through: 0, by: -1) {
            let bit = UInt64(bytes[index >> 3] >> UInt8(index & 7) & 1)
            r = (r.0 << 1 | bit, r.1 << 1 | r.0 >> 63, r.2 << 1 | r.1 >> 63, r.3 << 1 | r.2 >> 63)
            let (difference, borrow) = Self.subtractingOrder(r)
            let keep = 0 &- UInt64(borrow ? 1 : 0)  // all ones when r < L
            r = ((r.0 & keep) | (difference.0 & ~keep), (r.1 & keep) | (difference.1 & ~keep),
                 (r.2 & keep) | (difference.2 & ~keep), (r.3 & keep) | (difference.3 & ~keep))
        }
        limbs = r
    }

    /// The signed digits of the width-`width` non-adjacent form, least significant first:
    /// self = Σ digits[i]·2^i, every nonzero digit odd and below 2^(width-1) in size, and
    /// any two nonzero digits at least `width` places apart. 256 digits, enough for any
    /// value below 2^255.
    func nonAdjacentForm(width: Int) -> [Int8] {
        var digits = [Int8](repeating: 0, count: 256)
        var k = limbs
        let window = UInt64(1) << UInt64(width)
        var position = 0
        while k.0 | k.1 | k.2 | k.3 != 0 {
            if k.0 & 1 == 1 {
                var digit = Int64(k.0 & (window - 1))
                if digit >= Int64(window / 2) { digit -= Int64(window) }
                digits[position] = Int8(digit)
                // k -= digit, which leaves the low `width` bits zero. A positive digit is
                // the low bits themselves, so subtracting it cannot borrow.
                if digit > 0 {
                    k.0 -= UInt64(digit)
                } else {
                    let (low, carry) = k.0.addingReportingOverflow(UInt64(-digit))
                    k.0 = low
                    if carry { Self.propagateCarry(&k) }
                }
            }
            k = (k.0 >> 1 | k.1 << 63, k.1 >> 1 | k.2 << 63, k.2 >> 1 | k.3 << 63, k.3 >> 1)
            position += 1
        }
        return digits
    }

    /// value - L, and whether that borrowed (value < L).
    private static func subtractingOrder(_ value: (UInt64, UInt64, UInt64, UInt64)) -> (difference: (UInt64, UInt64, UInt64, UInt64), borrow: Bool) {
        let (d0, b0) = value.0.subtractingReportingOverflow(order.0)
        let (d1, b1) = subtract(value.1, order.1, borrow: b0)
        let (d2, b2) = subtract(value.2, order.2, borrow: b1)
        let (d3, b3) = subtract(value.3, order.3, borrow: b2)
        return ((d0, d1, d2, d3), b3)
    }

    private static func subtract(_ a: UInt64, _ b: UInt64, borrow: Bool) -> (UInt64, Bool) {
        let (first, borrowed) = a.subtractingReportingOverflow(b)
        let (second, borrowedAgain) = first.subtractingReportingOverflow(borrow ? 1 : 0)
        return (second, borrowed || borrowedAgain)
    }

    private static func propagateCarry(_ k: inout (UInt64, UInt64, UInt64, UInt64)) {
        let (l1, c1) = k.1.addingReportingOverflow(1)
        k.1 = l1
        guard c1 else { return }
        let (l2, c2) = k.2.addingReportingOverflow(1)
        k.2 = l2
        if c2 { k.3 &+= 1 }
    }

    /// Little-endian 64-bit word `index` of `bytes`.
    private static func word(_ bytes: [UInt8], _ index: Int) -> UInt64 {
        var value: UInt64 = 0
        for offset in stride(from: 7, through: 0, by: -1) {
            value = value << 8 | UInt64(bytes[index * 8 + offset])
        }
        return value
    }
}
