/// The command line of `vidu validate`, read but not yet checked against the specs.
struct ValidateOptions {
    static var usage: String { """
        usage: vidu validate <provider> <operationId> [--response <status>] [--extra-fields] [--jsonl] FILE
               vidu validate <provider> <operationId> --parameter <name> [--jsonl] FILE
               vidu validate <provider> --webhook <name> [--parameter <header>] [--jsonl] FILE
               vidu validate --recorded FILE      (or: vidu validate --jsonl FILE)

        Checks a JSON value against the provider's spec: a request body (default), a response
        body for one status (--response), a callback body (--webhook), or the value of one
        path, query or header parameter (--parameter; with --webhook: a header of the callback
        request, names compared case-insensitively). A parameter's value is JSON too: a
        header `X-HMAC-ALGORITHM: hmac-sha256` is the file `"hmac-sha256"`. Every value that
        conforms must also decode into its generated Swift type. FILE may be - for standard input.

        providers: \(ValidationTarget.providers.map(\.name).joined(separator: ", ")) (any case)

        Prints each violation as `<json-pointer>: <message>` and a summary line.
        Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input.

        --extra-fields
                  a member the spec does not declare in a closed request object is what the
                  generated `extraFields` sends: list it as not checked instead of refusing it.

        --jsonl   FILE holds one JSON instance per line; prints one line per input line:
                  `valid`, `invalid <pointer> <keyword>; <pointer> <keyword>...`, or
                  `error <reason>` for a line that is not JSON. Exit 0 once every line was read.

        --recorded (or --jsonl with FILE alone)
                  FILE is a recording (`vidu generate|status|wait --record FILE`, or the
                  library's RecordingTransport): each line is checked against its own provider,
                  operation, direction and status. Prints one line per input line:
                  `<n> <provider> <operationId> <request|response STATUS>: valid`, `... invalid
                  <pointer> <keyword>; ...`, `... skipped <reason>` (no body, or a status the
                  spec does not describe), or `<n> error <reason>`. Exit 0 when no line is
                  invalid or unreadable, 1 otherwise.
        """ }

    var provider: String
    var operation: String?
    var responseStatus: String?
    var webhook: String?
    /// The parameter or callback header for `--parameter`.
    var parameter: String?
    var jsonLines = false
    /// `--recorded`: FILE is a recording; each line names its own target.
    var recorded = false
    /// `--extra-fields`: undeclared members of closed objects are listed, not refused.
    var extraFields = false
    /// The input path, or `-` for standard input.
    var file: String
    /// True when `--help` was given: print the usage and do nothing else.
    var help = false

    /// Reads the arguments after `validate`.
    static func read(_ arguments: [String]) throws(ArgumentReader.UsageError) -> ValidateOptions {
        var reader = ArgumentReader(arguments)
        var positional: [String] = []
        var options = ValidateOptions(provider: "", file: "")
        while let argument = reader.next() {
            switch argument {
            case "-h", "--help":
                options.help = true
                return options
            case "--response":
                options.responseStatus = try reader.value(for: "--response")
            case "--webhook":
                options.webhook = try reader.value(for: "--webhook")
            case "--parameter":
                options.parameter = try reader.value(for: "--parameter")
            case "--jsonl":
                options.jsonLines = true
            case "--recorded":
                options.recorded = true
            case "--extra-fields":
                options.extraFields = true
            case "--":
                while let rest = reader.next() { positional.append(rest) }
            default:
                if argument.hasPrefix("--") || (argument.hasPrefix("-") && argument != "-") {
                    throw UsageError(description: "unknown option '\(argument)'")
                }
                positional.append(argument)
            }
        }
        // `--jsonl` with a FILE alone reads a recording: its lines name their own targets.
        if options.jsonLines && positional.count == 1 && options.webhook == nil && options.responseStatus == nil && options.parameter == nil {
            options.recorded = true
            options.jsonLines = false
        }
        if options.recorded {
            guard positional.count == 1 else {
                throw UsageError(description: "--recorded takes one FILE and no provider or operation, got \(positional.count) arguments")
            }
            guard options.webhook == nil, options.responseStatus == nil, options.parameter == nil, !options.jsonLines else {
                throw UsageError(description: "--recorded cannot be combined with --webhook, --response, --parameter or --jsonl")
            }
            options.file = positional[0]
            return options
        }
        let expected = options.webhook == nil ? 3 : 2
        guard positional.count == expected else {
            let shape = options.webhook == nil ? "<provider> <operationId> FILE" : "<provider> --webhook <name> FILE"
            throw UsageError(description: "expected \(shape), got \(positional.count) argument\(positional.count == 1 ? "" : "s")")
        }
        if options.webhook != nil, options.responseStatus != nil {
            throw UsageError(description: "--response and --webhook cannot be combined")
        }
        if options.parameter != nil, options.responseStatus != nil {
            throw UsageError(description: "--response and --parameter cannot be combined")
        }
        options.provider = positional[0]
        options.operation = options.webhook == nil ? positional[1] : nil
        options.file = positional[expected - 1]
        return options
    }

    private typealias UsageError = ArgumentReader.UsageError
}
