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

    /// Runs the command for `arguments` (without the program name). Normal output goes to
    /// `output`, diagnostics and errors to `errors`.
    public static func run(_ arguments: [String], output: (String) -> Void, errors: (String) -> Void) -> ExitCode {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments)
        } catch {
            errors("vidu-codegen: error: \(error)\n\n" + CommandLineOptions.usage)
            return .usage
        }
        if options.action == .help {
            output(CommandLineOptions.usage)
            return .success
        }
        let clock = ContinuousClock()
        let start = clock.now
        let files: [GeneratedFile]
        let documentCount: Int
        do {
            let documents = try SpecDirectory.load(options.specsDirectory)
            documentCount = documents.count
            files = try CodeGenerator.generate(documents)
        } catch {
            errors(error.description)
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
        case .generate, .help:
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
