/// Lists every reason a provider cannot run a job, before any network call: mode and tier
/// gaps and out-of-range values from the capability table, then whatever else the
/// provider's validator rejects, each as a sentence naming the job field.
struct CompatibilityCheck {
    /// The provider's adapter.
    let adapter: any VideoProviderAdapter
    /// The provider's capability table.
    let capabilities: ProviderCapabilities

    private var provider: VideoProviderID { adapter.id }

    /// Every incompatibility; empty when the job may be submitted.
    func incompatibilities(of job: VideoJob) -> [JobIncompatibility] {
        var found: [JobIncompatibility] = []
        let kind = job.mode.kind
        if kind == .referenceImages && !(1...VideoJob.referenceImageLimit).contains(job.imageURLs.count) {
            found.append(.init(field: .images, message: "a job takes 1 to \(VideoJob.referenceImageLimit) reference images, not \(job.imageURLs.count)"))
        }
        guard !capabilities.tiers(for: kind).isEmpty else {
            if case .unsupported(let reason) = adapter.mapping(for: job) { return found + [reason] }
            let offered = capabilities.modes.map(\.description).joined(separator: ", ")
            return found + [.init(field: .mode, message: "\(provider) has no \(kind) mode (it offers \(offered))")]
        }
        guard let row = capabilities.row(for: kind, tier: job.tier) else {
            let tiers = CapabilityText.list(capabilities.tiers(for: kind))
            return found + [.init(field: .tier, message: "\(provider) has no \(job.tier) tier for \(kind) (it takes \(tiers))")]
        }
        found += tableGaps(of: job, in: row)
        // The row exists, so the tier is offered: a rejected model name (one that carries the
        // resolution or an off-peak suffix) is already explained by the gaps above.
        found += validatorGaps(of: job, besides: Set(found.map(\.field) + [.tier]))
        return found
    }

    /// Values outside the row.
    private func tableGaps(of job: VideoJob, in row: CapabilityRow) -> [JobIncompatibility] {
        var found: [JobIncompatibility] = []
        let subject = "\(row.model) on \(provider)"
        if job.mode.kind == .referenceImages, !row.imageCounts.contains(job.imageURLs.count) {
            found.append(.init(field: .images, message: "\(subject) takes \(CapabilityText.ranges(row.imageCounts)) reference images, not \(job.imageURLs.count)"))
        }
        if let duration = job.duration, !row.durations.contains(duration) {
            found.append(row.durations.isEmpty
                ? .init(field: .duration, message: "\(subject) takes no duration for \(row.mode)")
                : .init(field: .duration, message: "\(subject) takes durations of \(CapabilityText.ranges(row.durations)) s, not \(duration) s"))
        }
        if let resolution = job.resolution, !row.resolutions.contains(resolution) {
            found.append(row.resolutions.isEmpty
                ? .init(field: .resolution, message: "\(subject) takes no resolution for \(row.mode) (asked for \(resolution))")
                : .init(field: .resolution, message: "\(subject) has no \(resolution) (it takes \(CapabilityText.list(row.resolutions)))"))
        }
        if let ratio = job.aspectRatio, !row.aspectRatios.contains(ratio) {
            found.append(row.aspectRatios.isEmpty
                ? .init(field: .aspectRatio, message: "\(subject) takes no aspect ratio for \(row.mode) (asked for \(ratio))")
                : .init(field: .aspectRatio, message: "\(subject) has no \(ratio) aspect ratio (it takes \(CapabilityText.list(row.aspectRatios)))"))
        }
        for field in job.setFields(among: JobField.settings) where !row.settings.contains(field) {
            found.append(.init(field: field, message: "\(subject) takes no \(CapabilityText.settingName(field)) for \(row.mode)"))
        }
        return found
    }

    /// What the validator still rejects (prompt length, URL forms, seed bounds), for fields
    /// not already reported.
    private func validatorGaps(of job: VideoJob, besides reported: Set<JobField>) -> [JobIncompatibility] {
        guard let request = adapter.mapping(for: job).request else { return [] }
        var found: [JobIncompatibility] = []
        for violation in request.violations() {
            let field = adapter.field(for: violation.pointer)
            guard !reported.contains(field) else { continue }
            let member = violation.pointer.isEmpty ? "the request" : "\(violation.pointer.dropFirst())"
            let sentence = "\(field) on \(provider): \(member) \(violation.message)"
            if !found.contains(where: { $0.message == sentence }) {
                found.append(.init(field: field, message: sentence))
            }
        }
        return found
    }
}
