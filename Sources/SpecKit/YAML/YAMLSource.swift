/// The text of a YAML stream as Unicode scalars, checked for YAML's printable set, with a
/// leading byte order mark dropped and every line break (CR LF, CR, LF) turned into LF.
/// Lines and columns are unchanged by the normalization.
struct YAMLSource {
    var scalars: [Unicode.Scalar]

    /// Decodes UTF-8 `bytes`; `file` names the source in errors.
    static func decode(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLSource {
        guard UTF8Text.isValid(bytes) else {
            throw YAMLError(file: file, location: SourceLocation(line: 1, column: 1), message: "the file is not valid UTF-8")
        }
        return try normalize(String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Normalizes `text`; `file` names the source in errors.
    static func normalize(_ text: String, file: String) throws(YAMLError) -> YAMLSource {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalars.isEmpty && !previousWasCR && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                line += 1
                column = 1
                continue
            }
            if scalar == "\n" {
                if !previousWasCR {
                    scalars.append("\n")
                    line += 1
                    column = 1
                }
                previousWasCR = false
                continue
            }
            previousWasCR = false
            guard isPrintable(scalar) else {
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw YAMLError(file: file, location: SourceLocation(line: line, column: column),
                                message: "the character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) is not allowed in YAML")
            }
            scalars.append(scalar)
            column += 1
        }
        return YAMLSource(scalars: scalars)
    }

    /// YAML's c-printable set, less the line breaks handled above.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
