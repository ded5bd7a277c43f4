import Foundation

/// Prints a list of changes as text, JSON or Markdown.
public enum DiffFormatter {
    /// The output formats of `vidu-codegen diff --format`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    /// The changes in `format`. `old` and `new` name what was compared (JSON and headers).
    public static func format(_ changes: [SpecChange], as format: Format, old: String, new: String) -> String {
        switch format {
        case .text: return text(changes, old: old, new: new)
        case .json: return json(changes, old: old, new: new)
        case .markdown: return markdown(changes)
        }
    }

    private static func counts(_ changes: [SpecChange]) -> String {
        let wire = changes.filter { $0.wire == .breaking }.count
        let source = changes.filter { $0.swift == .sourceBreaking }.count
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): \(wire) wire-breaking, \(source) source-breaking"
    }

    /// One line per change: `provider side location: summary [wire: …, swift: …]`, then the users.
    static func text(_ changes: [SpecChange], old: String, new: String) -> String {
        var lines = ["vidu-codegen diff \(old) → \(new): " + counts(changes)]
        for change in changes {
            lines.append("\(change.provider): \(change.side.rawValue) \(change.location): \(change.summary) [\(change.kind.rawValue); wire: \(change.wire.rawValue), swift: \(change.swift.rawValue)]")
            if !change.usedBy.isEmpty { lines.append("    used by: " + change.usedBy.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// The JSON document (schema in README, "What changed"): keys sorted, changes in `SpecDiff.sorted` order.
    static func json(_ changes: [SpecChange], old: String, new: String) -> String {
        struct Summary: Encodable {
            var changes: Int
            var wireBreaking: Int
            var sourceBreaking: Int
            var breaking: Int
        }
        struct Document: Encodable {
            var formatVersion = 1
            var old: String
            var new: String
            var summary: Summary
            var changes: [SpecChange]
        }
        let document = Document(old: old, new: new, summary: Summary(
            changes: changes.count, wireBreaking: changes.filter { $0.wire == .breaking }.count,
            sourceBreaking: changes.filter { $0.swift == .sourceBreaking }.count, breaking: changes.filter(\.isBreaking).count
        ), changes: changes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// CHANGELOG-ready Markdown: one section per provider, breaking changes first.
    static func markdown(_ changes: [SpecChange]) -> String {
        guard !changes.isEmpty else { return "No spec changes." }
        var lines: [String] = []
        let providers = Array(Set(changes.map(\.provider))).sorted()
        for provider in providers {
            let mine = changes.filter { $0.provider == provider }
            if !lines.isEmpty { lines.append("") }
            lines.append("### \(provider)")
            let breaking = mine.filter(\.isBreaking)
            let other = mine.filter { !$0.isBreaking }
            for (title, group) in [("Breaking", breaking), ("Other changes", other)] where !group.isEmpty {
                lines.append("")
                lines.append("#### \(title)")
                lines.append("")
                for change in group {
                    var line = "- `\(change.location)` (\(change.side.rawValue)): \(escape(change.summary)) — wire **\(change.wire.rawValue)**, Swift **\(change.swift.rawValue)**"
                    if !change.usedBy.isEmpty { line += "; used by " + change.usedBy.map { "`\($0)`" }.joined(separator: ", ") }
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }
}
