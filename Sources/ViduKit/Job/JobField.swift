/// A field of `VideoJob`, as named in incompatibility sentences.
public enum JobField: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// `mode`.
    case mode
    /// The mode's image URLs.
    case images
    /// `prompt`.
    case prompt
    /// `tier`.
    case tier
    /// `duration`.
    case duration
    /// `resolution`.
    case resolution
    /// `aspectRatio`.
    case aspectRatio
    /// `seed`.
    case seed
    /// `audio`.
    case audio
    /// `backgroundMusic`.
    case backgroundMusic
    /// `offPeak`.
    case offPeak
    /// `callbackURL`.
    case callbackURL

    /// The Swift property name.
    public var description: String { rawValue }
}
