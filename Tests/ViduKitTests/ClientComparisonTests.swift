import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// The rows of README's comparison with fal-swift and replicate-swift that no other suite
/// covers: the polling advice the specs carry, and a package with no dependencies.
@Suite struct ClientComparisonTests {
    @Test func falAndReplicatePollAtTheirSpecsAdvice() {
        for provider in [VideoProviderID.fal, .replicate] {
            let policy = PollingPolicy.default(for: VideoProvider.simulated(provider).taskDescriptor)
            #expect(policy.initialDelay == .seconds(10), "\(provider)")
            #expect(policy.interval == .seconds(5), "\(provider)")
        }
    }

    @Test func thePackageDeclaresNoDependencies() throws {
        let manifest = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Package.swift").standardized
        let text = try String(contentsOf: manifest, encoding: .utf8)
        #expect(text.contains("let package = Package("))
        #expect(!text.contains(".package("))
    }
}
