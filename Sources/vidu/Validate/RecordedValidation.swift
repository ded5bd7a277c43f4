import Foundation
import ViduRuntime

/// `vidu validate --recorded FILE`: each line of a recording (`RecordedMessage`) checked
/// against its own provider, operation, direction and status, with the same verdict words as
/// `--jsonl`.
///
/// A request line is checked against the operation's request body; a response line against
/// the response entry for its status (exact, then `2XX`, then `default`). Lines without a
/// JSON body (a GET request, a transport failure) and statuses the spec does not describe are
/// `skipped`. Exit 0 when no line is invalid or unreadable, 1 otherwise, 2 when FILE cannot
/// be read.
enum RecordedValidation {
    static func run(file: String, extraFields: Bool, console: Console) -> Int32 {
        let bytes: [UInt8]
        do {
            bytes = try InputSource.read(file)
        } catch {
            console.error("vidu validate: \(error)")
            return ViduCommand.ExitCode.usage
        }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var failed = false
        var output = ""
        for (index, var line) in lines.enumerated() {
            if line.last == 0x0D { line = line.dropLast() }
            let (text, ok) = verdict(Data(line), extraFields: extraFields)
            failed = failed || !ok
            output += "\(index + 1) \(text)\n"
            if output.utf8.count >= JSONLinesValidation.flushThreshold {
                console.writeOutput(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { console.writeOutput(output) }
        return failed ? ViduCommand.ExitCode.failure : ViduCommand.ExitCode.success
    }

    /// The verdict text for one line, and whether it passes.
    static func verdict(_ line: Data, extraFields: Bool) -> (String, Bool) {
        let message: RecordedMessage
        do {
            message = try RecordedMessage(line: line)
        } catch {
            return ("error \(TerminalText.safe(error.reason, limit: 200))", false)
        }
        let provider = message.provider.lowercased()
        var label = "\(provider) \(message.operationID) \(message.direction.rawValue)"
        if let status = message.status { label += " \(status)" }
        label = TerminalText.safe(label, limit: 200)
        guard let entries = ValidationTarget.providers.first(where: { $0.name == provider })?.entries else {
            return ("\(label): error unknown provider", false)
        }
        guard let body = message.bodyData else { return ("\(label): skipped no JSON body", true) }
        let entry: SchemaEntry?
        switch message.direction {
        case .request: entry = entries.entry(operationID: message.operationID, kind: .request)
        case .response: entry = message.status.flatMap { entries.responseEntry(operationID: message.operationID, status: $0) }
        }
        guard let entry else { return ("\(label): skipped the spec describes no such body", true) }
        let checker = BodyChecker(target: ValidationTarget(provider: provider, entry: entry), allowsExtraFields: extraFields)
        let outcome = checker.check(Array(body))
        let text = JSONLinesValidation.verdict(outcome)
        return ("\(label): \(text)", text == "valid")
    }
}
