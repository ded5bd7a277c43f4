import Foundation

extension VideoJob {
    /// What a video is made from.
    public enum Mode: Sendable, Hashable, Codable {
        /// From the prompt alone.
        case text
        /// Animates one image, used as the first frame.
        case image(first: URL)
        /// Moves from a first frame to a last frame.
        case firstLastFrame(first: URL, last: URL)
        /// Keeps the subjects of 1 to 7 reference images (`VideoJob.referenceImageLimit`).
        case referenceImages([URL])

        /// The mode without its images.
        public var kind: ModeKind {
            switch self {
            case .text: return .text
            case .image: return .image
            case .firstLastFrame: return .firstLastFrame
            case .referenceImages: return .referenceImages
            }
        }
    }

    /// The most reference images a job may carry.
    public static let referenceImageLimit = 7

    /// A mode without its images, for capability tables.
    public enum ModeKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Text to video.
        case text
        /// Image (first frame) to video.
        case image
        /// First and last frame to video.
        case firstLastFrame = "first-last-frame"
        /// Reference images to video.
        case referenceImages = "reference-images"

        /// `text-to-video`, `image-to-video`, `first-last-frame`, `reference-images`.
        public var description: String {
            switch self {
            case .text: return "text-to-video"
            case .image: return "image-to-video"
            case .firstLastFrame: return "first-last-frame"
            case .referenceImages: return "reference-images"
            }
        }
    }
}
