import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// Each adapter builds, for a job equivalent to a documented request example, exactly that
/// example's body.
@Suite struct AdapterConformanceTests {
    static func url(_ text: String) -> URL { URL(string: text)! }

    func body(_ provider: VideoProviderID, _ job: VideoJob) throws -> JSONValue {
        let adapter = try #require(VideoProviders.adapter(for: provider))
        let request = try #require(adapter.mapping(for: job).request)
        #expect(request.violations().isEmpty, "\(request.violations())")
        #expect(request.unsent.isEmpty)
        return try request.json()
    }

    @Test func apimartExamples() throws {
        let examples = try SpecExamples.requestExamples("apimart", operationID: "createVideoGeneration")
        let santa = [Self.url("https://example.com/santa.png"), Self.url("https://example.com/bear.png")]
        let cats = (1...3).map { Self.url("https://example.com/cat-\($0).png") }
        let jobs: [String: VideoJob] = [
            "zh_request": VideoJob(mode: .referenceImages(santa), prompt: "圣诞老人与熊在湖边相拥", duration: 8, resolution: .p720, aspectRatio: .ratio16x9),
            "zh_scenario1": VideoJob(mode: .referenceImages(santa), prompt: "圣诞老人与熊在湖边相拥"),
            "zh_scenario2": VideoJob(mode: .referenceImages(cats), prompt: "参考图中的猫走过赛博朋克霓虹街道", tier: .mix, duration: 8, resolution: .p1080, aspectRatio: .ratio16x9, seed: 42),
            "en_request": VideoJob(mode: .referenceImages(santa), prompt: "Santa Claus and the bear hug by the lakeside", duration: 8, resolution: .p720, aspectRatio: .ratio16x9),
            "en_scenario1": VideoJob(mode: .referenceImages(santa), prompt: "Santa Claus and the bear hug by the lakeside"),
            "en_scenario2": VideoJob(mode: .referenceImages(cats), prompt: "A cyberpunk neon street with the cat from reference image walking by", tier: .mix, duration: 8, resolution: .p1080, aspectRatio: .ratio16x9, seed: 42),
            "pro_text": VideoJob(mode: .text, prompt: "A cat playing piano, camera slowly zooms in", duration: 8, resolution: .p1080, aspectRatio: .ratio16x9),
        ]
        #expect(Set(examples.keys) == Set(jobs.keys))
        for (name, job) in jobs {
            #expect(try body(.apimart, job) == examples[name], "\(name)")
        }
    }

    @Test func apixoExamples() throws {
        var examples = try SpecExamples.requestExamples("apixo", operationID: "generateTask")
        // The template sends `callback_url: "https://..."` with `request_type: async` and
        // `provider: auto`: placeholders, not a job.
        #expect(examples.removeValue(forKey: "request_body_template") != nil)
        // `style` and `movement` are apixo-only presets that VideoJob does not model.
        if case .object(var root) = examples["text_to_video"], case .object(var input) = root["input"] {
            #expect(input.removeValue(forKey: "style") == .string("general"))
            #expect(input.removeValue(forKey: "movement") == .string("auto"))
            root["input"] = .object(input)
            examples["text_to_video"] = .object(root)
        }
        let jobs: [String: VideoJob] = [
            "text_to_video": VideoJob(mode: .text, prompt: "a cinematic flyover of a futuristic city at sunrise", duration: 8, resolution: .p720, aspectRatio: .ratio16x9, audio: true, backgroundMusic: true),
            "image_to_video_single": VideoJob(mode: .image(first: Self.url("https://example.com/start.jpg")), prompt: "make this image come alive with subtle motion", duration: 4, resolution: .p1080, callbackURL: Self.url("https://your-server.com/callback")),
            "image_to_video_first_last": VideoJob(mode: .firstLastFrame(first: Self.url("https://example.com/start.jpg"), last: Self.url("https://example.com/end.jpg")), prompt: "transition from start to end smoothly", duration: 8, resolution: .p720),
        ]
        #expect(Set(examples.keys) == Set(jobs.keys))
        for (name, job) in jobs {
            #expect(try body(.apixo, job) == examples[name], "\(name)")
        }
    }

