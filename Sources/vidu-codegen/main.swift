import CodeGen
import Foundation

// vidu-codegen: see `CommandLineOptions.usage`, or run with --help.
let code = await CodeGenCommand.runAsync(
    Array(CommandLine.arguments.dropFirst()),
    output: { print($0) },
    errors: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
)
exit(code.rawValue)
