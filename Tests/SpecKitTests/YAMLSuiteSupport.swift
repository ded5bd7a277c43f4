import Foundation
@testable import SpecKit

/// One case of the YAML test suite: a folder with `in.yaml`, and `in.json` (the JSON its
/// documents load as) and/or `error` (present when the input must be rejected).
struct YAMLSuiteCase: Sendable {
    /// The folder relative to the suite, `2G84/00` or `229Q`.
    var id: String
    var folder: URL
    var input: [UInt8]
    var expectedJSON: String?
    var mustFail: Bool

    enum Category: String, Sendable {
        case json = "JSON-mappable", error
    }

    /// Error cases first: a few have an `in.json` too, but they must be rejected.
    var category: Category? {
        if mustFail { return .error }
        return expectedJSON == nil ? nil : .json
    }

    /// Every case under `suite`, in id order; a test folder holds the files itself or
    /// numbered sub-folders that do.
    static func all(in suite: URL) throws -> [YAMLSuiteCase] {
        let manager = FileManager.default
        var cases: [YAMLSuiteCase] = []
        for name in try manager.contentsOfDirectory(atPath: suite.path).sorted() {
            let folder = suite.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            if manager.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                cases.append(try load(folder, id: name))
                continue
            }
            for sub in try manager.contentsOfDirectory(atPath: folder.path).sorted() {
                let subFolder = folder.appendingPathComponent(sub)
                if manager.fileExists(atPath: subFolder.appendingPathComponent("in.yaml").path) {
                    cases.append(try load(subFolder, id: name + "/" + sub))
                }
            }
        }
        return cases
    }

    private static func load(_ folder: URL, id: String) throws -> YAMLSuiteCase {
        let input = try Data(contentsOf: folder.appendingPathComponent("in.yaml"))
        let jsonURL = folder.appendingPathComponent("in.json")
        let json = FileManager.default.fileExists(atPath: jsonURL.path) ? try String(contentsOf: jsonURL, encoding: .utf8) : nil
        let mustFail = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
        return YAMLSuiteCase(id: id, folder: folder, input: Array(input), expectedJSON: json, mustFail: mustFail)
    }

    /// Nil when the reader does what the case asks, else what went wrong.
    func failure() -> String? {
        let documents: [JSONNode]
        do {
            documents = try YAMLReader.readStream(bytes: input, file: "in.yaml")
        } catch {
            return mustFail ? nil : "rejected: \(error)"
        }
        if mustFail { return "accepted input that must be rejected" }
        guard let expectedJSON else { return nil }
        let expected: [JSONNode]
        do {
            expected = try JSONStream.values(expectedJSON)
        } catch {
            return "cannot read in.json: \(error)"
        }
        guard expected.count == documents.count else {
            return "\(documents.count) documents, expected \(expected.count)"
        }
        for (index, (got, want)) in zip(documents, expected).enumerated() where !JSONStream.sameValue(got, want) {
            return "document \(index + 1) differs: got \(JSONStream.text(got)), expected \(JSONStream.text(want))"
        }
        return nil
    }
}

/// Several JSON texts one after another, as the suite's `in.json` holds multi-document
/// streams, and value comparison (numbers by value, object members in any order).
enum JSONStream {
    /// The JSON values of `text`, in order.
    static func values(_ text: String) throws -> [JSONNode] {
        let scalars = Array(text.unicodeScalars)
        var values: [JSONNode] = []
        var index = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }
        while true {
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            guard index < scalars.count else { return values }
            let start = index
            var depth = 0
            var inString = false
            repeat {
                let c = scalars[index]
                if inString {
                    if c == "\\" { index += 1 } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "[" || c == "{" {
                    depth += 1
                } else if c == "]" || c == "}" {
                    depth -= 1
                } else if depth == 0 && isSpace(c) {
                    break
                }
                index += 1
            } while index < scalars.count && (depth > 0 || inString || !(start < index && isComplete(scalars[start], scalars[index - 1])))
            let piece = String(String.UnicodeScalarView(scalars[start..<index]))
            values.append(try JSONParser.parse(piece, file: "in.json"))
        }
    }

    /// A value that starts with `first` and, at depth 0, ends with `last` is whole when it
    /// is a closed collection or string; a bare word ends at whitespace.
    private static func isComplete(_ first: Unicode.Scalar, _ last: Unicode.Scalar) -> Bool {
        switch first {
        case "[", "{": return last == "]" || last == "}"
        case "\"": return last == "\""
        default: return false
        }
    }

    static func sameValue(_ a: JSONNode, _ b: JSONNode) -> Bool {
        switch (a.value, b.value) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x, _), .number(y, _)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { member in
                guard let other = b[member.key] else { return false }
                return sameValue(member.value, other)
            }
        default: return false
        }
    }

    /// A compact rendering for failure messages.
    static func text(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(_, let text): return text
        case .string(let value): return "\"" + value.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() + "\""
        case .array(let elements): return "[" + elements.map(text).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { "\"\($0.key)\": " + text($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
