/// An element of the field of integers modulo p = 2^255 - 19, the coordinates of
/// edwards25519 points.
///
/// Ten signed limbs of alternately 26 and 25 bits (radix 2^25.5, as in the ref10 code of
/// the Ed25519 paper): limb i holds bits from ⌈25.5·i⌉ on. Products of two limbs fit in an
/// `Int64`, so multiplication needs no 128-bit arithmetic. Every operation ends with a carry
/// pass, so that each limb of a result is at most about 2^25 in size; the multiplication's
/// sums then stay far below 2^63.
///
/// The arithmetic has no data-dependent branches or memory accesses; only `bytes`,
/// `isCanonical` and the comparisons built on them look at values.
struct Ed25519FieldElement: Sendable {
    var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9: Int64

    /// The width in bits of each limb.
    private static let widths: [Int] = [26, 25, 26, 25, 26, 25, 26, 25, 26, 25]

    static let zero = Ed25519FieldElement(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    static let one = Ed25519FieldElement(1, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    init(_ v0: Int64, _ v1: Int64, _ v2: Int64, _ v3: Int64, _ v4: Int64, _ v5: Int64, _ v6: Int64, _ v7: Int64, _ v8: Int64, _ v9: Int64) {
        (self.v0, self.v1, self.v2, self.v3, self.v4) = (v0, v1, v2, v3, v4)
        (self.v5, self.v6, self.v7, self.v8, self.v9) = (v5, v6, v7, v8, v9)
    }

    /// The element whose little-endian encoding is `bytes` (32 of them); bit 255 is
    /// ignored, and values from p to 2^255 - 1 are taken modulo p (see `isCanonical`).
    init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "a field element is encoded in 32 bytes")
        var limbs: [Int64] = []
        var accumulator: UInt64 = 0
        var bitCount = 0
        var next = 0
        for width in Self.widths {
            while bitCount < width {
                accumulator |= UInt64(bytes[next]) << UInt64(bitCount)
                next += 1
                bitCount += 8
            }
            limbs.append(Int64(accumulator & (1 << UInt64(width) - 1)))
            accumulator >>= UInt64(width)
            bitCount -= width
        }
        self = Self.carried(limbs[0], limbs[1], limbs[2], limbs[3], limbs[4], limbs[5], limbs[6], limbs[7], limbs[8], limbs[9])
    }

    /// Whether `bytes`, without bit 255, is below p: the only encodings RFC 8032 §5.1.3
    /// accepts. Values from p = 2^255 - 19 to 2^255 - 1 are the non-canonical ones.
    static func isCanonical(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 32 else { return false }
        guard bytes[31] & 0x7f == 0x7f, bytes[1..<31].allSatisfy({ $0 == 0xff }) else { return true }
        return bytes[0] < 0xed
    }

    /// The canonical little-endian encoding (the value reduced below p), bit 255 clear.
    var bytes: [UInt8] {
        var h = [v0, v1, v2, v3, v4, v5, v6, v7, v8, v9]
        // q is 1 when the value is at least p, else 0 (the limbs are carried, so the value
        // is below 2p). Subtracting q·p is adding 19·q and dropping bit 255.
        var q = (19 &* h[9] &+ (1 << 24)) &>> 25
        for i in 0..<10 {
            q = (h[i] &+ q) &>> Int64(Self.widths[i])
        }
        h[0] &+= 19 &* q
        for i in 0..<9 {
            let carry = h[i] &>> Int64(Self.widths[i])
            h[i + 1] &+= carry
            h[i] &-= carry &<< Int64(Self.widths[i])
        }
        h[9] &= (1 << 25) - 1
        var result: [UInt8] = []
        result.reserveCapacity(32)
        var accumulator: UInt64 = 0
        var bitCount = 0
        for i in 0..<10 {
            accumulator |= UInt64(h[i]) << UInt64(bitCount)
            bitCount += Self.widths[i]
            while bitCount >= 8 {
                result.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator >>= 8
                bitCount -= 8
            }
        }
        result.append(UInt8(truncatingIfNeeded: accumulator))
        return result
    }

    /// Whether the canonical value is odd: the "sign" of an x-coordinate in RFC 8032.
    var isNegative: Bool { bytes[0] & 1 == 1 }

