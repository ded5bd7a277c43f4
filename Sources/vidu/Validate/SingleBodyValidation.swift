/// `vidu validate` on one body: prints every violation as `<json-pointer>: <message>`, then a summary.
enum SingleBodyValidation {
    static func run(_ bytes: [UInt8], name: String, checker: BodyChecker, console: Console) -> Int32 {
        switch checker.check(bytes) {
        case .notJSON(let error):
            console.error("vidu validate: \(name) is not JSON: \(error)")
            return ViduCommand.ExitCode.usage
        case let outcome where outcome.violations.isEmpty:
            if case .checked(_, _, let unchecked) = outcome {
                for pointer in unchecked {
                    console.output("\(pointer): not checked: not declared by the spec, sent as an extra field (checked only for being JSON)")
                }
            }
            console.output("valid: \(name) conforms to \(checker.target.label)")
            return ViduCommand.ExitCode.success
        case let outcome:
            let violations = outcome.violations
            for violation in violations {
                console.output(violation.description)
            }
            let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
            console.output("invalid: \(name) breaks \(checker.target.label) (\(count))")
            return ViduCommand.ExitCode.failure
        }
    }
}
