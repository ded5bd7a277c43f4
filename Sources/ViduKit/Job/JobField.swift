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
    /// `watermark`.
    case watermark
    /// `offPeak`.
    case offPeak
    /// `callbackURL`.
    case callbackURL

    /// The optional switches and settings a request may or may not have room for, in the
    /// order tables list them.
    public static let settings: [JobField] = [.seed, .audio, .backgroundMusic, .watermark, .offPeak, .callbackURL]

    /// The Swift property name.
    public var description: String { rawValue }
}