    /// Whether the value is 0 modulo p.
    var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// Whether both are the same element modulo p.
    func isEqual(to other: Ed25519FieldElement) -> Bool {
        ConstantTimeComparison.equal(bytes, other.bytes)
    }

    static func + (f: Ed25519FieldElement, g: Ed25519FieldElement) -> Ed25519FieldElement {
        carried(f.v0 &+ g.v0, f.v1 &+ g.v1, f.v2 &+ g.v2, f.v3 &+ g.v3, f.v4 &+ g.v4,
                f.v5 &+ g.v5, f.v6 &+ g.v6, f.v7 &+ g.v7, f.v8 &+ g.v8, f.v9 &+ g.v9)
    }

    static func - (f: Ed25519FieldElement, g: Ed25519FieldElement) -> Ed25519FieldElement {
        carried(f.v0 &- g.v0, f.v1 &- g.v1, f.v2 &- g.v2, f.v3 &- g.v3, f.v4 &- g.v4,
                f.v5 &- g.v5, f.v6 &- g.v6, f.v7 &- g.v7, f.v8 &- g.v8, f.v9 &- g.v9)
    }

    static prefix func - (f: Ed25519FieldElement) -> Ed25519FieldElement {
        Ed25519FieldElement(0 &- f.v0, 0 &- f.v1, 0 &- f.v2, 0 &- f.v3, 0 &- f.v4, 0 &- f.v5, 0 &- f.v6, 0 &- f.v7, 0 &- f.v8, 0 &- f.v9)
    }

    /// The product modulo p. Limb i times limb j lands at limb i + j; past limb 9 it wraps
    /// around times 19 (2^255 ≡ 19), and two odd limbs meet half a bit high, hence the 2.
    static func * (f: Ed25519FieldElement, g: Ed25519FieldElement) -> Ed25519FieldElement {
        let (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9) = (f.v0, f.v1, f.v2, f.v3, f.v4, f.v5, f.v6, f.v7, f.v8, f.v9)
        let (g0, g1, g2, g3, g4, g5, g6, g7, g8, g9) = (g.v0, g.v1, g.v2, g.v3, g.v4, g.v5, g.v6, g.v7, g.v8, g.v9)
        let (f1x2, f3x2, f5x2, f7x2, f9x2) = (2 &* f1, 2 &* f3, 2 &* f5, 2 &* f7, 2 &* f9)
        let (g1x19, g2x19, g3x19, g4x19, g5x19) = (19 &* g1, 19 &* g2, 19 &* g3, 19 &* g4, 19 &* g5)
        let (g6x19, g7x19, g8x19, g9x19) = (19 &* g6, 19 &* g7, 19 &* g8, 19 &* g9)
        var h0 = f0 &* g0 &+ f1x2 &* g9x19 &+ f2 &* g8x19 &+ f3x2 &* g7x19 &+ f4 &* g6x19
        h0 &+= f5x2 &* g5x19 &+ f6 &* g4x19 &+ f7x2 &* g3x19 &+ f8 &* g2x19 &+ f9x2 &* g1x19
        var h1 = f0 &* g1 &+ f1 &* g0 &+ f2 &* g9x19 &+ f3 &* g8x19 &+ f4 &* g7x19
        h1 &+= f5 &* g6x19 &+ f6 &* g5x19 &+ f7 &* g4x19 &+ f8 &* g3x19 &+ f9 &* g2x19
        var h2 = f0 &* g2 &+ f1x2 &* g1 &+ f2 &* g0 &+ f3x2 &* g9x19 &+ f4 &* g8x19
        h2 &+= f5x2 &* g7x19 &+ f6 &* g6x19 &+ f7x2 &* g5x19 &+ f8 &* g4x19 &+ f9x2 &* g3x19
        var h3 = f0 &* g3 &+ f1 &* g2 &+ f2 &* g1 &+ f3 &* g0 &+ f4 &* g9x19
        h3 &+= f5 &* g8x19 &+ f6 &* g7x19 &+ f7 &* g6x19 &+ f8 &* g5x19 &+ f9 &* g4x19
        var h4 = f0 &* g4 &+ f1x2 &* g3 &+ f2 &* g2 &+ f3x2 &* g1 &+ f4 &* g0
        h4 &+= f5x2 &* g9x19 &+ f6 &* g8x19 &+ f7x2 &* g7x19 &+ f8 &* g6x19 &+ f9x2 &* g5x19
        var h5 = f0 &* g5 &+ f1 &* g4 &+ f2 &* g3 &+ f3 &* g2 &+ f4 &* g1
        h5 &+= f5 &* g0 &+ f6 &* g9x19 &+ f7 &* g8x19 &+ f8 &* g7x19 &+ f9 &* g6x19
        var h6 = f0 &* g6 &+ f1x2 &* g5 &+ f2 &* g4 &+ f3x2 &* g3 &+ f4 &* g2
        h6 &+= f5x2 &* g1 &+ f6 &* g0 &+ f7x2 &* g9x19 &+ f8 &* g8x19 &+ f9x2 &* g7x19
        var h7 = f0 &* g7 &+ f1 &* g6 &+ f2 &* g5 &+ f3 &* g4 &+ f4 &* g3
        h7 &+= f5 &* g2 &+ f6 &* g1 &+ f7 &* g0 &+ f8 &* g9x19 &+ f9 &* g8x19
        var h8 = f0 &* g8 &+ f1x2 &* g7 &+ f2 &* g6 &+ f3x2 &* g5 &+ f4 &* g4
        h8 &+= f5x2 &* g3 &+ f6 &* g2 &+ f7x2 &* g1 &+ f8 &* g0 &+ f9x2 &* g9x19
        var h9 = f0 &* g9 &+ f1 &* g8 &+ f2 &* g7 &+ f3 &* g6 &+ f4 &* g5
        h9 &+= f5 &* g4 &+ f6 &* g3 &+ f7 &* g2 &+ f8 &* g1 &+ f9 &* g0
        return carried(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9)
    }

