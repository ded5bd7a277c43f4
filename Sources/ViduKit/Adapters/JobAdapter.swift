import ViduRuntime

/// Maps provider-neutral jobs onto one provider's generated requests, and reads the
/// provider's statuses back.
protocol JobAdapter: Sendable {
    /// The provider.
    var provider: VideoProviderID { get }
    /// The provider's descriptor (base URL, auth scheme, rate limits).
    var descriptor: ProviderDescriptor { get }
    /// How to follow any task of this provider (every create operation of a provider
    /// shares one status call).
    var taskDescriptor: TaskDescriptor { get }
    /// Provider states that mean "accepted, not started".
    var queuedStates: Set<String> { get }
    /// Which job field a request member (a JSON pointer's first segments) comes from.
    var fieldsByPointer: [String: JobField] { get }
    /// The request for `job`, or why the provider has nothing like it.
    func plan(_ job: VideoJob) -> RequestPlan
}

extension JobAdapter {
    /// The job field behind the request member at `pointer`: the longest known prefix, or
    /// `.mode` for rules about the whole body.
    func field(for pointer: String) -> JobField {
        var segments = pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while segments.count > 1 {
            if let field = fieldsByPointer[segments.joined(separator: "/")] { return field }
            segments.removeLast()
        }
        return .mode
    }
}

/// The adapter of each provider.
enum JobAdapters {
    /// The adapter for `provider`.
    static func adapter(for provider: VideoProviderID) -> any JobAdapter {
        switch provider {
        case .apimart: return ApimartAdapter()
        case .apixo: return ApixoAdapter()
        case .vidu: return ViduAdapter()
        case .uniall: return UniAllAdapter()
        }
    }
}

extension VideoJob {
    /// Fields set on the job among `candidates`, for a request that has no place for them.
    func setFields(among candidates: [JobField]) -> [JobField] {
        candidates.filter { field in
            switch field {
            case .duration: return duration != nil
            case .resolution: return resolution != nil
            case .aspectRatio: return aspectRatio != nil
            case .seed: return seed != nil
            case .audio: return audio != nil
            case .backgroundMusic: return backgroundMusic != nil
            case .watermark: return watermark != nil
            case .offPeak: return offPeak
            case .callbackURL: return callbackURL != nil
            case .mode, .images, .prompt, .tier: return false
            }
        }
    }
}
