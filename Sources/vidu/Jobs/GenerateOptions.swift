import Foundation
import ViduKit

/// The options of `vidu generate`, read into a `VideoJob`.
struct GenerateOptions {
    var connection = ConnectionOptions()
    var prompt: String?
    var image: URL?
    var lastImage: URL?
    var references: [URL] = []
    /// The `--model` asked for; nil lets the provider's capabilities pick one.
    var tier: ModelTier?
    var duration: Int?
    var resolution: VideoResolution?
    var aspectRatio: AspectRatio?
    var seed: Int?
    var audio: Bool?
    var backgroundMusic: Bool?
    var watermark: Bool?
    var offPeak = false
    var callbackURL: URL?
    var wait = true
    var output: String?
    var help = false

    /// Reads every argument.
    init(_ arguments: [String]) throws(ArgumentReader.UsageError) {
        var reader = ArgumentReader(arguments)
        while let option = reader.next() {
            if reader.operandsOnly {
                // After `--`: the prompt, which may start with `-`.
                guard prompt == nil else { throw .init(description: "unexpected argument '\(option)' (the prompt is already given)") }
                prompt = option
                continue
            }
            if try connection.read(option, from: &reader) { continue }
            switch option {
            case "-h", "--help": help = true
            case "--prompt": prompt = try reader.value(for: option)
            case "--image": image = try Self.url(for: option, &reader)
            case "--last-image": lastImage = try Self.url(for: option, &reader)
            case "--reference": references.append(try Self.url(for: option, &reader))
            case "--model": tier = try Self.tier(try reader.value(for: option))
            case "--duration": duration = try reader.integer(for: option)
            case "--resolution": resolution = try Self.choice(option, try reader.value(for: option), VideoResolution.self)
            case "--aspect-ratio": aspectRatio = try Self.choice(option, try reader.value(for: option), AspectRatio.self)
            case "--seed": seed = try reader.integer(for: option)
            case "--no-audio": audio = false
            case "--bgm": backgroundMusic = true
            case "--watermark": watermark = true
            case "--off-peak": offPeak = true
            case "--callback-url": callbackURL = try Self.url(for: option, &reader)
            case "--no-wait": wait = false
            case "--output": output = try reader.value(for: option)
            default: throw .init(description: option.hasPrefix("-") ? "unknown option \(option)" : "unexpected argument '\(option)'")
            }
        }
    }

    /// The job the options describe. Without `--model`, the standard tier, or the only tier
    /// the provider offers for the mode (as its capability table says).
    func job() throws(ArgumentReader.UsageError) -> VideoJob {
        guard let prompt else { throw .init(description: "--prompt is required") }
        let mode: VideoJob.Mode
        switch (image, lastImage, references.isEmpty) {
        case (nil, nil, true): mode = .text
        case (let first?, nil, true): mode = .image(first: first)
        case (let first?, let last?, true): mode = .firstLastFrame(first: first, last: last)
        case (nil, nil, false): mode = .referenceImages(references)
        case (nil, _?, _): throw .init(description: "--last-image needs --image (the first frame)")
        default: throw .init(description: "--reference cannot be combined with --image or --last-image")
        }
        let chosen = tier ?? connection.provider.flatMap { ProviderCapabilities.of($0).defaultTier(for: mode.kind) } ?? .standard
        return VideoJob(
            mode: mode, prompt: prompt, tier: chosen, duration: duration, resolution: resolution, aspectRatio: aspectRatio,
            seed: seed, audio: audio, backgroundMusic: backgroundMusic, watermark: watermark, offPeak: offPeak, callbackURL: callbackURL)
    }

    private static func url(for option: String, _ reader: inout ArgumentReader) throws(ArgumentReader.UsageError) -> URL {
        let text = try reader.value(for: option)
        guard let url = URL(string: text), url.scheme != nil else { throw .init(description: "\(option) takes a URL, not '\(text)'") }
        return url
    }

    private static func tier(_ text: String) throws(ArgumentReader.UsageError) -> ModelTier {
        if text.lowercased() == "pro" { return .standard }
        guard let tier = ModelTier(rawValue: text.lowercased()) else {
            throw .init(description: "--model takes standard (or pro), turbo, mix or pro-fast, not '\(text)'")
        }
        return tier
    }

    private static func choice<Value: RawRepresentable & CaseIterable>(
        _ option: String, _ text: String, _ type: Value.Type
    ) throws(ArgumentReader.UsageError) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text.lowercased()) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw .init(description: "\(option) takes \(allowed), not '\(text)'")
        }
        return value
    }
}
