import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Fails, naming each file, when the committed `Generated/` is not what `specs/` produces.
@Suite struct DriftTests {
    @Test func generatedDirectoryMatchesSpecs() throws {
        let root = TestSupport.packageRoot
        let documents = try SpecLoader.load(root.appendingPathComponent("specs").path)
        let files = try CodeGenerator.generate(documents)
        let difference = OutputDirectory.difference(of: root.appendingPathComponent("Generated").path, from: files)
        #expect(difference.isEmpty, "Generated/ is stale; run `swift run vidu-codegen`:\n\(difference.entries.map { "\($0.path): \($0.problem)" }.joined(separator: "\n"))")
    }
}
