import Foundation

/// Reads provider callbacks, whose bodies have the shape of the status response
/// (the providers whose specs document webhooks, and the others by assumption).
public enum TaskCallback {
    /// The task status in a callback body. Throws `.invalidCallback(.malformedBody)` when
    /// the body is not JSON or has no state where `descriptor` says.
    public static func status(from body: Data, descriptor: TaskDescriptor) throws(ViduError) -> TaskStatus {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: body)
        } catch {
            throw .invalidCallback(.malformedBody("not JSON"))
        }
        guard let status = descriptor.status(of: document) else {
            throw .invalidCallback(.malformedBody("no task state at \(descriptor.state)"))
        }
        return status
    }
}
