// Runs one VideoJob on the fictional Acme provider through ViduKit's simulation, by id, and
// exits non-zero when anything is not as the spec says.
import Foundation
import ViduKit

VideoProviders.register(AcmeAdapter())

var failures: [String] = []
@MainActor func expect(_ condition: Bool, _ what: String) {
    if !condition { failures.append(what) }
}

final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [JobStatus] = []
    func append(_ status: JobStatus) { lock.lock(); seen.append(status); lock.unlock() }
    var all: [JobStatus] { lock.lock(); defer { lock.unlock() }; return seen }
}

let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))
let provider = VideoProvider.simulated(.acme, pollingPolicy: fast)
expect(VideoProviderID.registered.contains(.acme), "acme is registered")
expect(VideoProviderID.acme.description == "Acme Video", "the display name comes from x-provider")
expect(VideoProviderID.acme.keyEnvironmentVariable == "ACME_VIDEO_API_KEY", "the key variable comes from x-provider")
expect(provider.capabilities.modes == [.text], "the capability table is probed from the spec: \(provider.capabilities.modes)")
expect(provider.capabilities.row(for: .text, tier: .standard)?.durations == Array(2...10), "durations 2-10 s from the spec")
expect(!provider.check(VideoJob(mode: .text, prompt: "a boat", duration: 30)).isEmpty, "a 30 s job is refused before sending")
expect(!provider.check(VideoJob(mode: .image(first: URL(string: "https://example.com/a.png")!), prompt: "a boat")).isEmpty,
       "an image job is refused")

let job = VideoJob(mode: .text, prompt: "a paper boat drifting down a rainy street", duration: 4)
let output = FileManager.default.temporaryDirectory.appendingPathComponent("acme-\(UUID().uuidString).mp4")
do {
    let statuses = Statuses()
    let task = try await provider.submit(job)
    expect(task.id == "acme_0001", "the first task gets the documented id, not \(task.id)")
    let result = try await provider.wait(for: task.id) { statuses.append($0) }
    expect(statuses.all.first == .queued, "the task starts queued: \(statuses.all)")
    expect(statuses.all.contains { if case .running(let progress?) = $0 { return progress > 0 } else { return false } },
           "progress is reported while running: \(statuses.all)")
    expect(statuses.all.last?.isFinal == true, "the task ends: \(statuses.all)")
    let file = try await provider.download(result, to: output)
    let bytes = try Data(contentsOf: file.location)
    expect(bytes == SimulatedTransport.sampleVideo && String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp", "an MP4 is saved")
    print("acme: task \(task.id): \(statuses.all.map(\.description).joined(separator: " → ")); \(bytes.count) bytes at \(file.location.lastPathComponent)")
    try? FileManager.default.removeItem(at: output)
} catch {
    failures.append("the simulated job failed: \(error)")
}

let failing = VideoProvider.simulated(
    .acme, simulation: SimulatedTransport(provider: .acme, ending: .failure), pollingPolicy: fast)
do {
    let task = try await failing.submit(job)
    _ = try await failing.wait(for: task.id)
    failures.append("the failing simulation succeeded")
} catch {
    if case .failed(let code, _) = error {
        expect(code == "CONTENT_BLOCKED", "a failure carries the first documented failure code, not \(code ?? "nil")")
        print("acme: a failing task: \(error)")
    } else {
        failures.append("expected a failed task, got \(error)")
    }
}

if failures.isEmpty {
    print("acme: the sixth provider ran a simulated VideoJob: spec + one adapter file + one registration line")
} else {
    for failure in failures { FileHandle.standardError.write(Data("acme: FAIL \(failure)\n".utf8)) }
    exit(1)
}
