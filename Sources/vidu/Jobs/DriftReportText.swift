import ViduKit
import ViduRuntime

/// `--report-drift`: the drifts a job command saw, printed on standard error when it ends.
///
/// At the end rather than as they happen, so that no drift line breaks the progress line that
/// is redrawn on a terminal. Each line is `Drift.description`: safe text, the key removed.
enum DriftReportText {
    /// Prints every distinct drift `provider`'s observer collected, then a count; nothing
    /// without `--report-drift`.
    static func print(for provider: VideoProvider, console: Console) {
        guard let observer = provider.configuration.driftObserver else { return }
        let drifts = observer.drifts
        for drift in drifts {
            console.error(TerminalText.safe(drift.description, redacting: provider.configuration.apiKey))
        }
        console.error("vidu: \(drifts.count) distinct drift\(drifts.count == 1 ? "" : "s") from the \(provider.id.rawValue) spec")
    }
}
