/// Key bytes that never show: `description`, `debugDescription` and reflection (so `dump`
/// and string interpolation too) print `SecretBytes(redacted)`.
struct SecretBytes: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself.
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var description: String { "SecretBytes(redacted)" }
    var debugDescription: String { "SecretBytes(redacted)" }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
