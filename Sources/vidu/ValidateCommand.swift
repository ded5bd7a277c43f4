// PLACEHOLDER: the conformance work implements `vidu validate`.
enum ValidateCommand {
    static func run(_ arguments: [String], console: Console) async -> Int32 {
        console.error("vidu validate: not built yet")
        return ViduCommand.ExitCode.failure
    }
}
