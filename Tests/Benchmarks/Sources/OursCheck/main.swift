// Benchmark helper (not part of Package.swift): built by Tests/Benchmarks/bench.py in a throwaway
// package in .bench/ next to copies of Generated/ (ViduClients) and Sources/ViduRuntime.
//
//   ours-check constraints          JSON: for every compiled SchemaTable node, its location and
//                                   the constraint keywords it carries.
//   ours-check unknown-state FILE   FILE is a JSON array of {provider, operationID, status, body}:
//                                   decodes each body (a documented status body whose state was
//                                   replaced by an unknown one) into the generated type.
import Foundation
import ViduClients
import ViduRuntime

/// Every generated provider (the registry), with the schema table its entries share.
let providers: [(name: String, table: SchemaTable, entries: [SchemaEntry])] = ProviderRegistry.all.compactMap { provider in
    provider.schemaEntries.first.map { (provider.id, $0.schemaTable, provider.schemaEntries) }
}

func keywords(_ node: SchemaNode) -> [String] {
    var result: [String] = []
    if node.minLength != nil { result.append("minLength") }
    if node.maxLength != nil { result.append("maxLength") }
    if node.minimum != nil { result.append("minimum") }
    if node.maximum != nil { result.append("maximum") }
    if node.exclusiveMinimum != nil { result.append("exclusiveMinimum") }
    if node.exclusiveMaximum != nil { result.append("exclusiveMaximum") }
    if node.pattern != nil { result.append("pattern") }
    if node.enumValues != nil { result.append("enum") }
    if node.constValue != nil { result.append("const") }
    if node.minItems != nil { result.append("minItems") }
    if node.maxItems != nil { result.append("maxItems") }
    if !node.required.isEmpty { result.append("required") }
    if !node.dependentRequired.isEmpty { result.append("dependentRequired") }
    if node.ifSchema != nil { result.append("if") }
    if node.not != nil { result.append("not") }
    return result
}

func jsonString(_ object: Any) -> String {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "constraints":
    var out: [String: Any] = [:]
    for provider in providers {
        out[provider.name] = provider.table.nodes.map { ["location": $0.location, "keywords": keywords($0)] as [String: Any] }
    }
    print(jsonString(out))
case "unknown-state":
    let cases = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: arguments[1]))) as! [[String: Any]]
    var out: [[String: Any]] = []
    for item in cases {
        let name = item["provider"] as! String
        let provider = providers.first { $0.name == name }!
        let entry = provider.entries.entry(operationID: item["operationID"] as! String, kind: .response(status: item["status"] as! String))!
        let body = try! JSONSerialization.data(withJSONObject: item["body"]!, options: [.fragmentsAllowed])
        let marker = item["marker"] as! String
        var record: [String: Any] = ["provider": name, "type": entry.typeName]
        do {
            let value = try entry.decode(body)
            record["decoded"] = true
            let text = String(reflecting: value)
            record["keepsValue"] = text.contains("unknown(\"\(marker)\")")
        } catch {
            record["decoded"] = false
            record["detail"] = "\(error)"
        }
        let json = try! JSONDecoder().decode(JSONValue.self, from: body)
        record["schemaViolations"] = entry.validate(json).count
        out.append(record)
    }
    print(jsonString(out))
default:
    FileHandle.standardError.write(Data("usage: ours-check constraints | unknown-state FILE\n".utf8))
    exit(2)
}
