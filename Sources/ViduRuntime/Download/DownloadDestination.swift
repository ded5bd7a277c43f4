import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a download may be saved, checked before anything is fetched (and, in the `vidu`
/// command line, before the paid create call is sent).
///
/// The rules protect what the user owns:
/// - A destination that is an existing directory means "inside it, under the default name".
/// - The only existing file that may be replaced is the one `destination` names exactly; a
///   file that the default name would hit inside a directory is left alone (an error says so).
/// - An existing directory is never replaced, and the parent directory must exist and be
///   writable.
public struct DownloadDestination: Sendable, Hashable {
    /// The file the download will be saved as.
    public let file: URL
    /// True when `file` exists and the caller named it exactly, so it will be replaced.
    public let replacesExistingFile: Bool

    /// Resolves `destination` with the default file name `defaultName` and checks it.
    /// Throws `ViduError.fileSystem` with one sentence when it cannot be used.
    public static func resolve(_ destination: URL, defaultName: String) throws(ViduError) -> DownloadDestination {
        let named = destination.standardizedFileURL
        if kind(of: named) == .directory {
            try checkWritableDirectory(named)
            let inside = named.appendingPathComponent(defaultName)
            switch kind(of: inside) {
            case .missing: return DownloadDestination(file: inside, replacesExistingFile: false)
            case .directory: throw .fileSystem("\(inside.path) is a directory; name the file to save with --output")
            case .file: throw .fileSystem("\(inside.path) already exists; name it exactly to replace it")
            }
        }
        try checkWritableDirectory(named.deletingLastPathComponent())
        return DownloadDestination(file: named, replacesExistingFile: kind(of: named) == .file)
    }

    /// Checks what can be checked before the file name is known: `destination` is a
    /// writable directory, or a file name in one. Nil `destination` means the current
    /// directory.
    public static func precheck(_ destination: URL?) throws(ViduError) {
        guard let destination = destination?.standardizedFileURL else {
            try checkWritableDirectory(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            return
        }
        if kind(of: destination) == .directory {
            try checkWritableDirectory(destination)
        } else {
            try checkWritableDirectory(destination.deletingLastPathComponent())
        }
    }

    /// The hidden file beside `file` that receives the bytes until the download is complete.
    public var partialFile: URL {
        file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial")
    }

    /// The note beside `partialFile` that says which download the partial file belongs to,
    /// so that only the same file is resumed.
    public var resumeNote: URL {
        file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial.resume")
    }

    /// Renames the complete `partialFile` to `file` in one step (replacing the file the
    /// caller named, if it exists), so that a partial file never appears at the destination.
    /// On failure the partial file is removed and the error names the destination.
    public func movePartialIntoPlace() throws(ViduError) {
        guard rename(partialFile.path, file.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: partialFile)
            throw .fileSystem("cannot move the download to \(file.path): \(String(cString: strerror(code)))")
        }
    }

    private enum Kind { case missing, file, directory }

    private static func kind(of url: URL) -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    private static func checkWritableDirectory(_ directory: URL) throws(ViduError) {
        switch kind(of: directory) {
        case .missing: throw .fileSystem("the directory \(directory.path) does not exist")
        case .file: throw .fileSystem("\(directory.path) is not a directory")
        case .directory:
            guard FileManager.default.isWritableFile(atPath: directory.path) else {
                throw .fileSystem("the directory \(directory.path) is not writable")
            }
        }
    }
}
