/// The usage texts of the job subcommands.
enum JobUsage {
    static let connection = """
          --provider P           apimart, apixo, vidu or uniall (required)
          --base-url URL         send to URL instead of the provider's documented host
          --poll-interval S      seconds between status calls (default: the provider's advice)
          --first-poll-after S   seconds before the first status call (default: the provider's advice)
          --deadline S           stop waiting after S seconds, printing the task id (default: 1800)
          --request-timeout S    seconds one API request may take (default: 15)
          --download-idle-timeout S   seconds the download may stall (default: 60)
          --download-timeout S   seconds the whole download may take (default: 3600)
          --simulate             no key, no network: an in-process simulation of the provider
                                 (with VIDU_SIMULATE_FAILURE=1 its tasks end in the provider's
                                 documented failure, such as apixo's CONTENT_VIOLATION)
          --report-drift         check every API answer against the spec; at the end, print each
                                 distinct drift on standard error (`drift PROVIDER OPERATION
                                 POINTER KIND: ...`)
          --record FILE          append every request and response to FILE as JSON lines, without
                                 headers, the key or signed URL secrets (check it later with
                                 `vidu validate --recorded FILE`)
        """

    static let keys = """
        The API key comes from the provider's own variable (APIMART_API_KEY, APIXO_API_KEY,
        VIDU_OFFICIAL_API_KEY, UNIALL_API_KEY), or else from VIDU_API_KEY. It is never an
        argument and never printed.
        """

    static let generate = """
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
          --bgm                  add background music (apixo, Vidu, UniAll)
          --watermark            add the provider's AI-generated watermark (Vidu)
          --off-peak             off-peak generation (Vidu, UniAll)
          --callback-url URL     where the provider posts the result
          --no-wait              print the task id and stop
          --output FILE          where to save the video (default: <task id>.mp4)
        \(connection)

        \(keys)
        Try it without a key: vidu generate --simulate --provider uniall --prompt "a paper boat in the rain"
        """

    static let status = """
        usage: vidu status --provider P [--base-url URL] [--request-timeout S] [--simulate] [--report-drift] [--record FILE] TASK_ID

        Prints the task's status once: queued, running N%, succeeded URL, or failed CODE: message.
        With --simulate and VIDU_SIMULATE_FAILURE=1 the simulated task ends in failure.

        \(keys)
        """

    static let wait = """
        usage: vidu wait --provider P [--output FILE] [options] TASK_ID

        Waits for the task, showing progress on standard error, downloads the MP4 and prints
        its path.

        options:
          --output FILE          where to save the video (default: <task id>.mp4)
        \(connection)

        \(keys)
        """

    static let providers = """
        usage: vidu providers

        Prints which modes, tiers, durations, resolutions, image counts, aspect ratios and
        settings each provider takes, as its spec says.
        """
}
