/// An output resolution.
public enum VideoResolution: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 540p.
    case p540 = "540p"
    /// 720p.
    case p720 = "720p"
    /// 1080p.
    case p1080 = "1080p"

    /// `540p`, `720p`, `1080p`.
    public var description: String { rawValue }
}
