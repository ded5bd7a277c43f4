import Testing
@testable import CodeGen

/// The repository's own history: apixo before and after 540p (986105c → 8028b2b), and UniAll
/// before and after its current page (same commits). The four files are copied into Fixtures/.
@Suite struct RealSpecPairTests {
    private func changes(_ provider: String) throws -> [SpecChange] {
        SpecDiff.compare(old: try DiffFixtures.fixture("\(provider)-986105c"), new: try DiffFixtures.fixture("\(provider)-8028b2b"), provider: provider)
            .filter { !$0.isDocumentationOnly }
    }

    @Test func apixoGained540pPromptBoundsAClosedRequestAndSource() throws {
        let changes = try changes("apixo")
        let resolution = try #require(changes.one(.enumValueAdded, at: "ApixoVideoInput.resolution"))
        #expect(resolution.summary == #"enum value "540p" added"#)
        #expect(resolution.wire == .relaxing && resolution.swift == .additive && resolution.usedBy == ["ApixoGenerateTaskRequest.input"])
        let bounds = changes.filter { $0.location == "ApixoVideoInput.prompt" }
        #expect(bounds.map(\.summary).sorted() == ["maxLength 5000 added", "minLength 1 added"])
        #expect(bounds.allSatisfy { $0.kind == .boundTightened && $0.wire == .breaking && $0.swift == .none })
        for location in ["ApixoGenerateTaskRequest", "ApixoVideoInput"] {
            let closed = try #require(changes.one(.objectClosed, at: location))
            #expect(closed.wire == .breaking && closed.swift == .additive && closed.side == .request)
        }
        let source = try #require(changes.one(.propertyAdded, at: "ApixoGenerateTaskRequest.source"))
        #expect(source.wire == .compatible && source.swift == .additive && source.usedBy == ["generateTask request body"])
        let failCodes = changes.filter { $0.kind == .knownValueAdded && $0.location == "ApixoTaskStatus.failCode" }
        #expect(failCodes.count == 10)
        #expect(failCodes.allSatisfy { $0.side == .response && $0.wire == .compatible && $0.swift == .additive })
        #expect(changes.one(.responseAdded, at: "generateTask response 503")?.wire == .compatible)
        #expect(changes.filter(\.isBreaking).count == 4)
        #expect(!changes.contains { $0.swift == .sourceBreaking })
    }

    @Test func uniallLostTheMixRuleGainedReferenceBoundsAndADurationUnion() throws {
        let changes = try changes("uniall")
        let rule = try #require(changes.one(.conditionalRuleRemoved, at: "UniAllCreateVideoRequest"))
        #expect(rule.summary.contains(#"if {"required":["reference_image_urls"]}"#))
        #expect(rule.wire == .relaxing && rule.swift == .none)
        let maxItems = try #require(changes.first { $0.location == "UniAllCreateVideoRequest.reference_image_urls" && $0.summary == "maxItems 4 added" })
        #expect(maxItems.wire == .breaking && maxItems.swift == .none)
        let duration = try #require(changes.one(.typeChanged, at: "UniAllCreateVideoRequest.duration"))
        #expect(duration.summary.contains("oneOf integer | string"))
        #expect(duration.wire == .relaxing && duration.swift == .sourceBreaking)
        // The integer branch keeps 1-16: no bound change is reported under the union.
        #expect(!changes.contains { $0.location.hasPrefix("UniAllCreateVideoRequest.duration.") })
        for location in ["UniAllCreateVideoRequest", "UniAllExtraBody"] {
            #expect(changes.one(.objectClosed, at: location)?.wire == .breaking)
        }
        let progress = try #require(changes.one(.typeChanged, at: "UniAllVideoJob.progress"))
        #expect(progress.side == .response && progress.wire == .compatible && progress.swift == .sourceBreaking)
        #expect(progress.usedBy == ["createVideoGeneration response 200", "getVideoGeneration response 200"])
        for member in ["prompt", "duration", "metadata", "thumbnail_url"] {
            let added = try #require(changes.one(.propertyAdded, at: "UniAllVideoJob.\(member)"))
            #expect(added.wire == .compatible && added.swift == .additive)
        }
        #expect(changes.one(.componentAdded)?.location == "components.schemas.UniAllDuration")
    }
}
