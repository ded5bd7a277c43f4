import ViduRuntime

/// The error body of a simulated provider, from the spec alone: a documented 4xx example
/// (a `400` first, then one of a create call, then any), with its message replaced by
/// `$MESSAGE` and a number equal to its HTTP status by `$STATUS`; `{"code", "message"}` when
/// the spec documents no error example.
struct ErrorScript {
    let provider: GeneratedProvider

    /// The error body.
    func body() -> SimulatedBody {
        let errors = provider.responseExamples.filter { $0.status.hasPrefix("4") && $0.value != nil }
        let creates = Set(provider.operations.filter(\.createsTask).map(\.operationID))
        guard let example = errors.first(where: { $0.status == "400" }) ?? errors.first(where: { creates.contains($0.operationID) }) ?? errors.first,
              let value = example.value else {
            return SimulatedBody(
                template: .object(["code": .string("$STATUS"), "message": .string("$MESSAGE")]),
                source: .derived(from: nil, changes: ["no documented error example: code and message"]))
        }
        var values: [String: String] = [:]
        let template = Self.placeholders(in: value, status: Double(example.status), values: &values)
        return SimulatedBody(template: template, source: values["$MESSAGE"] == nil
            ? .derived(from: example, changes: ["no message member"]) : .documented(example, values: values))
    }

    /// `value` with each `message`/`msg` string as `$MESSAGE` and each number equal to
    /// `status` as `$STATUS`; `values` gets the texts they stood for.
    private static func placeholders(in value: JSONValue, status: Double?, values: inout [String: String]) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                if key == "message" || key == "msg", case .string(let text) = member, values["$MESSAGE"] == nil || values["$MESSAGE"] == text {
                    values["$MESSAGE"] = text
                    result[key] = .string("$MESSAGE")
                } else {
                    result[key] = placeholders(in: member, status: status, values: &values)
                }
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map { placeholders(in: $0, status: status, values: &values) })
        case .number(let number) where number == status:
            values["$STATUS"] = TaskPath.text(at: "", in: value)
            return .string("$STATUS")
        case .null, .bool, .number, .string:
            return value
        }
    }
}
