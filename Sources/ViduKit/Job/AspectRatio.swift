/// An output aspect ratio, width:height.
public enum AspectRatio: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 16:9 landscape.
    case ratio16x9 = "16:9"
    /// 9:16 portrait.
    case ratio9x16 = "9:16"
    /// 4:3.
    case ratio4x3 = "4:3"
    /// 3:4.
    case ratio3x4 = "3:4"
    /// 1:1 square.
    case ratio1x1 = "1:1"

    /// `16:9`, `9:16`, ...
    public var description: String { rawValue }
}
