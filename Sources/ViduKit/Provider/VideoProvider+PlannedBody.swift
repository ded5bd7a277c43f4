import ViduRuntime

extension VideoProvider {
    /// The create operation and JSON body `submit` would send for `job`, or nil when the
    /// provider has nothing like it. For the package's tests (a valid body for each
    /// provider without writing one by hand); not public API.
    package func plannedCreate(for job: VideoJob) -> (operationID: String, body: JSONValue)? {
        guard let request = adapter.mapping(for: job).request, let body = try? request.json() else { return nil }
        return (request.operationID, body)
    }
}
