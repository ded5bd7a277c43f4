import Foundation

// `vidu`: submit, wait for, download and validate Vidu Q3 video jobs on any provider.
// Exit codes: 0 success, 1 failure (invalid input, a failed job, an unreachable host), 2 usage error.
let exitCode = await ViduCommand.run(Array(CommandLine.arguments.dropFirst()), console: .standard)
exit(exitCode)
