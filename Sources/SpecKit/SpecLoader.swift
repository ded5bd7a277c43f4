import Foundation

/// Reads every `*.json`, `*.yaml` and `*.yml` spec of a directory, in file-name order: the one
/// spec loader (vidu-codegen, its `diff`, and the tests all use it).
public enum SpecLoader {
    /// The documents, or every diagnostic of every file at once.
    ///
    /// Each document is named in generated headers as `<directory name>/<file>` (such as
    /// `specs/acme.json`), so generated code never contains an absolute path. Diagnostics
    /// name the file as it opens from the current directory (`openable`): the directory as
    /// given, then the file. `namespaces` (from `--namespace`) replaces documents' namespaces.
    public static func load(_ directory: String, namespaces: NamespaceOption = NamespaceOption()) throws(DiagnosticList) -> [SpecDocument] {
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
        if let unknown = namespaces.unknownFiles(among: names).first {
            throw DiagnosticList([Diagnostic(file: directory, location: nil, pointer: "", message: "--namespace names \(unknown), which is not a spec of \(directory)",
                                             hint: "the specs: " + names.joined(separator: ", "))])
        }
        let prefix = displayPrefix(directory)
        var documents: [SpecDocument] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let file = prefix + name
            do {
                let namespace = try namespaces.namespace(for: name, among: names, directory: directory)
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                documents.append(try DocumentReader.read(text: String(decoding: data, as: UTF8.self), file: file, namespace: namespace))
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics.map { openable($0, directory: directory) }
            } catch {
                diagnostics.append(Diagnostic(file: openablePrefix(directory) + name, location: nil, pointer: "", message: "cannot read the file: \(error.localizedDescription)"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return documents
    }

    /// `diagnostic` with its file named as it opens from the current directory: a file of
    /// `directory` named `<directory name>/<file>` becomes `<directory as given>/<file>`.
    public static func openable(_ diagnostic: Diagnostic, directory: String) -> Diagnostic {
        let display = displayPrefix(directory)
        let prefix = openablePrefix(directory)
        guard !display.isEmpty, display != prefix, !diagnostic.file.hasPrefix(prefix), diagnostic.file.hasPrefix(display) else { return diagnostic }
        var result = diagnostic
        result.file = prefix + diagnostic.file.dropFirst(display.count)
        return result
    }

    /// `specs/` for `specs`, `/abs/path/specs`, or `./specs/`.
    private static func displayPrefix(_ directory: String) -> String {
        let last = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        return last.isEmpty || last == "/" ? "" : last + "/"
    }

    /// The directory as given, without a leading `./` or trailing `/`, then `/`: `specs/` for
    /// `specs` and `./specs/`, `../x/specs/`, `/abs/path/specs/`.
    private static func openablePrefix(_ directory: String) -> String {
        var path = directory
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path.isEmpty || path == "." { return "" }
        return path == "/" ? "/" : path + "/"
    }

    /// Loads the specs of `directory` and describes the result: one line per diagnostic, or a
    /// summary of what was read. `passed` is false when there was any diagnostic.
    public static func lint(directory: String) -> (passed: Bool, report: String) {
        do {
            let documents = try load(directory)
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
