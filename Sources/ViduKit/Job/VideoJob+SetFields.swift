extension VideoJob {
    /// The fields among `candidates` that are set on the job: what an adapter passes as
    /// `CreateRequest.unsent` for the settings its request has no place for.
    public func setFields(among candidates: [JobField]) -> [JobField] {
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
