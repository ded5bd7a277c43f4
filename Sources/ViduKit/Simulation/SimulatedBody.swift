import Foundation
import ViduRuntime

/// A JSON body the simulation sends, with placeholders for the values of one task:
/// `$TASK_ID`, `$VIDEO_URL`, `$COVER_URL` and `$MESSAGE` anywhere inside strings, and the
/// whole strings `"$PROGRESS"` and `"$STATUS"` standing for numbers.
struct SimulatedBody: Sendable {
    /// Where the body comes from.
    enum Source: Sendable {
        /// A documented example, unchanged but for its placeholders: rendering with `values`
        /// (the example's own task id, URLs, message) gives the example back.
        case documented(GeneratedProvider.Example, values: [String: String])
        /// Made from `example` (or from nothing, when the spec documents no body to start
        /// from) with the spec's `x-task`; `changes` says what was written or cleared.
        case derived(from: GeneratedProvider.Example?, changes: [String])
    }

    /// The body with placeholders.
    let template: JSONValue
    /// Where it comes from.
    let source: Source

    /// Placeholders that stand for a whole number.
    static let numberPlaceholders: Set<String> = ["$PROGRESS", "$STATUS"]

    /// The body for one task, as JSON text.
    func render(_ values: [String: String]) -> String {
        TaskPathEditing.text(value(values))
    }

    /// The body for one task.
    func value(_ values: [String: String]) -> JSONValue {
        Self.substitute(template, values)
    }

    private static func substitute(_ value: JSONValue, _ values: [String: String]) -> JSONValue {
        switch value {
        case .string(let text):
            if numberPlaceholders.contains(text), let number = values[text].flatMap(Double.init) { return .number(number) }
            return .string(values.keys.sorted().reduce(text) { text, key in
                text.contains(key) ? text.replacingOccurrences(of: key, with: values[key] ?? key) : text
            })
        case .array(let elements): return .array(elements.map { substitute($0, values) })
        case .object(let members): return .object(members.mapValues { substitute($0, values) })
        case .null, .bool, .number: return value
        }
    }

    /// `value` with every occurrence of `text` inside its strings replaced by `placeholder`.
    static func replacing(_ text: String, with placeholder: String, in value: JSONValue) -> JSONValue {
        guard !text.isEmpty else { return value }
        switch value {
        case .string(let string): return .string(string.replacingOccurrences(of: text, with: placeholder))
        case .array(let elements): return .array(elements.map { replacing(text, with: placeholder, in: $0) })
        case .object(let members): return .object(members.mapValues { replacing(text, with: placeholder, in: $0) })
        case .null, .bool, .number: return value
        }
    }
}
