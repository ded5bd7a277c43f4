import ViduKit

/// The usage texts of the job subcommands. Provider names, key variables and which provider
/// takes which setting come from the registered adapters and their capability tables.
enum JobUsage {
    static var connection: String { """
          --provider P           \(VideoProviders.idList) (required)
          --base-url URL         send to URL instead of the provider's documented host
          --poll-interval S      seconds between status calls (default: the provider's advice)
          --first-poll-after S   seconds before the first status call (default: the provider's advice)
          --deadline S           stop waiting after S seconds, printing the task id (default: 1800)
          --request-timeout S    seconds one API request may take (default: 15)
          --download-idle-timeout S   seconds the download may stall (default: 60)
          --download-timeout S   seconds the whole download may take (default: 3600)
          --simulate             no key, no network: an in-process simulation of the provider
                                 (with VIDU_SIMULATE_FAILURE=1 its tasks end in failure: the
                                 provider's documented failure where its spec shows one)
          --report-drift         check every API answer against the spec; at the end, print each
                                 distinct drift on standard error (`drift PROVIDER OPERATION
                                 POINTER KIND: ...`)
          --record FILE          append every request and response to FILE as JSON lines, without
                                 headers, the key or signed URL secrets (check it later with
                                 `vidu validate --recorded FILE`)
        """ }

    static var keys: String {
        wrapped("The API key comes from the provider's own variable (\(keyVariables)), or else from VIDU_API_KEY. It is never an argument and never printed.")
    }

    /// `text` broken into lines of at most `width` characters, at spaces.
    static func wrapped(_ text: String, width: Int = 88) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Every registered provider's own key variable, in registration order.
    static var keyVariables: String {
        VideoProviders.all.map(\.descriptor.keyEnvironmentVariable).joined(separator: ", ")
    }

    /// The providers whose capability table takes `setting` in some mode, by display name.
    static func providers(taking setting: JobField) -> String {
        let names = VideoProviderID.registered.filter { id in
            ProviderCapabilities.of(id).rows.contains { $0.settings.contains(setting) }
        }.map(\.description)
        return names.isEmpty ? "no provider" : names.joined(separator: ", ")
    }

    /// A provider that takes a text job, for the example line.
    static var exampleProvider: String {
        (VideoProviderID.registered.last { ProviderCapabilities.of($0).modes.contains(.text) } ?? VideoProviderID.registered.first)?.rawValue ?? "P"
    }

    static var generate: String { """
        usage: vidu generate --provider P --prompt TEXT [options]
               vidu generate --provider P [options] -- TEXT   (`--` ends the options: a prompt that starts with -)

        Submits a video job, shows its progress on standard error, downloads the MP4 and
        prints the task id and the file's path on standard output. The mode follows from the
        images: none = text-to-video; --image = first frame; --image and --last-image = first
        and last frames; --reference (1 to 7 times) = reference images.

        options:
          --prompt TEXT          what happens in the video (required)
          --image URL            first frame
          --last-image URL       last frame (with --image)
          --reference URL        a reference image; repeat for up to 7
          --model M              standard (or pro), turbo, mix or pro-fast (default: standard,
                                 or the provider's only tier for the mode)
          --duration N           seconds
          --resolution R         540p, 720p or 1080p
          --aspect-ratio A       16:9, 9:16, 4:3, 3:4 or 1:1
          --seed N               random seed
          --no-audio             a silent video
          --bgm                  add background music (\(providers(taking: .backgroundMusic)))
          --watermark            add the provider's AI-generated watermark (\(providers(taking: .watermark)))
          --off-peak             off-peak generation (\(providers(taking: .offPeak)))
          --callback-url URL     where the provider posts the result
          --no-wait              print the task id and stop
          --output FILE          where to save the video (default: <task id>.mp4)
        \(connection)

        \(keys)
        Try it without a key: vidu generate --simulate --provider \(exampleProvider) --prompt "a paper boat in the rain"
        """ }

    static var status: String { """
        usage: vidu status --provider P [--base-url URL] [--request-timeout S] [--simulate] [--report-drift] [--record FILE] TASK_ID

        Prints the task's status once: queued, running N%, succeeded URL, or failed CODE: message.
        With --simulate and VIDU_SIMULATE_FAILURE=1 the simulated task ends in failure.

        \(keys)
        """ }

    static var wait: String { """
        usage: vidu wait --provider P [--output FILE] [options] TASK_ID

        Waits for the task, showing progress on standard error, downloads the MP4 and prints
        its path.

        options:
          --output FILE          where to save the video (default: <task id>.mp4)
        \(connection)

        \(keys)
        """ }

    static let providers = """
        usage: vidu providers

        Prints which modes, tiers, durations, resolutions, image counts, aspect ratios and
        settings each provider takes, as its spec says.
        """
}
