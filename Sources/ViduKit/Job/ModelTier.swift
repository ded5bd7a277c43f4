/// The Vidu Q3 model family a job asks for. Each provider spells it differently: its
/// adapter's documentation says how, and `ProviderCapabilities` (printed by `vidu providers`)
/// lists the model each mode and tier maps onto, as the specs say.
public enum ModelTier: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Vidu Q3 (pro): the default choice.
    case standard
    /// Vidu Q3 turbo: faster and cheaper.
    case turbo
    /// Vidu Q3 mix: best quality for reference images.
    case mix
    /// Vidu Q3 pro-fast: the faster pro model for image-to-video.
    case proFast = "pro-fast"

    /// The name on the command line: `standard`, `turbo`, `mix`, `pro-fast`.
    public var description: String { rawValue }
}
