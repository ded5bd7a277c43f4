import Foundation

// `vidu`: submit, wait for, download and validate Vidu Q3 video jobs on any provider.
// Exit codes: 0 success, 1 failure (invalid input, a failed job, an unreachable host), 2 usage
// error, 130 / 143 interrupted by SIGINT / SIGTERM (partial files removed, or kept when the
// download can resume; the `vidu wait` command that resumes the task is printed).
let arguments = Array(CommandLine.arguments.dropFirst())
let work = Task { await ViduCommand.run(arguments, console: .standard) }
let watch = SignalWatch { number in
    guard Interruption.shared.record(number) else { return }
    work.cancel()
    // Cancellation ends every wait and transfer at once; this is only a backstop.
    DispatchQueue.global().asyncAfter(deadline: .now() + 10) {
        for line in Interruption.shared.report() { Console.standard.error(line) }
        exit(SignalWatch.exitCode(for: number))
    }
}
let exitCode = await work.value
if let number = Interruption.shared.signal {
    for line in Interruption.shared.report() { Console.standard.error(line) }
    exit(SignalWatch.exitCode(for: number))
}
exit(exitCode)
