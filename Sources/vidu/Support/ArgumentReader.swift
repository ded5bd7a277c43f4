/// Reads `--option value`, `--flag` and positional arguments in order, and reports usage
/// errors as sentences that name the argument. A `--` argument ends the options: every
/// argument after it is an operand (`operandsOnly`), even one that starts with `-`.
struct ArgumentReader {
    /// A usage error: the command prints it and exits with code 2.
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    private var remaining: [String]

    /// True once `--` has been read: the arguments `next()` returns now are operands.
    private(set) var operandsOnly = false

    init(_ arguments: [String]) {
        remaining = arguments
    }

    /// True when there is nothing left to read.
    var isEmpty: Bool { remaining.isEmpty }

    /// The next argument without consuming it.
    var peek: String? { remaining.first }

    /// Consumes and returns the next argument (skipping the first `--`, which ends the options).
    mutating func next() -> String? {
        if !operandsOnly, remaining.first == "--" {
            remaining.removeFirst()
            operandsOnly = true
        }
        return remaining.isEmpty ? nil : remaining.removeFirst()
    }

    /// The value that follows option `name`, which was just consumed.
    mutating func value(for name: String) throws(UsageError) -> String {
        guard !operandsOnly, remaining.first != "--", let value = next(), !(value.hasPrefix("--") && value.count > 2) else {
            throw UsageError(description: "\(name) needs a value")
        }
        return value
    }

    /// The value that follows option `name`, as a whole number.
    mutating func integer(for name: String) throws(UsageError) -> Int {
        let text = try value(for: name)
        guard let number = Int(text) else { throw UsageError(description: "\(name) takes a whole number, not '\(text)'") }
        return number
    }

    /// The value that follows option `name`, as a number of seconds (fractions allowed, not negative).
    mutating func seconds(for name: String) throws(UsageError) -> Double {
        let text = try value(for: name)
        guard let number = Double(text), number >= 0, number.isFinite else {
            throw UsageError(description: "\(name) takes a number of seconds, not '\(text)'")
        }
        return number
    }
}
