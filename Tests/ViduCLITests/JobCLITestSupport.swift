import Foundation

/// Runs the built `vidu` binary as a subprocess.
enum ViduBinary {
    /// `.build/debug/vidu` (or the build directory the tests run from).
    static var url: URL {
        let bundle = Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()
        let beside = bundle.appendingPathComponent("vidu")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/vidu")
    }

    private final class Marker {}
}
