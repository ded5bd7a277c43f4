import Foundation
import SpecKit

/// The two sides `vidu-codegen diff` compares: providers by name (file name without `.json`).
struct DiffInputs {
    var old: [String: SpecDocument]
    var new: [String: SpecDocument]
    /// What was compared, for headers and the JSON output.
    var oldName: String
    var newName: String

    /// Why the inputs could not be read.
    enum Failure: Error {
        /// Bad arguments (exit 2).
        case usage(String)
        /// Unreadable or invalid specs, with their diagnostics (exit 1).
        case diagnostics(DiagnosticList)
    }

    /// The provider name of a spec file: its file name without `.json`.
    static func provider(ofFile path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// Two spec files (one provider, named after the new file) or two spec folders.
    static func load(old: String, new: String) throws(Failure) -> DiffInputs {
        let oldIsDirectory = try kind(of: old)
        let newIsDirectory = try kind(of: new)
        guard oldIsDirectory == newIsDirectory else {
            throw .usage("compare two spec files or two spec folders, not a file with a folder ('\(old)', '\(new)')")
        }
        if oldIsDirectory {
            var diagnostics: [Diagnostic] = []
            var sides: [[String: SpecDocument]] = []
            for directory in [old, new] {
                do {
                    sides.append(byProvider(try SpecLoader.load(directory)))
                } catch {
                    diagnostics += error.diagnostics
                    sides.append([:])
                }
            }
            guard diagnostics.isEmpty else { throw .diagnostics(DiagnosticList(diagnostics)) }
            return DiffInputs(old: sides[0], new: sides[1], oldName: old, newName: new)
        }
        var diagnostics: [Diagnostic] = []
        var documents: [SpecDocument] = []
        for file in [old, new] {
            do {
                documents.append(try DocumentReader.read(fileAt: file))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw .diagnostics(DiagnosticList(diagnostics)) }
        let name = provider(ofFile: new)
        return DiffInputs(old: [name: documents[0]], new: [name: documents[1]], oldName: old, newName: new)
    }

    /// `git show <revision>:<specs>/<file>` for every spec of the revision, against the working tree's `specsDirectory`.
    static func load(since revision: String, specsDirectory: String) async throws(Failure) -> DiffInputs {
        guard try kind(of: specsDirectory) else { throw .usage("--since compares with a specs folder; '\(specsDirectory)' is a file (set the folder with --specs)") }
        let prefix = URL(fileURLWithPath: specsDirectory).standardizedFileURL.lastPathComponent + "/"
        let listing = try await git(["-C", specsDirectory, "ls-tree", "--name-only", revision, "--", "."], what: "list \(prefix) at \(revision)", file: specsDirectory)
        let names = String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init).filter { $0.hasSuffix(".json") }.sorted()
        var old: [String: SpecDocument] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names {
            let file = "\(revision):\(prefix)\(name)"
            do {
                let data = try await git(["-C", specsDirectory, "show", "\(revision):./\(name)"], what: "read \(file)", file: file)
                old[provider(ofFile: name)] = try DocumentReader.read(text: String(decoding: data, as: UTF8.self), file: file)
            } catch let failure as Failure {
                if case .diagnostics(let list) = failure { diagnostics += list.diagnostics } else { throw failure }
            } catch let list as DiagnosticList {
                diagnostics += list.diagnostics
            } catch {
                diagnostics.append(Diagnostic(file: file, location: nil, pointer: "", message: "cannot read the file: \(error)"))
            }
        }
        var new: [String: SpecDocument] = [:]
        do {
            new = byProvider(try SpecLoader.load(specsDirectory))
        } catch {
            diagnostics += error.diagnostics
        }
        guard diagnostics.isEmpty else { throw .diagnostics(DiagnosticList(diagnostics)) }
        return DiffInputs(old: old, new: new, oldName: "\(revision):\(prefix)", newName: prefix)
    }

    private static func git(_ arguments: [String], what: String, file: String) async throws(Failure) -> Data {
        let result: GitRunner.Result
        do {
            result = try await GitRunner.run(arguments)
        } catch {
            throw .diagnostics(DiagnosticList([Diagnostic(file: file, location: nil, pointer: "", message: "cannot run git to \(what): \(error.localizedDescription)")]))
        }
        guard result.status == 0 else {
            let reason = result.errors.isEmpty ? "git exited with status \(result.status)" : result.errors.replacingOccurrences(of: "\n", with: "; ")
            throw .diagnostics(DiagnosticList([Diagnostic(file: file, location: nil, pointer: "", message: "cannot \(what): \(reason)")]))
        }
        return result.output
    }

    private static func byProvider(_ documents: [SpecDocument]) -> [String: SpecDocument] {
        Dictionary(documents.map { (provider(ofFile: $0.file), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True for a folder, false for a file; a diagnostic, as the generator prints it, when
    /// `path` does not exist.
    private static func kind(of path: String) throws(Failure) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .diagnostics(DiagnosticList([Diagnostic(file: path, location: nil, pointer: "", message: "cannot read the file: no such file or folder")]))
        }
        return isDirectory.boolValue
    }
}
