import Foundation
import Testing
@testable import ViduKit

/// `check` against every row of every capability table, and the gaps between rows.
@Suite struct CapabilityTableTests {
    static let image = URL(string: "https://example.com/a.png")!

    static func job(for row: CapabilityRow) -> VideoJob {
        var job = CapabilityProbe.job(row.mode, row.tier, images: row.imageCounts.first ?? 0)
        job.duration = row.durations.first
        job.resolution = row.resolutions.last
        job.aspectRatio = row.aspectRatios.last
        for setting in row.settings {
            switch setting {
            case .seed: job.seed = 7
            case .audio: job.audio = true
            case .backgroundMusic: job.backgroundMusic = true
            case .offPeak: job.offPeak = true
            case .callbackURL: job.callbackURL = URL(string: "https://example.com/hook")
            default: break
            }
        }
        return job
    }

    static let rows: [(VideoProviderID, CapabilityRow)] = VideoProviderID.registered.flatMap { provider in
        ProviderCapabilities.of(provider).rows.map { (provider, $0) }
    }

    @Test("every row accepts a job that uses all of it", arguments: rows)
    func rowAcceptsItsJob(provider: VideoProviderID, row: CapabilityRow) {
        #expect(VideoProvider.simulated(provider).check(Self.job(for: row)).isEmpty)
    }

    @Test("every row refuses what it lacks, naming the field", arguments: rows)
    func rowRefusesWhatItLacks(provider: VideoProviderID, row: CapabilityRow) {
        let checker = VideoProvider.simulated(provider)
        var job = Self.job(for: row)
        job.duration = 17
        #expect(checker.check(job).map(\.field) == [.duration])
        if let missing = VideoResolution.allCases.first(where: { !row.resolutions.contains($0) }) {
            job = Self.job(for: row)
            job.resolution = missing
            let problems = checker.check(job)
            #expect(problems.map(\.field) == [.resolution])
            #expect(problems.first?.message.contains(missing.rawValue) == true)
        }
        if let missing = [JobField.seed, .audio, .offPeak, .callbackURL].first(where: { !row.settings.contains($0) }) {
            job = Self.job(for: row)
            switch missing {
            case .seed: job.seed = 1
            case .audio: job.audio = false
            case .offPeak: job.offPeak = true
            default: job.callbackURL = URL(string: "https://example.com/hook")
            }
            #expect(checker.check(job).map(\.field) == [missing])
        }
    }

    @Test func tablesMatchTheSpecs() {
        let apimart = ProviderCapabilities.of(.apimart)
        #expect(apimart.modes == VideoJob.ModeKind.allCases)
        #expect(apimart.tiers(for: .referenceImages) == [.standard, .mix])
        #expect(apimart.tiers(for: .text) == [.standard, .turbo])
        #expect(apimart.row(for: .image, tier: .standard)?.settings.contains(.audio) == true)
        #expect(apimart.row(for: .image, tier: .standard)?.aspectRatios == [])
        #expect(apimart.row(for: .referenceImages, tier: .standard)?.durations == Array(3...16))
        #expect(apimart.row(for: .referenceImages, tier: .mix)?.resolutions == [.p720, .p1080])
        let apixo = ProviderCapabilities.of(.apixo)
        #expect(apixo.modes == [.text, .image, .firstLastFrame])
        #expect(apixo.tiers(for: .text) == [.standard, .turbo])
        #expect(apixo.row(for: .image, tier: .standard)?.aspectRatios == [])
        let vidu = ProviderCapabilities.of(.vidu)
        #expect(vidu.modes == VideoJob.ModeKind.allCases)
        #expect(vidu.tiers(for: .image) == [.standard, .turbo, .proFast])
        #expect(vidu.tiers(for: .referenceImages) == [.standard, .turbo, .mix])
        #expect(vidu.row(for: .referenceImages, tier: .turbo)?.durations == Array(3...16))
        #expect(vidu.row(for: .text, tier: .standard)?.resolutions == [.p540, .p720, .p1080])
        #expect(vidu.row(for: .image, tier: .proFast)?.resolutions == [.p720, .p1080])
        #expect(vidu.row(for: .image, tier: .standard)?.aspectRatios == [])
        #expect(vidu.row(for: .firstLastFrame, tier: .standard)?.settings == JobField.settings)
        #expect(vidu.row(for: .referenceImages, tier: .mix)?.imageCounts == Array(1...7))
        let uniall = ProviderCapabilities.of(.uniall)
        #expect(uniall.tiers(for: .referenceImages) == [.standard, .turbo, .mix])
        #expect(uniall.row(for: .referenceImages, tier: .standard)?.imageCounts == Array(1...4))
        #expect(uniall.defaultTier(for: .referenceImages) == .standard)
        #expect(uniall.row(for: .text, tier: .standard)?.settings.contains(.offPeak) == true)
        #expect(uniall.row(for: .text, tier: .mix)?.settings.contains(.offPeak) == false)
    }

    @Test func modeAndTierGapsAreSentences() {
        let text = VideoJob(mode: .text, prompt: "a boat")
        #expect(VideoProvider.simulated(.apimart).check(text).isEmpty)
        var mixText = text
        mixText.tier = .mix
        #expect(VideoProvider.simulated(.apimart).check(mixText).map(\.message) == ["apimart has no mix tier for text-to-video (it takes standard, turbo)"])
        let references = VideoJob(mode: .referenceImages([Self.image, Self.image, Self.image]), prompt: "cats", tier: .mix)
        let apixo = VideoProvider.simulated(.apixo).check(references)
        #expect(apixo.map(\.field) == [.mode])
        #expect(apixo.first?.message.contains("apixo") == true && apixo.first?.message.contains("at most 2 images") == true)
        var mix540 = references
        mix540.resolution = .p540
        #expect(VideoProvider.simulated(.apimart).check(mix540).map(\.message) == ["viduq3-mix on apimart has no 540p (it takes 720p, 1080p)"])
        let turbo = VideoJob(mode: .referenceImages([Self.image]), prompt: "x", tier: .turbo)
        #expect(VideoProvider.simulated(.apimart).check(turbo).map(\.message) == ["apimart has no turbo tier for reference-images (it takes standard, mix)"])
        // Vidu's text call takes resolution and seed (specs/vidu.json, decision 18); its image
        // call takes no aspect ratio (Vidu answers FieldUnwanted).
        var textOnVidu = text
        textOnVidu.resolution = .p1080
        textOnVidu.seed = 3
        #expect(VideoProvider.simulated(.vidu).check(textOnVidu).isEmpty)
        let imageWithRatio = VideoJob(mode: .image(first: Self.image), prompt: "p", aspectRatio: .ratio16x9)
        #expect(VideoProvider.simulated(.vidu).check(imageWithRatio).map(\.field) == [.aspectRatio])
    }

    @Test func everyIncompatibilityIsListed() {
        var job = VideoJob(mode: .referenceImages([Self.image]), prompt: String(repeating: "a", count: 5001), tier: .standard)
        job.duration = 2
        job.resolution = .p540
        job.audio = false
        job.callbackURL = URL(string: "https://example.com/hook")
        let fields = VideoProvider.simulated(.apimart).check(job).map(\.field)
        #expect(fields == [.duration, .audio, .callbackURL, .prompt])
    }

    @Test func tooManyReferenceImagesIsAJobRule() {
        let job = VideoJob(mode: .referenceImages(Array(repeating: Self.image, count: 8)), prompt: "x", tier: .mix)
        let problems = VideoProvider.simulated(.uniall).check(job)
        #expect(problems.map(\.field).contains(.images))
    }
}
