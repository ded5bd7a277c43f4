/// UTF-8 decoding that fails on invalid input, without needing macOS 15's `String(validating:as:)`.
enum UTF8Text {
    /// The text of `bytes`, or nil when they are not valid UTF-8.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        // Invalid sequences decode to U+FFFD, so the text would not encode back to the same bytes.
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    /// True when `bytes` are valid UTF-8; ASCII text is recognised without building a string.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 < 0x80 } || decode(bytes) != nil
    }
}
