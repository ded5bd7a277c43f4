import Foundation
import ViduKit
import ViduRuntime

/// The steps `generate` and `wait` share: check the output path, wait with live progress,
/// then download.
struct JobRunner {
    let provider: VideoProvider
    let console: Console

    /// Where the video goes: the `--output` path, or the current directory (saved there as
    /// `<task id>.mp4`).
    static func destination(for output: String?) -> URL {
        URL(fileURLWithPath: output ?? FileManager.default.currentDirectoryPath)
    }

    /// Checks, before any call is sent, that `output` can be written: its directory exists
    /// and is writable. Answers nil when it can, else the failure exit code (after saying why).
    func precheck(output: String?) -> Int32? {
        do {
            try DownloadDestination.precheck(Self.destination(for: output))
            return nil
        } catch {
            return fail(.runtime(error))
        }
    }

    /// Waits for `taskID`, downloads its video to `output` (a file, or a directory to save
    /// in as `<task id>.mp4`; by default the current directory) and prints the path. Answers
    /// the exit code.
    func waitAndDownload(_ taskID: String, output: String?, connection: ConnectionOptions) async -> Int32 {
        let target: DownloadDestination
        do {
            target = try DownloadDestination.resolve(Self.destination(for: output), defaultName: VideoResult.defaultFileName(for: taskID))
        } catch {
            let code = fail(.runtime(error))
            console.error("vidu: task \(taskID) goes on at \(provider.id); fetch it with: vidu wait --provider \(provider.id.rawValue) \(taskID) --output FILE")
            return code
        }
        Interruption.shared.follow(.init(provider: provider.id, taskID: taskID, output: target.file, connection: connection))
        let display = ProgressDisplay(console: console, key: provider.configuration.apiKey)
        do {
            let result = try await provider.wait(for: taskID) { status in display.show(status) }
            let file = try await provider.download(result, to: target.file) { progress in display.show(progress) }
            display.finish()
            console.output(file.location.path)
            return ViduCommand.ExitCode.success
        } catch {
            display.finish()
            return fail(error)
        }
    }

    /// Prints `error` as sentences (nothing for the cancellation that an interruption
    /// caused: the interruption report says it); answers the failure exit code.
    func fail(_ error: VideoJobError) -> Int32 {
        if Interruption.shared.signal != nil, case .runtime(.cancelled) = error { return ViduCommand.ExitCode.failure }
        for line in JobFailureText.lines(for: error, provider: provider) {
            console.error("vidu: \(line)")
        }
        return ViduCommand.ExitCode.failure
    }
}
