import SpecKit

/// The generator's entry point: spec documents in, generated files out, all in memory.
public enum CodeGenerator {
    /// Every file for `documents`, sorted by path: each provider's folder, and
    /// `ProviderRegistry.swift` listing them all (`RegistryPlanner`). Throws every diagnostic
    /// of every document at once; nothing is returned unless all documents plan cleanly.
    public static func generate(_ documents: [SpecDocument]) throws(DiagnosticList) -> [GeneratedFile] {
        try generateReportingWarnings(documents).files
    }

    /// `generate`, with every warning (what was skipped or tolerated, and what the user
    /// loses), sorted by file and position. With `strict`, any warning is thrown as an error
    /// instead, and nothing is returned.
    public static func generateReportingWarnings(_ documents: [SpecDocument], strict: Bool = false) throws(DiagnosticList)
        -> (files: [GeneratedFile], warnings: [Diagnostic]) {
        var files: [GeneratedFile] = []
        var warnings: [Diagnostic] = []
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
        if strict {
            diagnostics += warnings.map { warning in
                var error = warning
                error.severity = .error
                error.message += " (an error with --strict)"
                return error
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        files.append(try RegistryPlanner(documents: documents.sorted(by: { $0.file < $1.file })).file())
        return (files.sorted { $0.path < $1.path }, DiagnosticList(warnings).diagnostics)
    }
}
