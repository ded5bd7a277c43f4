/// A point of edwards25519, -x² + y² = 1 + d·x²·y² over the integers modulo 2^255 - 19,
/// in extended coordinates (X : Y : Z : T) with x = X/Z, y = Y/Z and x·y = T/Z.
///
/// The addition formula (Hisil, Wong, Carter and Dawson 2008, for a = -1) is complete on
/// this curve, since d is not a square: it is correct for every pair of points, the
/// identity, doubling and points of small order included. There are no special cases to
/// branch on.
struct Ed25519Point: Sendable {
    var x: Ed25519FieldElement
    var y: Ed25519FieldElement
    var z: Ed25519FieldElement
    var t: Ed25519FieldElement

    /// The neutral element (0, 1).
    static let identity = Ed25519Point(x: .zero, y: .one, z: .one, t: .zero)

    /// The base point B of RFC 8032 §5.1: y = 4/5, x even.
    static let base = Ed25519Point(decoding: [0x58] + [UInt8](repeating: 0x66, count: 31))!

    init(x: Ed25519FieldElement, y: Ed25519FieldElement, z: Ed25519FieldElement, t: Ed25519FieldElement) {
        self.x = x
        self.y = y
        self.z = z
        self.t = t
    }

    /// Decodes a point as RFC 8032 §5.1.3 says, refusing (nil) every encoding it refuses:
    /// not 32 bytes, y not below p (non-canonical), no x with x² = (y² - 1) / (d·y² + 1),
    /// or x = 0 with the sign bit set.
    init?(decoding bytes: [UInt8]) {
        guard bytes.count == 32, Ed25519FieldElement.isCanonical(bytes) else { return nil }
        let sign = bytes[31] >> 7 == 1
        let y = Ed25519FieldElement(bytes: bytes)
        let ySquared = y.squared
        let u = ySquared - .one
        let v = Ed25519FieldElement.d * ySquared + .one
        // x = u·v³·(u·v⁷)^((p - 5) / 8), a square root of u/v when one exists (§5.1.3 step 3).
        let v3 = v.squared * v
        let v7 = v3.squared * v
        var x = u * v3 * (u * v7).powerPMinus5Over8
        let vxx = v * x.squared
        if vxx.isEqual(to: u) {
            // x is a root.
        } else if vxx.isEqual(to: -u) {
            x = x * .squareRootOfMinusOne
        } else {
            return nil
        }
        if x.isZero && sign { return nil }
        if x.isNegative != sign { x = -x }
        self.init(x: x, y: y, z: .one, t: x * y)
    }

    /// The 32-byte encoding of RFC 8032 §5.1.2: y in little-endian, the sign of x in bit
    /// 255. It is canonical, so two points are equal exactly when their encodings are.
    var encoded: [UInt8] {
        let inverse = z.inverted
        let affineX = x * inverse
        var bytes = (y * inverse).bytes
        if affineX.isNegative { bytes[31] |= 0x80 }
        return bytes
    }

    /// The point with the sign of x flipped: -(x, y) = (-x, y).
    var negated: Ed25519Point {
        Ed25519Point(x: -x, y: y, z: z, t: -t)
    }

    /// The form of this point that additions take: (Y + X, Y - X, Z, 2d·T).
    var cached: Ed25519CachedPoint {
        Ed25519CachedPoint(yPlusX: y + x, yMinusX: y - x, z: z, t2d: t * .doubleD)
    }

    /// self + other ("add-2008-hwcd-3").
    func adding(_ other: Ed25519CachedPoint) -> Ed25519Point {
        let a = (y - x) * other.yMinusX
        let b = (y + x) * other.yPlusX
        let c = t * other.t2d
        let zz = z * other.z
        let d = zz + zz
        let e = b - a, f = d - c, g = d + c, h = b + a
        return Ed25519Point(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// 2·self ("dbl-2008-hwcd" for a = -1, every intermediate negated, which leaves the
    /// result as it is).
    var doubled: Ed25519Point {
        let a = x.squared
        let b = y.squared
        let zSquared = z.squared
        let c = zSquared + zSquared
        let h = a + b
        let e = h - (x + y).squared
        let g = a - b
        let f = c + g
        return Ed25519Point(x: e * f, y: g * h, z: f * g, t: e * h)
    }
}

/// A point prepared for being added: (Y + X, Y - X, Z, 2d·T).
struct Ed25519CachedPoint: Sendable {
    var yPlusX: Ed25519FieldElement
    var yMinusX: Ed25519FieldElement
    var z: Ed25519FieldElement
    var t2d: Ed25519FieldElement

    /// The cached form of the negated point: Y + X and Y - X swap, T changes sign.
    var negated: Ed25519CachedPoint {
        Ed25519CachedPoint(yPlusX: yMinusX, yMinusX: yPlusX, z: z, t2d: -t2d)
    }
}
