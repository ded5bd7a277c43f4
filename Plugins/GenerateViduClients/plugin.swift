import PackagePlugin
import Foundation

/// `swift package --allow-writing-to-package-directory generate-vidu-clients`: runs vidu-codegen
/// on the package's specs/ and writes Generated/.
@main
struct GenerateViduClients: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "vidu-codegen")
        let root = context.package.directoryURL
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["--specs", root.appendingPathComponent("specs").path,
                             "--output", root.appendingPathComponent("Generated").path] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("vidu-codegen failed with exit code \(process.terminationStatus)")
            return
        }
    }
}
