/// Compares secrets without an early exit, so that timing does not reveal how many leading
/// bytes matched.
public enum ConstantTimeComparison {
    /// True when `lhs` and `rhs` hold the same bytes. Only the length may leak.
    public static func equal<LHS: Collection, RHS: Collection>(_ lhs: LHS, _ rhs: RHS) -> Bool
    where LHS.Element == UInt8, RHS.Element == UInt8 {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
