import Foundation
import SpecKit

/// `vidu-codegen diff`: load both sides, compare, print, and choose the exit code.
enum DiffCommand {
    /// Runs the diff; `--since` runs git without blocking a thread.
    static func run(_ options: DiffOptions, output: (String) -> Void, errors: (String) -> Void) async -> CodeGenCommand.ExitCode {
        do throws(DiffInputs.Failure) {
            let inputs: DiffInputs
            if let since = options.since {
                inputs = try await DiffInputs.load(since: since, specsDirectory: options.specsDirectory)
            } else {
                inputs = try DiffInputs.load(old: options.paths[0], new: options.paths[1])
            }
            return report(inputs, options, output: output)
        } catch {
            return fail(error, errors: errors)
        }
    }

    /// Runs a diff of two paths without suspending; nil for `--since`, which needs `run`.
    static func runSynchronously(_ options: DiffOptions, output: (String) -> Void, errors: (String) -> Void) -> CodeGenCommand.ExitCode? {
        guard options.since == nil else { return nil }
        do throws(DiffInputs.Failure) {
            return report(try DiffInputs.load(old: options.paths[0], new: options.paths[1]), options, output: output)
        } catch {
            return fail(error, errors: errors)
        }
    }

    private static func report(_ inputs: DiffInputs, _ options: DiffOptions, output: (String) -> Void) -> CodeGenCommand.ExitCode {
        let changes = SpecDiff.compare(old: inputs.old, new: inputs.new).filter { options.includeDocumentation || !$0.isDocumentationOnly }
        output(DiffFormatter.format(changes, as: options.format, old: inputs.oldName, new: inputs.newName))
        if let failOn = options.failOn, changes.contains(where: failOn.matches) { return .failure }
        return .success
    }

    private static func fail(_ failure: DiffInputs.Failure, errors: (String) -> Void) -> CodeGenCommand.ExitCode {
        switch failure {
        case .usage(let message):
            errors("vidu-codegen: error: \(message)\n\n" + CommandLineOptions.usage)
            return .usage
        case .diagnostics(let list):
            errors(list.description)
            errors("vidu-codegen: \(list.diagnostics.count) error\(list.diagnostics.count == 1 ? "" : "s"); nothing was compared")
            return .failure
        }
    }
}
