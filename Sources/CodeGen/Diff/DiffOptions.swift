/// The arguments of `vidu-codegen diff`.
public struct DiffOptions: Sendable, Equatable {
    /// Which breaking changes make the exit code 1.
    public enum FailOn: String, Sendable, Equatable, CaseIterable {
        /// Wire-breaking or source-breaking.
        case breaking
        /// Wire-breaking only.
        case wire
        /// Source-breaking only.
        case source

        /// True when `change` is one this setting fails on.
        public func matches(_ change: SpecChange) -> Bool {
            switch self {
            case .breaking: return change.isBreaking
            case .wire: return change.wire == .breaking
            case .source: return change.swift == .sourceBreaking
            }
        }
    }

    /// The OLD and NEW spec files or folders; empty with `since`.
    public var paths: [String] = []
    /// `--since <revision>`: compare the revision's specs with the working tree's.
    public var since: String?
    /// The working tree's specs folder for `--since` (`--specs`, default `specs`).
    public var specsDirectory = "specs"
    public var format: DiffFormatter.Format = .text
    public var failOn: FailOn?
    /// `--include-docs`: also list description and example changes.
    public var includeDocumentation = false

    public init(paths: [String] = [], since: String? = nil, specsDirectory: String = "specs", format: DiffFormatter.Format = .text,
                failOn: FailOn? = nil, includeDocumentation: Bool = false) {
        self.paths = paths
        self.since = since
        self.specsDirectory = specsDirectory
        self.format = format
        self.failOn = failOn
        self.includeDocumentation = includeDocumentation
    }

    /// Parses the arguments after `diff`.
    public static func parse(_ arguments: [String]) throws(CommandLineOptions.UsageError) -> DiffOptions {
        var options = DiffOptions()
        var index = 0
        func value(for flag: String) throws(CommandLineOptions.UsageError) -> String {
            if let equals = arguments[index].firstIndex(of: "="), arguments[index].hasPrefix("--") {
                return String(arguments[index][arguments[index].index(after: equals)...])
            }
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw CommandLineOptions.UsageError(description: "\(flag) needs a value")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            let flag = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            switch flag {
            case "--since":
                options.since = try value(for: flag)
            case "--specs":
                options.specsDirectory = try value(for: flag)
            case "--format":
                let text = try value(for: flag)
                guard let format = DiffFormatter.Format(rawValue: text) else {
                    throw CommandLineOptions.UsageError(description: "--format takes text, json or markdown, not '\(text)'")
                }
                options.format = format
            case "--fail-on":
                let text = try value(for: flag)
                guard let failOn = FailOn(rawValue: text) else {
                    throw CommandLineOptions.UsageError(description: "--fail-on takes breaking, wire or source, not '\(text)'")
                }
                options.failOn = failOn
            case "--include-docs":
                options.includeDocumentation = true
            default:
                guard !argument.hasPrefix("-") else { throw CommandLineOptions.UsageError(description: "unexpected argument '\(argument)' for diff") }
                options.paths.append(argument)
            }
            index += 1
        }
        if options.since != nil {
            guard options.paths.isEmpty else { throw CommandLineOptions.UsageError(description: "diff --since takes no OLD/NEW paths") }
        } else if options.paths.count != 2 {
            throw CommandLineOptions.UsageError(description: "diff needs OLD and NEW (two spec files or two spec folders), or --since <revision>")
        }
        return options
    }
}
