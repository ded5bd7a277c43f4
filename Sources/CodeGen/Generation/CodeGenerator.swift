import SpecKit

/// The generator's entry point: spec documents in, generated files out, all in memory.
public enum CodeGenerator {
    /// Every file for `documents`, sorted by path. Throws every diagnostic of every document
    /// at once; nothing is returned unless all documents plan cleanly.
    public static func generate(_ documents: [SpecDocument]) throws(DiagnosticList) -> [GeneratedFile] {
        var warnings: [Diagnostic] = []
        return try generate(documents, warnings: &warnings)
    }

    /// Every file for `documents`, as `generate(_:)` does, adding to `warnings` the places where
    /// the code is less precise than the spec (a schema that refers to itself planned as
    /// `JSONValue`); warnings never stop generation.
    public static func generate(_ documents: [SpecDocument], warnings: inout [Diagnostic]) throws(DiagnosticList) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        var diagnostics: [Diagnostic] = []
        var namespaces: [String: String] = [:]
        for document in documents.sorted(by: { $0.file < $1.file }) {
            if let other = namespaces[document.namespace] {
                diagnostics.append(Diagnostic(file: document.file, location: nil, pointer: "/info/x-swift-namespace",
                                              message: "x-swift-namespace '\(document.namespace)' is also used by \(other)",
                                              hint: "give each provider its own namespace"))
                continue
            }
            namespaces[document.namespace] = document.file
            do {
                let generated = try ProviderGenerator(document: document).generate()
                files += generated.files
                warnings += generated.warnings
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return files.sorted { $0.path < $1.path }
    }
}
