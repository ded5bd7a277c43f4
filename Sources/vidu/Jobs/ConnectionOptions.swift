import Foundation
import ViduKit
import ViduRuntime

/// The options every job command shares: which provider, where, how often to poll, and
/// whether to simulate.
struct ConnectionOptions {
    var provider: VideoProviderID?
    var baseURL: URL?
    var pollInterval: Double?
    var firstPollAfter: Double?
    var simulate = false

    /// Reads `option` if it is one of the shared options; false when it is not.
    mutating func read(_ option: String, from reader: inout ArgumentReader) throws(ArgumentReader.UsageError) -> Bool {
        switch option {
        case "--provider":
            let name = try reader.value(for: option)
            guard let provider = VideoProviderID(rawValue: name.lowercased()) else {
                throw .init(description: "--provider takes apimart, apixo, vidu or uniall, not '\(name)'")
            }
            self.provider = provider
        case "--base-url":
            let text = try reader.value(for: option)
            guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
                throw .init(description: "--base-url takes a URL such as https://api.example.com, not '\(text)'")
            }
            baseURL = url
        case "--poll-interval": pollInterval = try reader.seconds(for: option)
        case "--first-poll-after": firstPollAfter = try reader.seconds(for: option)
        case "--simulate": simulate = true
        default: return false
        }
        return true
    }

    /// The provider, or a usage error when `--provider` is missing.
    func requiredProvider() throws(ArgumentReader.UsageError) -> VideoProviderID {
        guard let provider else { throw .init(description: "--provider is required (apimart, apixo, vidu or uniall)") }
        return provider
    }

    /// The polling policy the options ask for; nil follows the provider's advice.
    func pollingPolicy(for provider: VideoProviderID) -> PollingPolicy? {
        let base = simulate ? ProviderSimulation.polling : nil
        guard pollInterval != nil || firstPollAfter != nil else { return base }
        let advice = base ?? PollingPolicy.default(for: VideoProvider.simulated(provider).taskDescriptor)
        var policy = advice
        if let pollInterval { policy.interval = .milliseconds(Int64((max(pollInterval, 0.05) * 1000).rounded())) }
        if let firstPollAfter { policy.initialDelay = .milliseconds(Int64((firstPollAfter * 1000).rounded())) }
        policy.usesEstimatedTime = false
        return policy
    }
}
