import SpecKit

/// A JSON body of the spec (request, response or webhook) and the Swift type it decodes into.
struct BodyType {
    /// Which body it is, in the terms of the runtime's `SchemaEntry.Kind`.
    enum Kind: Equatable {
        case request
        case response(status: String)
        case webhook(name: String)
    }

    var operationID: String
    var kind: Kind
    /// The schema that validates the body.
    var schema: Schema
    /// The qualified Swift type, such as `Acme.CreateVideoRequest`.
    var typeName: String
}

/// The types planned for one provider, and the bodies that use them.
struct PlannedModels {
    /// Component types, in `components.schemas` order.
    var components: [Declaration] = []
    /// Inline request and response body types, in operation order.
    var operationTypes: [Declaration] = []
    /// Inline webhook body types, in webhook order.
    var webhookTypes: [Declaration] = []
    /// Every body with a schema, in spec order.
    var bodies: [BodyType] = []
    /// Top-level structs that validate themselves: qualified name and root schema.
    var validatedTypes: [(typeName: String, schema: Schema)] = []
}
