/// The providers ViduKit runs jobs on.
public enum VideoProviderID: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// apimart (`api.apimart.ai`): reference images only.
    case apimart
    /// apixo (`api.apixo.ai`): text and one or two images.
    case apixo
    /// Vidu's official API (`api.vidu.com`): every mode, split across four endpoints.
    case vidu
    /// UniAll's gateway: every mode; the resolution is part of the model name.
    case uniall

    /// The name used on the command line and in messages.
    public var description: String {
        switch self {
        case .apimart: return "apimart"
        case .apixo: return "apixo"
        case .vidu: return "Vidu"
        case .uniall: return "UniAll"
        }
    }

    /// The environment variable holding this provider's own API key. It takes precedence
    /// over the shared `VIDU_API_KEY`.
    public var keyEnvironmentVariable: String {
        switch self {
        case .apimart: return "APIMART_API_KEY"
        case .apixo: return "APIXO_API_KEY"
        case .vidu: return "VIDU_OFFICIAL_API_KEY"
        case .uniall: return "UNIALL_API_KEY"
        }
    }

    /// The shared key variable, used when the provider's own is unset or empty.
    public static let sharedKeyEnvironmentVariable = "VIDU_API_KEY"
}
