/// The options of `vidu status` and `vidu wait`: the connection, the task id, an output file.
struct TaskCommandOptions {
    var connection = ConnectionOptions()
    var taskID: String?
    var output: String?
    var help = false

    /// Reads every argument; `acceptsOutput` allows `--output`.
    init(_ arguments: [String], acceptsOutput: Bool) throws(ArgumentReader.UsageError) {
        var reader = ArgumentReader(arguments)
        while let argument = reader.next() {
            if reader.operandsOnly {
                // After `--`: the task id, which may start with `-`.
                guard taskID == nil else { throw .init(description: "unexpected argument '\(argument)' (one task id only)") }
                taskID = argument
                continue
            }
            if try connection.read(argument, from: &reader) { continue }
            switch argument {
            case "-h", "--help": help = true
            case "--output" where acceptsOutput: output = try reader.value(for: argument)
            default:
                if argument.hasPrefix("-") && argument.count > 1 { throw .init(description: "unknown option \(argument)") }
                guard taskID == nil else { throw .init(description: "unexpected argument '\(argument)' (one task id only)") }
                taskID = argument
            }
        }
    }

    /// The task id, or a usage error.
    func requiredTaskID() throws(ArgumentReader.UsageError) -> String {
        guard let taskID, !taskID.isEmpty else { throw .init(description: "a TASK_ID is required") }
        return taskID
    }
}
