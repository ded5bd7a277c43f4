import Foundation
import ViduKit
import ViduRuntime

/// Builds the `VideoProvider` a command talks to: simulated, or real with the key from the
/// environment.
enum ProviderSetup {
    /// Why no provider could be built.
    struct MissingKey: Error {
        let provider: VideoProviderID

        /// One sentence naming the variables to set.
        var sentence: String {
            "no API key for \(provider): set \(provider.keyEnvironmentVariable) or \(VideoProviderID.sharedKeyEnvironmentVariable)"
        }
    }

    /// The API key for `provider`: its own variable first, then the shared `VIDU_API_KEY`.
    /// Empty values count as unset.
    static func key(for provider: VideoProviderID, in environment: [String: String]) -> APIKey? {
        for name in [provider.keyEnvironmentVariable, VideoProviderID.sharedKeyEnvironmentVariable] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                return APIKey(value)
            }
        }
        return nil
    }

    /// The environment variable that makes simulated tasks end in the provider's failed
    /// state (any value but empty or `0`).
    static let simulateFailureVariable = "VIDU_SIMULATE_FAILURE"

    /// How simulated tasks end under `environment`.
    static func simulatedEnding(in environment: [String: String]) -> ProviderSimulation.Ending {
        let value = environment[simulateFailureVariable]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty || value == "0" ? .success : .failure
    }

    /// The provider the options describe.
    static func provider(
        _ id: VideoProviderID, options: ConnectionOptions, environment: [String: String]
    ) throws(MissingKey) -> VideoProvider {
        let policy = options.pollingPolicy(for: id)
        if options.simulate {
            let simulation = ProviderSimulation(provider: id, ending: simulatedEnding(in: environment))
            var provider = VideoProvider.simulated(id, simulation: simulation, pollingPolicy: policy)
            provider.downloader = options.downloader
            return provider
        }
        guard let key = key(for: id, in: environment) else { throw MissingKey(provider: id) }
        var provider = VideoProvider(
            id, configuration: ClientConfiguration(apiKey: key, baseURL: options.baseURL, timeout: options.timeout), pollingPolicy: policy)
        provider.downloader = options.downloader
        return provider
    }
}
