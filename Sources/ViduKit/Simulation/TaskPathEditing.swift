import Foundation
import ViduRuntime

/// Writes and clears values at the paths of a spec's `x-task` (JSON pointers plus `*` and
/// `@json`, as `TaskPath` reads them), so the simulation can turn a documented example into
/// the body of another step of a task.
enum TaskPathEditing {
    /// `document` with `value` at `path`. Missing members are created; at `*` the array keeps
    /// one element (its first, edited, or a new one; at the path's end, `value` itself); at
    /// `@json` the string is parsed, edited and written back as compact JSON.
    static func setting(_ value: JSONValue, at path: String, in document: JSONValue) -> JSONValue {
        set(value, JSONPointer.tokens(path)[...], in: document)
    }

    /// `document` without what `path` reaches: the last member removed, or, at the first `*`,
    /// the array emptied. Nothing is created where the path finds nothing.
    static func removing(_ path: String, in document: JSONValue) -> JSONValue {
        remove(JSONPointer.tokens(path)[...], in: document)
    }

    private static func set(_ value: JSONValue, _ tokens: ArraySlice<String>, in current: JSONValue) -> JSONValue {
        guard let token = tokens.first else { return value }
        let rest = tokens.dropFirst()
        switch token {
        case "*":
            if rest.isEmpty { return .array([value]) }
            let first = current.arrayValue?.first ?? container(before: rest.first)
            return .array([set(value, rest, in: first)])
        case "@json":
            let inner = current.stringValue.flatMap { try? JSONValue(parsing: Data($0.utf8)) } ?? container(before: rest.first)
            return .string(text(set(value, rest, in: inner)))
        default:
            if case .array(var elements) = current, let index = Int(token), index >= 0 {
                if index < elements.count {
                    elements[index] = set(value, rest, in: elements[index])
                } else {
                    while elements.count < index { elements.append(.null) }
                    elements.append(set(value, rest, in: container(before: rest.first)))
                }
                return .array(elements)
            }
            if Int(token) != nil, current.objectValue == nil {
                return .array([set(value, rest, in: container(before: rest.first))])
            }
            var members = current.objectValue ?? [:]
            members[token] = set(value, rest, in: members[token] ?? container(before: rest.first))
            return .object(members)
        }
    }

    private static func remove(_ tokens: ArraySlice<String>, in current: JSONValue) -> JSONValue {
        guard let token = tokens.first else { return current }
        let rest = tokens.dropFirst()
        switch token {
        case "*":
            return current.arrayValue == nil ? current : .array([])
        case "@json":
            guard let inner = current.stringValue.flatMap({ try? JSONValue(parsing: Data($0.utf8)) }) else { return current }
            return .string(text(remove(rest, in: inner)))
        default:
            if case .array(var elements) = current, let index = Int(token), elements.indices.contains(index) {
                if rest.isEmpty {
                    elements.remove(at: index)
                } else {
                    elements[index] = remove(rest, in: elements[index])
                }
                return .array(elements)
            }
            guard case .object(var members) = current, let member = members[token] else { return current }
            if rest.isEmpty {
                members.removeValue(forKey: token)
            } else {
                members[token] = remove(rest, in: member)
            }
            return .object(members)
        }
    }

    /// The empty container the next token needs: an array before `*` or an index, a JSON
    /// string before `@json`, an object before a member, nothing at the end.
    private static func container(before token: String?) -> JSONValue {
        guard let token else { return .null }
        if token == "*" || Int(token) != nil { return .array([]) }
        if token == "@json" { return .string("{}") }
        return .object([:])
    }

    /// `value` as compact JSON text (sorted keys).
    static func text(_ value: JSONValue) -> String {
        (try? JSONValueWriter.data(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
