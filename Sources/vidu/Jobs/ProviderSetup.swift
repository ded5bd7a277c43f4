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

    /// The provider the options describe.
    static func provider(
        _ id: VideoProviderID, options: ConnectionOptions, environment: [String: String]
    ) throws(MissingKey) -> VideoProvider {
        let policy = options.pollingPolicy(for: id)
        if options.simulate { return .simulated(id, pollingPolicy: policy) }
        guard let key = key(for: id, in: environment) else { throw MissingKey(provider: id) }
        return VideoProvider(id, configuration: ClientConfiguration(apiKey: key, baseURL: options.baseURL), pollingPolicy: policy)
    }
}
