/// Where retry jitter comes from: a function returning numbers in `0..<1`.
/// Inject `constant(_:)` or a scripted sequence in tests.
public struct RandomSource: Sendable {
    private let next: @Sendable () -> Double

    /// Wraps a function that returns numbers in `0..<1`.
    public init(_ next: @escaping @Sendable () -> Double) {
        self.next = next
    }

    /// The system's random numbers.
    public static let system = RandomSource { Double.random(in: 0..<1) }

    /// Always `value` (clamped to `0...1`).
    public static func constant(_ value: Double) -> RandomSource {
        let clamped = min(max(value, 0), 1)
        return RandomSource { clamped }
    }

    /// The next number, clamped to `0...1`.
    public func nextUnit() -> Double {
        min(max(next(), 0), 1)
    }
}
