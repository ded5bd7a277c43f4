/// The Vidu Q3 model family a job asks for. Each provider spells it differently:
///
/// | tier | apimart | apixo | Vidu | UniAll |
/// |---|---|---|---|---|
/// | `.standard` | `viduq3` | `text-to-video`, `image-to-video` | `viduq3-pro` (`viduq3` for references) | `viduq3p-<res>` |
/// | `.turbo` | — | `turbo-text-to-video`, `turbo-image-to-video` | `viduq3-turbo` | `viduq3t-<res>` |
/// | `.mix` | `viduq3-mix` | — | `viduq3-mix` (references) | `viduq3p-mix-<res>` |
/// | `.proFast` | — | — | `viduq3-pro-fast` (image-to-video) | — |
///
/// `vidu providers` prints which modes take which tier, as the specs say.
public enum ModelTier: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Vidu Q3 (pro): the default choice.
    case standard
    /// Vidu Q3 turbo: faster and cheaper.
    case turbo
    /// Vidu Q3 mix: best quality for reference images.
    case mix
    /// Vidu Q3 pro-fast: Vidu's faster pro model for image-to-video.
    case proFast = "pro-fast"

    /// The name on the command line: `standard`, `turbo`, `mix`, `pro-fast`.
    public var description: String { rawValue }
}
