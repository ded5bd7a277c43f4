import Foundation

/// Loads every spec of a directory.
public enum SpecLoader {
    /// Reads each `*.json`, `*.yaml` and `*.yml` file directly inside `directory`, in sorted
    /// file-name order (YAML through `YAMLReader`).
    ///
    /// Files are named `<directory as given>/<name>` in diagnostics. Every file is read
    /// even when an earlier one fails, and all diagnostics are thrown together.
    public static func loadSpecs(directory: String) throws(DiagnosticList) -> [SpecDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") || DocumentReader.isYAML($0) }.sorted()
        } catch {
            throw DiagnosticList([Diagnostic(file: directory, location: nil, pointer: "", message: "cannot list the directory: \(error.localizedDescription)")])
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var documents: [SpecDocument] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            do {
                documents.append(try DocumentReader.read(fileAt: prefix + name))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return documents
    }

    /// Loads the specs of `directory` and describes the result: one line per diagnostic, or a
    /// summary of what was read. `passed` is false when there was any diagnostic.
    public static func lint(directory: String) -> (passed: Bool, report: String) {
        do {
            let documents = try loadSpecs(directory: directory)
            let lines = documents.map { document in
                "\(document.file): ok: \(document.namespace), \(document.operations.count) operations, "
                    + "\(document.webhooks.count) webhooks, \(document.schemas.count) schemas"
            }
            return (true, lines.joined(separator: "\n"))
        } catch {
            let count = error.diagnostics.count
            return (false, error.description + "\n\(count) error\(count == 1 ? "" : "s")")
        }
    }
}
