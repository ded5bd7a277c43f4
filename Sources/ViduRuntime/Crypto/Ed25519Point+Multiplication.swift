/// [a]P + [b]B, the one multiplication a verifier needs, by Straus's method: one chain of
/// doublings shared by both scalars, each written in non-adjacent form, adding precomputed
/// odd multiples of P and of the base point B.
///
/// This runs in variable time: the digits decide which additions happen. That is right for
/// verification, where a, b and P are public (the signature, a hash of public data and the
/// public key); never use it with a secret scalar.
extension Ed25519Point {
    /// The window width for the point, whose table is built for each multiplication.
    private static let pointWindow = 5
    /// The wider window for the base point, whose table is built once.
    private static let baseWindow = 7

    /// B, 3B, 5B, … (2^(baseWindow-1) - 1)B, cached, built on first use.
    private static let baseMultiples = oddMultiples(of: .base, width: baseWindow)

    /// [a]self + [b]B.
    func multiplied(by a: Ed25519Scalar, plusBaseTimes b: Ed25519Scalar) -> Ed25519Point {
        let aDigits = a.nonAdjacentForm(width: Self.pointWindow)
        let bDigits = b.nonAdjacentForm(width: Self.baseWindow)
        let pointMultiples = Self.oddMultiples(of: self, width: Self.pointWindow)
        let baseMultiples = Self.baseMultiples
        var top = aDigits.count - 1
        while top >= 0 && aDigits[top] == 0 && bDigits[top] == 0 { top -= 1 }
        var result = Ed25519Point.identity
        var index = top
        while index >= 0 {
            result = result.doubled
            result = Self.add(digit: aDigits[index], of: pointMultiples, to: result)
            result = Self.add(digit: bDigits[index], of: baseMultiples, to: result)
            index -= 1
        }
        return result
    }

    /// point + digit·P, where `multiples` holds P, 3P, 5P, …
    private static func add(digit: Int8, of multiples: [Ed25519CachedPoint], to point: Ed25519Point) -> Ed25519Point {
        if digit > 0 { return point.adding(multiples[Int(digit) / 2]) }
        if digit < 0 { return point.adding(multiples[Int(-digit) / 2].negated) }
        return point
    }

    /// P, 3P, 5P, … (2^(width-1) - 1)P in cached form.
    private static func oddMultiples(of point: Ed25519Point, width: Int) -> [Ed25519CachedPoint] {
        let count = 1 << (width - 2)
        let twice = point.doubled.cached
        var current = point
        var multiples = [current.cached]
        multiples.reserveCapacity(count)
        for _ in 1..<count {
            current = current.adding(twice)
            multiples.append(current.cached)
        }
        return multiples
    }
}
