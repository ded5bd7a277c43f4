import Foundation

/// Numbers in `vidu validate` messages, as JSON writes them (`9223372036854775808`, not `9.2e18`).
enum SchemaNumberText {
    static func text(_ number: Double) -> String {
        if number.rounded(.towardZero) == number, abs(number) < 1e21 {
            return String(format: "%.0f", number)
        }
        return "\(number)"
    }
}
