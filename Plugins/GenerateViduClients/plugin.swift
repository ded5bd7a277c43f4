import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-vidu-clients [options]`:
/// runs vidu-codegen on a package's OpenAPI specs and writes the Swift clients.
///
/// Options (paths relative to the package):
/// - `--specs DIR`: the specs (default `specs`).
/// - `--target NAME`: write into that target's folder, under `Generated/`
///   (for example `Sources/MyClients/Generated`).
/// - `--output DIR`: write into DIR instead (default `Generated`).
///
/// The output folder is created when it does not exist, so a consumer package needs no
/// manual step. Other arguments are passed to vidu-codegen (for example `check`).
@main
struct GenerateViduClients: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let root = context.package.directoryURL
        let specs = extractor.extractOption(named: "specs").last.map { root.appendingPathComponent($0) } ?? root.appendingPathComponent("specs")
        var output = root.appendingPathComponent("Generated")
        if let target = extractor.extractOption(named: "target").last {
            guard let module = try context.package.targets(named: [target]).first as? SourceModuleTarget else {
                throw PluginFailure("no source target named '\(target)' in \(context.package.displayName)")
            }
            output = module.directoryURL.appendingPathComponent("Generated")
        }
        if let path = extractor.extractOption(named: "output").last { output = root.appendingPathComponent(path) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

        let tool = try context.tool(named: "vidu-codegen")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = extractor.remainingArguments + ["--specs", specs.path, "--output", output.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginFailure("vidu-codegen failed with exit code \(process.terminationStatus)")
        }
        print("generate-vidu-clients: done (\(output.path))")
    }
}

/// Why the plugin stopped: one sentence.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