    /// The square modulo p.
    var squared: Ed25519FieldElement { self * self }

    /// Brings every limb back to its width (rounding, so limbs may be negative): after it a
    /// 26-bit limb is at most 2^25 and a 25-bit limb at most 2^24 in size, plus a little on
    /// limb 1. The order interleaves two chains, as ref10 does, to bound each carry.
    private static func carried(
        _ h0: Int64, _ h1: Int64, _ h2: Int64, _ h3: Int64, _ h4: Int64, _ h5: Int64, _ h6: Int64, _ h7: Int64, _ h8: Int64, _ h9: Int64
    ) -> Ed25519FieldElement {
        var (h0, h1, h2, h3, h4, h5, h6, h7, h8, h9) = (h0, h1, h2, h3, h4, h5, h6, h7, h8, h9)
        var carry: Int64
        carry = (h0 &+ (1 << 25)) &>> 26; h1 &+= carry; h0 &-= carry &<< 26
        carry = (h4 &+ (1 << 25)) &>> 26; h5 &+= carry; h4 &-= carry &<< 26
        carry = (h1 &+ (1 << 24)) &>> 25; h2 &+= carry; h1 &-= carry &<< 25
        carry = (h5 &+ (1 << 24)) &>> 25; h6 &+= carry; h5 &-= carry &<< 25
        carry = (h2 &+ (1 << 25)) &>> 26; h3 &+= carry; h2 &-= carry &<< 26
        carry = (h6 &+ (1 << 25)) &>> 26; h7 &+= carry; h6 &-= carry &<< 26
        carry = (h3 &+ (1 << 24)) &>> 25; h4 &+= carry; h3 &-= carry &<< 25
        carry = (h7 &+ (1 << 24)) &>> 25; h8 &+= carry; h7 &-= carry &<< 25
        carry = (h4 &+ (1 << 25)) &>> 26; h5 &+= carry; h4 &-= carry &<< 26
        carry = (h8 &+ (1 << 25)) &>> 26; h9 &+= carry; h8 &-= carry &<< 26
        carry = (h9 &+ (1 << 24)) &>> 25; h0 &+= carry &* 19; h9 &-= carry &<< 25
        carry = (h0 &+ (1 << 25)) &>> 26; h1 &+= carry; h0 &-= carry &<< 26
        return Ed25519FieldElement(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9)
    }
}
