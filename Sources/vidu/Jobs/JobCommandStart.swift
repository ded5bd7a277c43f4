import ViduKit

/// Options of a job command that `JobCommandStart` can act on.
protocol JobCommandOptions {
    /// Provider, base URL, polling, simulation.
    var connection: ConnectionOptions { get }
    /// True for `-h` / `--help`.
    var help: Bool { get }
}

extension GenerateOptions: JobCommandOptions {}
extension TaskCommandOptions: JobCommandOptions {}

/// What `generate`, `status` and `wait` do before their own work: read the arguments,
/// answer `--help`, check the required values, and build the provider (simulated, or real
/// with the key from the environment).
enum JobCommandStart {
    /// How the start ended.
    enum Outcome<Options, Value> {
        /// Go on with the options, the command's checked value and the provider.
        case ready(Options, Value, VideoProvider)
        /// The command is over with this exit code (help, usage error, missing key).
        case finished(Int32)

        /// The exit code of `.finished`; success for `.ready`.
        var exitCode: Int32 {
            if case .finished(let code) = self { return code }
            return ViduCommand.ExitCode.success
        }
    }

    /// Reads the arguments with `parse`, answers `--help` with `usage`, checks them with
    /// `check` (a usage error prints `vidu <command>: <error>` and the usage, exit 2) and
    /// builds the provider (a missing key prints one sentence, exit 1).
    static func start<Options: JobCommandOptions, Value>(
        _ command: String, usage: String, console: Console, environment: [String: String],
        parse: () throws(ArgumentReader.UsageError) -> Options,
        check: (Options) throws(ArgumentReader.UsageError) -> Value
    ) -> Outcome<Options, Value> {
        let options: Options
        let value: Value
        let id: VideoProviderID
        do {
            options = try parse()
            if options.help {
                console.output(usage)
                return .finished(ViduCommand.ExitCode.success)
            }
            id = try options.connection.requiredProvider()
            value = try check(options)
        } catch {
            console.error("vidu \(command): \(error)\n\n" + usage)
            return .finished(ViduCommand.ExitCode.usage)
        }
        do {
            return .ready(options, value, try ProviderSetup.provider(id, options: options.connection, environment: environment))
        } catch {
            console.error("vidu: \(error.sentence)")
            return .finished(ViduCommand.ExitCode.failure)
        }
    }
}
