import ViduRuntime

/// The runtime types a ViduKit user names, so that `import ViduKit` suffices.

/// An API key; it prints as `APIKey(redacted)` everywhere.
public typealias APIKey = ViduRuntime.APIKey
/// A downloaded result file: where it is, its size and content type.
public typealias DownloadedFile = ViduRuntime.DownloadedFile
/// Download progress: bytes received and expected.
public typealias DownloadProgress = ViduRuntime.DownloadProgress
/// How `VideoProvider.wait(for:progress:)` polls.
public typealias PollingPolicy = ViduRuntime.PollingPolicy
/// A runtime failure, carried by `VideoJobError.runtime`.
public typealias ViduError = ViduRuntime.ViduError
/// Key, base URL, transport, retries, timeout, clock and limiter of a `VideoProvider`.
public typealias ClientConfiguration = ViduRuntime.ClientConfiguration
