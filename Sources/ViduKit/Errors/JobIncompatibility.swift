/// One reason a provider cannot run a job as described, found before any network call.
public struct JobIncompatibility: Sendable, Hashable, CustomStringConvertible {
    /// The job field at fault.
    public var field: JobField
    /// A sentence naming the provider and the field, such as
    /// "viduq3-mix on acme has no 540p resolution (it takes 720p, 1080p)".
    public var message: String

    /// Creates an incompatibility.
    public init(field: JobField, message: String) {
        self.field = field
        self.message = message
    }

    /// The sentence.
    public var description: String { message }
}
