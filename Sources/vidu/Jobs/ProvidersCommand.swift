import ViduKit

/// `vidu providers`: prints every provider's capability table.
enum ProvidersCommand {
    static func run(_ arguments: [String], console: Console) -> Int32 {
        if arguments.contains("-h") || arguments.contains("--help") {
            console.output(JobUsage.providers)
            return ViduCommand.ExitCode.success
        }
        guard arguments.isEmpty else {
            console.error("vidu providers: unexpected argument '\(arguments[0])'\n\n" + JobUsage.providers)
            return ViduCommand.ExitCode.usage
        }
        console.output(CapabilityTableText.render(VideoProviderID.registered.map { ProviderCapabilities.of($0) }))
        return ViduCommand.ExitCode.success
    }
}
