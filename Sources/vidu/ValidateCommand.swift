/// `vidu validate`: checks a request, response or callback body, or a parameter or callback
/// header, against a provider's spec.
///
/// See `ValidateOptions.usage` for the command line. Exit codes: 0 valid (or, with `--jsonl`,
/// every line processed), 1 invalid (with `--recorded`: any line invalid or unreadable), 2 usage error or unreadable input.
enum ValidateCommand {
    static func run(_ arguments: [String], console: Console) async -> Int32 {
        let options: ValidateOptions
        let target: ValidationTarget
        do {
            options = try ValidateOptions.read(arguments)
            if options.help {
                console.output(ValidateOptions.usage)
                return ViduCommand.ExitCode.success
            }
            if options.recorded {
                return RecordedValidation.run(file: options.file, extraFields: options.extraFields, console: console)
            }
            target = try ValidationTarget.find(
                provider: options.provider, operation: options.operation,
                responseStatus: options.responseStatus, webhook: options.webhook,
                parameter: options.parameter
            )
        } catch {
            console.error("vidu validate: \(error)\n\n\(ValidateOptions.usage)")
            return ViduCommand.ExitCode.usage
        }
        let bytes: [UInt8]
        do {
            bytes = try InputSource.read(options.file)
        } catch {
            console.error("vidu validate: \(error)")
            return ViduCommand.ExitCode.usage
        }
        let checker = BodyChecker(target: target, allowsExtraFields: options.extraFields)
        if options.jsonLines {
            return JSONLinesValidation.run(bytes, checker: checker, console: console)
        }
        return SingleBodyValidation.run(bytes, name: options.file == "-" ? "standard input" : options.file, checker: checker, console: console)
    }
}
