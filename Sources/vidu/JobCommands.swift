// PLACEHOLDER: the ViduKit work implements generate, status, wait and providers.
enum JobCommands {
    static func run(_ command: String, _ arguments: [String], console: Console) async -> Int32 {
        console.error("vidu \(command): not built yet")
        return ViduCommand.ExitCode.failure
    }
}
