import SpecKit

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
        /// Compare two versions of the specs (`diff OLD NEW`, `diff --since REV`); see `diff`.
        case diff
    }

    public var action: Action = .generate
    public var specsDirectory = "specs"
    public var outputDirectory = "Generated"
    /// `--strict`: every warning is an error.
    public var strict = false
    /// `--namespace`: namespaces given on the command line (see `NamespaceOption`).
    public var namespaces = NamespaceOption()
    /// The arguments of `diff`, when the action is `diff`.
    public var diff: DiffOptions?

    public init(action: Action = .generate, specsDirectory: String = "specs", outputDirectory: String = "Generated", diff: DiffOptions? = nil) {
        self.action = action
        self.specsDirectory = specsDirectory
        self.outputDirectory = outputDirectory
        self.diff = diff
    }

    /// A usage error: what was wrong with the arguments.
    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `arguments` (without the program name).
    public static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
        var options = CommandLineOptions()
        if arguments.first == Action.diff.rawValue {
            let rest = Array(arguments.dropFirst())
            if rest.contains(where: { ["--help", "-h", "help"].contains($0) }) {
                options.action = .help
                return options
            }
            options.action = .diff
            options.diff = try DiffOptions.parse(rest)
            options.specsDirectory = options.diff?.specsDirectory ?? options.specsDirectory
            return options
        }
        var sawAction = false
        var index = 0
        func value(for flag: String, what: String = "a directory") throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(description: "\(flag) needs \(what)")
            }
            return arguments[index]
        }
        func addNamespace(_ value: String) throws(UsageError) {
            if let problem = options.namespaces.add(value) { throw UsageError(description: problem) }
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
            case "--strict":
                options.strict = true
            case "--namespace":
                try addNamespace(try value(for: argument, what: "FILE=Name or Name"))
            default:
                if argument.hasPrefix("--namespace=") {
                    try addNamespace(String(argument.dropFirst("--namespace=".count)))
                } else if argument.hasPrefix("--specs=") {
                    options.specsDirectory = String(argument.dropFirst("--specs=".count))
                } else if argument.hasPrefix("--output=") {
                    options.outputDirectory = String(argument.dropFirst("--output=".count))
                } else if let action = Action(rawValue: argument), action != .help, action != .diff, !sawAction {
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
    USAGE: vidu-codegen [generate | check | lint] [--specs DIR] [--output DIR] [--namespace [FILE=]Name ...] [--strict]
           vidu-codegen diff OLD NEW [--format text|json|markdown] [--fail-on breaking|wire|source] [--include-docs]
           vidu-codegen diff --since REVISION [--specs DIR] [...]

    Turns the OpenAPI 3.1 and 3.0 documents in DIR (default: specs) into Swift code in
    the output directory (default: Generated), one folder per provider.

    COMMANDS:
      generate   Read every *.json, *.yaml and *.yml spec and write the output directory (default).
                 Writing is all or nothing: on any error the output is left untouched.
      check      Exit 1, naming each stale, missing or extra file, when the output
                 directory differs from what the specs produce. Exit 0 when current.
      lint       Check the specs (and that they can be turned into Swift); write nothing.
      diff       Print every semantic change between two spec files, two spec folders
                 (matched by file name), or `git show REVISION:<specs>/<file>` and the
                 working tree's specs folder. Each change is classified for the wire
                 (breaking, relaxing, compatible) and for the generated Swift API
                 (source-breaking, additive, none). Exit 0 when the diff ran; with
                 --fail-on, 1 when a change of that class exists (breaking: wire or
                 source; wire; source).

    OPTIONS:
      --specs DIR    Where the specs are.
      --output DIR   Where the generated code goes.
      --namespace FILE=Name
                     The Swift namespace of the spec FILE (as named in DIR, such as
                     openai.json), used as written; repeat it for several specs.
      --namespace Name
                     The namespace of the only spec in DIR. Without --namespace a spec's
                     namespace is its info.x-swift-namespace, else derived from info.title
                     (OpenAI API → OpenAI), else from the file name.
      --strict       Treat every warning (a construct skipped or tolerated) as an error.
      -h, --help     Show this text.

    EXIT CODES: 0 success, 1 spec error or stale output (diff: or a --fail-on change), 2 usage error.
    """
}
