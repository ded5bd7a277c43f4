/// The parsed arguments of `vidu-codegen`.
public struct CommandLineOptions: Sendable, Equatable {
    /// What to do.
    public enum Action: String, Sendable, Equatable {
        /// Read the specs and write `Generated/` (the default).
        case generate
        /// Exit 1, naming each file, when `Generated/` differs from what the specs produce.
        case check
        /// Check the specs without writing anything.
        case lint
        /// Print the usage text.
        case help
    }

    public var action: Action = .generate
    public var specsDirectory = "specs"
    public var outputDirectory = "Generated"

    public init(action: Action = .generate, specsDirectory: String = "specs", outputDirectory: String = "Generated") {
        self.action = action
        self.specsDirectory = specsDirectory
        self.outputDirectory = outputDirectory
    }

    /// A usage error: what was wrong with the arguments.
    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `arguments` (without the program name).
    public static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var sawAction = false
        var index = 0
        func value(for flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(description: "\(flag) needs a directory")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--help", "-h", "help":
                options.action = .help
            case "--specs":
                options.specsDirectory = try value(for: argument)
            case "--output":
                options.outputDirectory = try value(for: argument)
            default:
                if argument.hasPrefix("--specs=") {
                    options.specsDirectory = String(argument.dropFirst("--specs=".count))
                } else if argument.hasPrefix("--output=") {
                    options.outputDirectory = String(argument.dropFirst("--output=".count))
                } else if let action = Action(rawValue: argument), action != .help, !sawAction {
                    if options.action != .help { options.action = action }
                    sawAction = true
                } else {
                    throw UsageError(description: "unexpected argument '\(argument)'")
                }
            }
            index += 1
        }
        return options
    }

    /// The text `--help` prints.
    public static let usage = """
    USAGE: vidu-codegen [generate | check | lint] [--specs DIR] [--output DIR]

    Turns the OpenAPI 3.1 specs in DIR (default: specs) into Swift code in the output
    directory (default: Generated), one folder per provider.

    COMMANDS:
      generate   Read every *.json spec and write the output directory (default).
                 Writing is all or nothing: on any error the output is left untouched.
      check      Exit 1, naming each stale, missing or extra file, when the output
                 directory differs from what the specs produce. Exit 0 when current.
      lint       Check the specs (and that they can be turned into Swift); write nothing.

    OPTIONS:
      --specs DIR    Where the specs are.
      --output DIR   Where the generated code goes.
      -h, --help     Show this text.

    EXIT CODES: 0 success, 1 spec error or stale output, 2 usage error.
    """
}
