/// What an adapter makes of a job: a `CreateRequest`, or the reason the provider has
/// nothing that means what the job asks for.
public enum JobMapping: Sendable {
    /// The job maps onto a request (which may still break the spec's rules).
    case mapped(CreateRequest)
    /// The provider has nothing that means what the job asks for.
    case unsupported(JobIncompatibility)

    /// The request, when there is one.
    public var request: CreateRequest? {
        if case .mapped(let request) = self { return request }
        return nil
    }
}
