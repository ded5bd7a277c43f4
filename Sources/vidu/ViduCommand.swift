/// The top level of the `vidu` command line: picks the subcommand.
enum ViduCommand {
    /// Exit codes shared by every subcommand.
    enum ExitCode {
        static let success: Int32 = 0
        static let failure: Int32 = 1
        static let usage: Int32 = 2
    }

    static var usage: String { """
        usage: vidu <command> [options]

        commands:
          generate    submit a video job to a provider, wait for it and download the MP4
          status      print the status of a task
          wait        wait for a task to finish and download the MP4
          providers   print which modes, models, durations and resolutions each provider takes
          validate    check a request, response or callback body against a provider's spec

        Run `vidu <command> --help` for the options of one command.
        \(JobUsage.wrapped("The API key is read from VIDU_API_KEY or the provider's own variable (\(JobUsage.keyVariables)); it is never an argument."))
        """ }

    static func run(_ arguments: [String], console: Console) async -> Int32 {
        guard let command = arguments.first else {
            console.error(usage)
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "-h", "--help", "help":
            console.output(usage)
            return ExitCode.success
        case "validate":
            return await ValidateCommand.run(rest, console: console)
        case "generate", "status", "wait", "providers":
            return await JobCommands.run(command, rest, console: console)
        default:
            console.error("vidu: unknown command '\(command)'\n\n" + usage)
            return ExitCode.usage
        }
    }
}
