import Foundation
import SpecKit

/// The schemas an `x-task` path reaches inside a body schema, for the values the spec
/// documents there (the registry's known states and failure codes).
///
/// A path's segments are member names, array indexes, `*` (every element; a lone string
/// passes through) and `@json` (the string's `contentSchema`). `$ref`s are followed, and
/// `allOf`/`anyOf`/`oneOf`/`if`/`then`/`else` branches are all looked into.
struct TaskPathSchemas {
    let document: SpecDocument

    /// Every schema `path` reaches from `root`.
    func schemas(at path: String, from root: Schema) -> [Schema] {
        var current = expand(root)
        for segment in Self.segments(path) {
            var next: [Schema] = []
            for schema in current {
                switch segment {
                case "*":
                    if let items = schema.items { next.append(items) }
                    next += schema.prefixItems
                    if schema.types.contains("string") { next.append(schema) }
                case "@json":
                    if let content = schema.contentSchema { next.append(content) }
                default:
                    if let property = schema.properties.first(where: { $0.name == segment }) {
                        next.append(property.schema)
                    } else if let index = Int(segment) {
                        if index < schema.prefixItems.count { next.append(schema.prefixItems[index]) } else if let items = schema.items { next.append(items) }
                    } else if let additional = schema.additionalProperties {
                        next.append(additional)
                    }
                }
            }
            current = next.flatMap(expand)
        }
        return current
    }

    /// The string values documented at `path` from `root`: each reached schema's
    /// `x-known-values`, or else its string `enum`, in order, each once.
    func knownValues(at path: String, from root: Schema) -> [String] {
        var seen = Set<String>()
        var values: [String] = []
        for schema in schemas(at: path, from: root) {
            let known = schema.extensions.first(where: { $0.name == "x-known-values" })?.value.elements?.compactMap(\.string)
            let listed = known ?? schema.enumValues?.compactMap(\.string) ?? schema.constValue?.string.map { [$0] } ?? []
            for value in listed where seen.insert(value).inserted { values.append(value) }
        }
        return values
    }

    /// `schema` after `$ref`s, with every branch it combines (each resolved too).
    private func expand(_ schema: Schema) -> [Schema] {
        var result: [Schema] = []
        var visited = Set<ObjectIdentifier>()
        func visit(_ schema: Schema, depth: Int) {
            guard depth < 32, visited.insert(ObjectIdentifier(schema)).inserted else { return }
            if let ref = schema.ref, let target = document.registry.schema(at: ref) {
                visit(target, depth: depth + 1)
            }
            result.append(schema)
            let branches = schema.allOf + schema.anyOf + schema.oneOf + [schema.ifSchema, schema.thenSchema, schema.elseSchema].compactMap { $0 }
            for branch in branches { visit(branch, depth: depth + 1) }
        }
        visit(schema, depth: 0)
        return result
    }

    /// `/data/0/task_id` → `["data", "0", "task_id"]`, with `~1` and `~0` decoded.
    static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }
}
