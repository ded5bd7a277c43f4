import Foundation
import ViduKit
import ViduRuntime

/// Turns a job failure into sentences for standard error, without the key.
enum JobFailureText {
    /// One sentence per line; incompatible jobs give one line per reason.
    static func lines(for error: VideoJobError, provider: VideoProvider) -> [String] {
        let lines: [String]
        switch error {
        case .incompatible(let reasons):
            lines = reasons.map(\.message)
        case .runtime(.transport(let failure)):
            let host = provider.baseURL?.host ?? provider.id.description
            lines = ["cannot reach \(provider.id) at \(host): \(failure.message)"]
        case .failed(let code, let message):
            let withCode = code.flatMap { $0.isEmpty ? nil : " with \($0)" } ?? ""
            let because = message.flatMap { $0.isEmpty ? nil : ": \($0)" } ?? ""
            lines = ["\(provider.id) reports that the task failed\(withCode)\(because)"]
        case .runtime(.insecureURL(let reason)):
            // `reason` is already a sentence: "<url> uses plain http to a host that is not loopback; use https".
            lines = ["refusing to send: \(reason)"]
        case .runtime(.fileSystem(let reason)):
            lines = [reason]
        default:
            lines = [error.description]
        }
        // Messages carry server-sourced text (codes, messages, ids, URLs, bodies).
        return lines.map { TerminalText.safe($0, redacting: provider.configuration.apiKey) }
    }
}
