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
    /// `--deadline`: how long `wait` and `generate` wait for a final state.
    var deadline: Double?
    /// `--request-timeout`: how long one API request may take.
    var requestTimeout: Double?
    /// `--download-idle-timeout` and `--download-timeout`.
    var downloadIdleTimeout: Double?
    var downloadTimeout: Double?
    var simulate = false
    /// `--report-drift`: check every API answer against the spec and print each distinct drift.
    var reportDrift = false
    /// `--record FILE`: append every request and response, redacted, to FILE as JSON lines.
    var recordPath: String?

    /// The longest value each timing option takes, in seconds.
    enum Limit {
        static let pollInterval = 3_600.0
        static let firstPollAfter = 86_400.0
        static let deadline = 7 * 86_400.0
        static let requestTimeout = 3_600.0
        static let downloadIdleTimeout = 3_600.0
        static let downloadTimeout = 7 * 86_400.0
    }

    /// The CLI's request timeout when `--request-timeout` is not given: short enough that a
    /// host that never answers ends `vidu status` in well under a minute (two attempts).
    static let defaultRequestTimeout = 15.0

    /// Reads `option` if it is one of the shared options; false when it is not.
    mutating func read(_ option: String, from reader: inout ArgumentReader) throws(ArgumentReader.UsageError) -> Bool {
        switch option {
        case "--provider":
            let name = try reader.value(for: option)
            guard let adapter = VideoProviders.adapter(for: VideoProviderID(name)) else {
                throw .init(description: "--provider takes \(VideoProviders.idList), not '\(name)'")
            }
            self.provider = adapter.id
        case "--base-url":
            let text = try reader.value(for: option)
            guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
                throw .init(description: "--base-url takes a URL such as https://api.example.com, not '\(text)'")
            }
            baseURL = url
        case "--poll-interval": pollInterval = try reader.seconds(for: option, atMost: Limit.pollInterval)
        case "--first-poll-after": firstPollAfter = try reader.seconds(for: option, atMost: Limit.firstPollAfter)
        case "--deadline": deadline = try reader.seconds(for: option, atMost: Limit.deadline, atLeast: 1)
        case "--request-timeout": requestTimeout = try reader.seconds(for: option, atMost: Limit.requestTimeout, atLeast: 0.1)
        case "--download-idle-timeout": downloadIdleTimeout = try reader.seconds(for: option, atMost: Limit.downloadIdleTimeout, atLeast: 1)
        case "--download-timeout": downloadTimeout = try reader.seconds(for: option, atMost: Limit.downloadTimeout, atLeast: 1)
        case "--simulate": simulate = true
        case "--report-drift": reportDrift = true
        case "--record": recordPath = try reader.value(for: option)
        default: return false
        }
        return true
    }

    /// The provider, or a usage error when `--provider` is missing.
    func requiredProvider() throws(ArgumentReader.UsageError) -> VideoProviderID {
        guard let provider else { throw .init(description: "--provider is required (\(VideoProviders.idList))") }
        return provider
    }

    /// The polling policy the options ask for; nil follows the provider's advice.
    func pollingPolicy(for provider: VideoProviderID) -> PollingPolicy? {
        let base = simulate ? SimulatedTransport.polling : nil
        guard pollInterval != nil || firstPollAfter != nil || deadline != nil else { return base }
        let advice = base ?? PollingPolicy.default(for: VideoProvider.simulated(provider).taskDescriptor)
        var policy = advice
        // Every value was bounded when read, so these conversions cannot overflow.
        if let pollInterval { policy.interval = Self.duration(max(pollInterval, 0.05)) }
        if let firstPollAfter { policy.initialDelay = Self.duration(firstPollAfter) }
        if pollInterval != nil || firstPollAfter != nil { policy.usesEstimatedTime = false }
        if let deadline { policy.deadline = Self.duration(deadline) }
        policy.maxInterval = max(policy.maxInterval, policy.interval)
        return policy
    }

    /// The download timeouts the options ask for (the library's defaults otherwise).
    var downloader: ResultDownloader {
        var downloader = ResultDownloader()
        if let downloadIdleTimeout { downloader.idleTimeout = Self.duration(downloadIdleTimeout) }
        if let downloadTimeout { downloader.totalTimeout = Self.duration(downloadTimeout) }
        return downloader
    }

    /// The request timeout the options ask for.
    var timeout: Duration { Self.duration(requestTimeout ?? Self.defaultRequestTimeout) }

    /// A bounded number of seconds (at most a few weeks, checked by the reader) as a duration.
    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((min(max(seconds, 0), Limit.deadline) * 1000).rounded()))
    }
}
