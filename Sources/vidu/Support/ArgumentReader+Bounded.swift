extension ArgumentReader {
    /// The value that follows option `name`, as a number of seconds from 0 to `limit`: a
    /// hostile or mistyped value (`1e300`, `nan`, `-1`) is a usage error, never an overflow.
    mutating func seconds(for name: String, atMost limit: Double, atLeast floor: Double = 0) throws(UsageError) -> Double {
        let number = try seconds(for: name)
        guard number <= limit else {
            throw UsageError(description: "\(name) takes at most \(Self.text(limit)) seconds, not \(Self.text(number))")
        }
        guard number >= floor else {
            throw UsageError(description: "\(name) takes at least \(Self.text(floor)) seconds, not \(Self.text(number))")
        }
        return number
    }

    /// `86400` for whole numbers below 2^53, otherwise the shortest `Double` text.
    private static func text(_ number: Double) -> String {
        if number.rounded() == number && abs(number) < 9e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
