/// A submitted job: the provider and the task id it answered.
public struct VideoTask: Sendable, Hashable, Codable {
    /// The provider the task runs on.
    public var provider: VideoProviderID
    /// The provider's task id; pass it to `status(of:)` and `wait(for:)`.
    public var id: String

    /// Creates a task reference.
    public init(provider: VideoProviderID, id: String) {
        self.provider = provider
        self.id = id
    }
}
