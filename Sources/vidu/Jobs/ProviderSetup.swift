import Foundation
import ViduClients
import ViduKit
import ViduRuntime

/// Builds the `VideoProvider` a command talks to: simulated, or real with the key from the
/// environment.
enum ProviderSetup {
    /// Why no provider could be built.
    enum Failure: Error {
        /// No key in the environment.
        case missingKey(VideoProviderID)
        /// `--record FILE` cannot be opened.
        case recording(RecordingFile.OpenError)

        /// One sentence: which variables to set, or why the recording cannot be written.
        var sentence: String {
            switch self {
            case .missingKey(let provider):
                return "no API key for \(provider): set \(provider.keyEnvironmentVariable) or \(VideoProviderID.sharedKeyEnvironmentVariable)"
            case .recording(let error):
                return TerminalText.safe(error.description)
            }
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
    static func simulatedEnding(in environment: [String: String]) -> SimulatedTransport.Ending {
        let value = environment[simulateFailureVariable]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty || value == "0" ? .success : .failure
    }

    /// The provider the options describe, with a drift observer for `--report-drift` and a
    /// recording transport for `--record FILE`.
    static func provider(
        _ id: VideoProviderID, options: ConnectionOptions, environment: [String: String]
    ) throws(Failure) -> VideoProvider {
        let policy = options.pollingPolicy(for: id)
        var recording: RecordingFile?
        if let path = options.recordPath {
            do {
                recording = try RecordingFile(url: URL(fileURLWithPath: path))
            } catch {
                throw .recording(error)
            }
        }
        let observer = options.reportDrift ? DriftObserver(schemas: Self.schemas) : nil
        func instrument(_ configuration: inout ClientConfiguration) {
            configuration.driftObserver = observer
            if let recording { configuration.transport = RecordingTransport(wrapping: configuration.transport, to: recording) }
        }
        if options.simulate {
            let simulation = SimulatedTransport(provider: id, ending: simulatedEnding(in: environment))
            var provider = VideoProvider.simulated(id, simulation: simulation, pollingPolicy: policy, configure: instrument)
            provider.downloader = options.downloader
            return provider
        }
        guard let key = key(for: id, in: environment) else { throw .missingKey(id) }
        var configuration = ClientConfiguration(apiKey: key, baseURL: options.baseURL, timeout: options.timeout)
        instrument(&configuration)
        var provider = VideoProvider(id, configuration: configuration, pollingPolicy: policy)
        provider.downloader = options.downloader
        return provider
    }

    /// Every generated provider's schema entries by id, for the drift observer.
    static let schemas: [String: [SchemaEntry]] = Dictionary(
        ProviderRegistry.all.map { ($0.id, $0.schemaEntries) }, uniquingKeysWith: { first, _ in first })
}
