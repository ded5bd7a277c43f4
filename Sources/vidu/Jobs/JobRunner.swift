import Foundation
import ViduKit
import ViduRuntime

/// The steps `generate` and `wait` share: wait with live progress, then download.
struct JobRunner {
    let provider: VideoProvider
    let console: Console

    /// Waits for `taskID`, downloads its video to `output` (or `<task id>.mp4`) and prints
    /// the path. Answers the exit code.
    func waitAndDownload(_ taskID: String, output: String?) async -> Int32 {
        let display = ProgressDisplay(console: console, key: provider.configuration.apiKey)
        do {
            let result = try await provider.wait(for: taskID) { status in display.show(status) }
            let path = output ?? "\(Self.fileName(for: taskID)).mp4"
            let destination = URL(fileURLWithPath: path)
            let file = try await provider.download(result, to: destination) { progress in display.show(progress) }
            display.finish()
            console.output(file.location.path)
            return ViduCommand.ExitCode.success
        } catch {
            display.finish()
            return fail(error)
        }
    }

    /// Prints `error` as sentences; answers the failure exit code.
    func fail(_ error: VideoJobError) -> Int32 {
        for line in JobFailureText.lines(for: error, provider: provider) {
            console.error("vidu: \(line)")
        }
        return ViduCommand.ExitCode.failure
    }

    /// The task id made safe as a file name.
    static func fileName(for taskID: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        let cleaned = String(taskID.unicodeScalars.map { allowed.contains($0) ? Character($0) : "_" })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "video-\(cleaned)" : cleaned
    }
}
