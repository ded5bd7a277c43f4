import Foundation
import SpecKit

/// Reads every `*.json`, `*.yaml` and `*.yml` spec of a directory, in file-name order.
enum SpecDirectory {
    /// The documents, or every diagnostic of every file at once.
    ///
    /// Each file is named in diagnostics and headers as `<directory name>/<file>` (such as
    /// `specs/acme.json`), so output never contains an absolute path.
    static func load(_ directory: String) throws(DiagnosticList) -> [SpecDocument] {
        let url = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { name in [".json", ".yaml", ".yml"].contains { name.lowercased().hasSuffix($0) } }.sorted()
        } catch {
            throw DiagnosticList([Diagnostic(file: directory, location: nil, pointer: "", message: "cannot read the specs directory: \(error.localizedDescription)")])
        }
        guard !names.isEmpty else {
            throw DiagnosticList([Diagnostic(file: directory, location: nil, pointer: "", message: "the specs directory holds no *.json, *.yaml or *.yml files",
                                             hint: "pass the directory with --specs")])
        }
        let prefix = displayPrefix(directory)
        var documents: [SpecDocument] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let file = prefix + name
            do {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                documents.append(try DocumentReader.read(text: String(decoding: data, as: UTF8.self), file: file))
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics
            } catch {
                diagnostics.append(Diagnostic(file: file, location: nil, pointer: "", message: "cannot read the file: \(error.localizedDescription)"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return documents
    }

    /// `specs/` for `specs`, `/abs/path/specs`, or `./specs/`.
    private static func displayPrefix(_ directory: String) -> String {
        let last = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        return last.isEmpty || last == "/" ? "" : last + "/"
    }
}
