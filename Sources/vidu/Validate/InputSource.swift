import Foundation

/// Reads the bytes `vidu validate` checks, from a file or, for `-`, standard input.
enum InputSource {
    /// Why the input could not be read; printed with exit code 2.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws(Unreadable) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(description: "cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw Unreadable(description: "cannot read '\(path)': it is a directory") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw Unreadable(description: "cannot read '\(path)': \(error.localizedDescription)")
        }
    }
}