    @Test func viduExample() throws {
        let examples = try SpecExamples.requestExamples("vidu", operationID: "createReference2Video")
        let job = VideoJob(
            mode: .referenceImages([Self.url("https://picx.zhimg.com/v2-4911df093b40ee5511938a1ac2a5cdc4_r.jpg")]),
            prompt: "一只可爱的cat在草地上奔跑,阳光明媚,画面温馨", tier: .mix)
        // The subject form (`subjects`) is not a VideoJob mode; its example is checked by the
        // conformance suite.
        #expect(Set(examples.keys) == ["page", "subjects"])
        #expect(try body(.vidu, job) == examples["page"])
        let text = try SpecExamples.requestExamples("vidu", operationID: "createText2Video")
        // `style` and `movement_amplitude` are presets VideoJob does not model (q3 ignores both).
        guard case .object(var page) = text["page"] else { Issue.record("no text2video example"); return }
        #expect(page.removeValue(forKey: "style") == .string("general"))
        #expect(page.removeValue(forKey: "movement_amplitude") == .string("auto"))
        let textJob = VideoJob(
            mode: .text,
            prompt: "In an ultra-realistic fashion photography style featuring light blue and pale amber tones, an astronaut in a spacesuit walks through the fog. The background consists of enchanting white and golden lights, creating a minimalist still life and an impressive panoramic scene.",
            duration: 5, resolution: .p540, aspectRatio: .ratio4x3, seed: 0)
        var expected = page
        expected.removeValue(forKey: "off_peak")  // the page sends the default `false`; a job leaves it out
        #expect(try body(.vidu, textJob) == .object(expected))
    }

    @Test func viduSplitsModesAcrossEndpoints() throws {
        let adapter = ViduAdapter()
        let image = Self.url("https://example.com/a.png")
        let operations = [
            VideoJob(mode: .text, prompt: "p"), VideoJob(mode: .image(first: image), prompt: "p"),
            VideoJob(mode: .firstLastFrame(first: image, last: image), prompt: "p"), VideoJob(mode: .referenceImages([image]), prompt: "p"),
        ].map { adapter.mapping(for: $0).request?.operationID }
        #expect(operations == ["createText2Video", "createImg2Video", "createStartEnd2Video", "createReference2Video"])
    }

    @Test func uniallExamples() throws {
        let examples = try SpecExamples.requestExamples("uniall", operationID: "createVideoGeneration")
        let jobs: [String: VideoJob] = [
            "text_to_video": VideoJob(mode: .text, prompt: "电影感航拍镜头,日出时分掠过未来海滨城市,光线柔和,镜头缓慢推进。", duration: 5, resolution: .p720, aspectRatio: .ratio16x9, seed: 42, audio: false, backgroundMusic: false),
            "image_to_video": VideoJob(mode: .image(first: Self.url("https://example.com/source.png")), prompt: "人物缓慢抬头并看向镜头,动作自然,镜头轻微前推。", tier: .turbo, duration: 5, resolution: .p540, seed: 42),
            "first_last_frame": VideoJob(mode: .firstLastFrame(first: Self.url("https://example.com/head.png"), last: Self.url("https://example.com/tail.png")), prompt: "人物从正面自然转向侧面,身份保持稳定,动作连贯。", duration: 6, resolution: .p1080, offPeak: true),
            "reference_images": VideoJob(mode: .referenceImages([Self.url("https://example.com/ref-1.png"), Self.url("https://example.com/ref-2.png")]), prompt: "A @Image1 walking through a beach in the visual style of @Image2", tier: .mix, duration: 5, resolution: .p720, aspectRatio: .ratio16x9, seed: 42, audio: false),
        ]
        #expect(Set(examples.keys) == Set(jobs.keys))
        for (name, job) in jobs {
            #expect(try body(.uniall, job) == examples[name], "\(name)")
        }
    }
}
