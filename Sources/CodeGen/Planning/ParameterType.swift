import SpecKit

/// A parameter of an operation, or a header of a callback request, and the Swift type of its value.
struct ParameterType {
    /// The operationId; for a callback header, the webhook's (as its body entry has it).
    var operationID: String
    var parameter: Parameter
    /// The client method's argument type, or for a callback header the plain Swift type of its
    /// JSON kind (`String`): the client declares no types for headers.
    var typeName: String

    /// Every parameter of every operation, then every header of every webhook, in spec order.
    /// Runs after `ClientPlanner`, whose argument types it reuses.
    static func plan(_ context: PlanningContext) -> [ParameterType] {
        var result: [ParameterType] = []
        for operation in context.document.operations {
            for parameter in operation.parameters {
                let key = ParameterKey.text(operationID: operation.operationID, parameter)
                let typeName = context.parameterTypes[key]?.text ?? plainType(parameter.schema, context: context)
                result.append(ParameterType(operationID: operation.operationID, parameter: parameter, typeName: typeName))
            }
        }
        for webhook in context.document.webhooks {
            let operationID = webhook.operation.operationID.isEmpty ? webhook.name : webhook.operation.operationID
            for parameter in webhook.operation.parameters {
                result.append(ParameterType(operationID: operationID, parameter: parameter, typeName: plainType(parameter.schema, context: context)))
            }
        }
        return result
    }

    /// `String`, `Int`, `Double` or `Bool` for a schema of that JSON kind; `JSONValue` otherwise.
    private static func plainType(_ schema: Schema, context: PlanningContext) -> String {
        let classifier = ShapeClassifier(context: context)
        let (shape, nullable) = classifier.classify(schema)
        let names = ["string": "String", "integer": "Int", "number": "Double", "boolean": "Bool"]
        let name = names[classifier.kind(of: shape)] ?? RuntimeSymbols.jsonValue
        return nullable && name != RuntimeSymbols.jsonValue ? name + "?" : name
    }
}
