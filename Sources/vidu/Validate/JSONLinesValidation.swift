/// `vidu validate --jsonl`: one JSON instance per input line, one verdict per output line.
///
/// Output lines: `valid`; `invalid <pointer> <keyword>; <pointer> <keyword>…` (the root pointer
/// is empty, so that line reads `invalid  type`); `error column <n>: <reason>` for a line that is
/// not JSON. `valid` and `invalid` are JSON Schema's verdict alone: a conforming line that does
/// not decode into the generated type reads `valid undecodable <pointer>`. A final newline does not start another line; a `\r` before `\n` is ignored.
enum JSONLinesValidation {
    /// Output is written in chunks of about this many bytes.
    static let flushThreshold = 1 << 16

    static func run(_ bytes: [UInt8], checker: BodyChecker, console: Console) -> Int32 {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var output = ""
        output.reserveCapacity(flushThreshold + 1024)
        for var line in lines {
            if line.last == 0x0D { line = line.dropLast() }
            output += verdict(checker.check(Array(line)))
            output += "\n"
            if output.utf8.count >= flushThreshold {
                console.writeOutput(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { console.writeOutput(output) }
        return ViduCommand.ExitCode.success
    }

    static func verdict(_ outcome: BodyChecker.Outcome) -> String {
        switch outcome {
        case .notJSON(let error):
            return "error column \(error.column): \(error.reason)"
        case .checked(let schema, nil, _) where schema.isEmpty:
            return "valid"
        case .checked(let schema, let decoding?, _) where schema.isEmpty:
            return "valid undecodable \(decoding.pointer)"
        case .checked(let schema, _, _):
            return "invalid " + schema.map { "\($0.pointer) \($0.keyword)" }.joined(separator: "; ")
        }
    }
}
