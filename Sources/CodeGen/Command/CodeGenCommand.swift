import Foundation
import SpecKit

/// What `vidu-codegen` does, apart from reading `CommandLine.arguments` and exiting: testable
/// without a subprocess.
public enum CodeGenCommand {
    /// Exit codes.
    public enum ExitCode: Int32, Sendable {
        case success = 0
        /// A spec error, or stale output for `check`.
        case failure = 1
        /// Bad arguments.
        case usage = 2
    }

    /// Runs the command for `arguments` (without the program name), every action included:
    /// `diff --since` runs git as a subprocess and suspends until it ends. Normal output goes to
    /// `output`, diagnostics and errors to `errors`.
    public static func runAsync(_ arguments: [String], output: (String) -> Void, errors: (String) -> Void) async -> ExitCode {
        guard let options = parse(arguments, output: output, errors: errors) else {
            return arguments.contains(where: { ["--help", "-h", "help"].contains($0) }) ? .success : .usage
        }
        if options.action == .diff, let diff = options.diff {
            return await DiffCommand.run(diff, output: output, errors: errors)
        }
        return run(options, output: output, errors: errors)
    }

    /// Runs the command for `arguments` (without the program name) without suspending. Normal
    /// output goes to `output`, diagnostics and errors to `errors`. `diff --since`, which runs
    /// git, needs `runAsync`; here it is a usage error.
    public static func run(_ arguments: [String], output: (String) -> Void, errors: (String) -> Void) -> ExitCode {
        guard let options = parse(arguments, output: output, errors: errors) else {
            return arguments.contains(where: { ["--help", "-h", "help"].contains($0) }) ? .success : .usage
        }
        return run(options, output: output, errors: errors)
    }

    /// The options, or nil after printing the usage (for `--help`) or a usage error.
    private static func parse(_ arguments: [String], output: (String) -> Void, errors: (String) -> Void) -> CommandLineOptions? {
        do {
            let options = try CommandLineOptions.parse(arguments)
            if options.action == .help {
                output(CommandLineOptions.usage)
                return nil
            }
            return options
        } catch {
            errors("vidu-codegen: error: \(error)\n\n" + CommandLineOptions.usage)
            return nil
        }
    }

    private static func run(_ options: CommandLineOptions, output: (String) -> Void, errors: (String) -> Void) -> ExitCode {
        if options.action == .diff, let diff = options.diff {
            guard let code = DiffCommand.runSynchronously(diff, output: output, errors: errors) else {
                errors("vidu-codegen: error: diff --since runs git; call CodeGenCommand.runAsync")
                return .usage
            }
            return code
        }
        let clock = ContinuousClock()
        let start = clock.now
        let files: [GeneratedFile]
        let documentCount: Int
        let openable = { (diagnostic: Diagnostic) in SpecLoader.openable(diagnostic, directory: options.specsDirectory) }
        var documents: [SpecDocument] = []
        do {
            documents = try SpecLoader.load(options.specsDirectory, namespaces: options.namespaces)
            documentCount = documents.count
            let generated = try CodeGenerator.generateReportingWarnings(documents, strict: options.strict)
            files = generated.files
            for warning in generated.warnings { errors(openable(warning).description) }
        } catch {
            // The specs read, but generating failed: their warnings still say what was skipped.
            if !options.strict {
                for warning in DiagnosticList(documents.flatMap(\.warnings)).diagnostics { errors(openable(warning).description) }
            }
            errors(DiagnosticList(error.diagnostics.map(openable)).description)
            errors("vidu-codegen: \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s"); \(options.outputDirectory) was not changed")
            return .failure
        }
        switch options.action {
        case .lint:
            output("vidu-codegen: \(documentCount) spec\(documentCount == 1 ? "" : "s") OK")
            return .success
        case .check:
            let difference = OutputDirectory.difference(of: options.outputDirectory, from: files)
            guard difference.isEmpty else {
                for entry in difference.entries { errors("\(options.outputDirectory)/\(entry.path): \(entry.problem)") }
                errors("vidu-codegen: \(options.outputDirectory) is out of date with \(options.specsDirectory); run `swift run vidu-codegen`")
                return .failure
            }
            output("vidu-codegen: \(options.outputDirectory) is up to date (\(files.count) files)")
            return .success
        case .generate, .help, .diff:
            do {
                try OutputDirectory.replace(options.outputDirectory, with: files)
            } catch {
                errors("vidu-codegen: error: cannot write \(options.outputDirectory): \(error.localizedDescription)")
                return .failure
            }
            let elapsed = clock.now - start
            let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            output("vidu-codegen: wrote \(files.count) files for \(documentCount) spec\(documentCount == 1 ? "" : "s") to \(options.outputDirectory) in \(milliseconds) ms")
            return .success
        }
    }
}
