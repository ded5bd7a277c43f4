import Foundation

/// Compares generated files with an output directory, and replaces the directory as a whole.
enum OutputDirectory {
    /// How the directory differs from the generated files.
    struct Difference: Equatable {
        var stale: [String] = []
        var missing: [String] = []
        var extra: [String] = []

        var isEmpty: Bool { stale.isEmpty && missing.isEmpty && extra.isEmpty }

        /// Each differing file with what is wrong with it, sorted by path.
        var entries: [(path: String, problem: String)] {
            (stale.map { ($0, "stale (differs from what the specs produce)") }
                + missing.map { ($0, "missing") }
                + extra.map { ($0, "extra (the specs produce no such file)") }).sorted { $0.path < $1.path }
        }
    }

    /// Every regular file under `directory`, as sorted `/`-separated relative paths.
    static func files(in directory: String) -> [String: Data] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [:] }
        var result: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result[relative] = (try? Data(contentsOf: url)) ?? Data()
        }
        return result
    }

    /// How `directory` differs from `generated`.
    static func difference(of directory: String, from generated: [GeneratedFile]) -> Difference {
        let existing = files(in: directory)
        var difference = Difference()
        for file in generated {
            guard let data = existing[file.path] else {
                difference.missing.append(file.path)
                continue
            }
            if data != Data(file.contents.utf8) { difference.stale.append(file.path) }
        }
        let expected = Set(generated.map(\.path))
        difference.extra = existing.keys.filter { !expected.contains($0) }.sorted()
        return difference
    }

    /// Writes `generated` into a new directory next to `directory`, then swaps it in with
    /// renames. On any error `directory` is left exactly as it was.
    static func replace(_ directory: String, with generated: [GeneratedFile]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        do {
            for file in generated {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            if manager.fileExists(atPath: staging.path) == false {
                try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        let hadTarget = manager.fileExists(atPath: target.path)
        do {
            if hadTarget { try manager.moveItem(at: target, to: retired) }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadTarget { try? manager.moveItem(at: retired, to: target) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadTarget { try? manager.removeItem(at: retired) }
    }
}
