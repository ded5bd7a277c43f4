import Foundation
import Testing

/// `vidu validate` as a user runs it: exit codes, printed violations, stdin, responses,
/// webhooks and batch mode.
@Suite("vidu validate", .serialized)
struct ValidateCLITests {
    static let validRequest = #"{"request_type":"async","input":{"mode":"text-to-video","prompt":"a cinematic flyover","duration":16}}"#
    static let invalidRequest = #"{"request_type":"callback","input":{"mode":"text-to-video","prompt":"a cinematic flyover","duration":17,"image_urls":["https://example.com/a.png"]}}"#

    @Test("a valid request body exits 0 and says so")
    func validRequest() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", ValidateCLIProcess.temporaryFile(Self.validRequest)])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("valid: "))
        #expect(result.output.contains("apixo generateTask request"))
    }

    @Test("an invalid request body exits 1 and prints `<pointer>: <message>` per violation, then a summary")
    func invalidRequest() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", ValidateCLIProcess.temporaryFile(Self.invalidRequest)])
        #expect(result.status == 1)
        let lines = result.outputLines
        #expect(lines.count == 4)
        #expect(lines.contains { $0.hasPrefix("/input/duration: must be at most 16") })
        #expect(lines.contains { $0.hasPrefix("/input: ") })
        #expect(lines.contains { $0.hasPrefix("/callback_url: is required") })
        #expect(lines.last?.hasPrefix("invalid: ") == true)
        #expect(lines.last?.contains("3 violations") == true)
    }

    @Test("provider names are case-insensitive")
    func providerCase() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "APIXO", "generateTask", ValidateCLIProcess.temporaryFile(Self.validRequest)])
        #expect(result.status == 0)
    }

    @Test("`-` reads standard input")
    func standardInput() async throws {
        let valid = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "-"], input: Data(Self.validRequest.utf8))
        #expect(valid.status == 0)
        #expect(valid.output.contains("standard input"))
        let invalid = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "-"], input: Data(Self.invalidRequest.utf8))
        #expect(invalid.status == 1)
    }

    @Test("unknown provider, operation, webhook or status exits 2 and lists the choices", arguments: [
        (["validate", "replicate", "generateTask", "-"], SpecIDs.listed),
        (["validate", "apixo", "makeVideo", "-"], "generateTask, statusTask"),
        (["validate", "apixo", "--webhook", "done", "-"], "taskCompleted"),
        (["validate", "apixo", "statusTask", "--response", "201", "-"], "200, 400"),
        (["validate", "apixo", "statusTask", "-"], "--response"),
        (["validate", "uniall", "--webhook", "done", "-"], "no webhooks"),
    ])
    func unknownNames(arguments: [String], choices: String) async throws {
        let result = try await ValidateCLIProcess.run(arguments, input: Data("{}".utf8))
        #expect(result.status == 2)
        #expect(result.error.contains(choices))
        #expect(result.output.isEmpty)
    }

    @Test("usage errors exit 2", arguments: [
        ["validate"],
        ["validate", "apixo", "generateTask"],
        ["validate", "apixo", "generateTask", "a.json", "b.json"],
        ["validate", "apixo", "generateTask", "--response"],
        ["validate", "apixo", "generateTask", "--frobnicate", "-"],
        ["validate", "apixo", "--webhook", "taskCompleted", "--response", "200", "-"],
    ])
    func usageErrors(arguments: [String]) async throws {
        let result = try await ValidateCLIProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains("usage: vidu validate"))
    }

    @Test("--help prints the usage and exits 0")
    func help() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("--jsonl"))
    }

    @Test("a missing file exits 2 with a clear message")
    func missingFile() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "/nonexistent/body.json"])
        #expect(result.status == 2)
        #expect(result.error.contains("cannot read '/nonexistent/body.json'"))
    }

    @Test("a directory exits 2")
    func directory() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 2)
        #expect(result.error.contains("directory"))
    }

    @Test("text that is not JSON exits 2 with the line and column", arguments: [
        ("{\n  \"input\": {\n    \"mode\": \"text-to-video\",\n  }\n}", "line 4, column 3"),
        ("", "end of file"),
        ("{\"a\": 01}", "line 1, column 7: a number must not have a leading zero"),
        ("{\"a\": \"\u{1}\"}", "control character"),
        ("[1, 2", "line 1, column 1: unexpected end of file inside an array"),
        ("{} {}", "after the end of the document"),
        ("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate key"),
    ])
    func notJSON(text: String, detail: String) async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "-"], input: Data(text.utf8))
        #expect(result.status == 2)
        #expect(result.error.contains("is not JSON"))
        #expect(result.error.contains(detail), "\(result.error)")
    }

    @Test("--response checks a response body: documented, forward-compatible, and broken")
    func response() async throws {
        let documented = #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965730929,"costTime":120000}}"#
        let ok = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--response", "200", "-"], input: Data(documented.utf8))
        #expect(ok.status == 0)
        #expect(ok.output.contains("statusTask response 200"))
        let unknownState = #"{"data":{"taskId":"t","state":"teleporting","extra":[1]},"more":true}"#
        let open = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--response", "200", "-"], input: Data(unknownState.utf8))
        #expect(open.status == 0)
        let broken = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--response", "200", "-"], input: Data(#"{"data":{"state":"success"}}"#.utf8))
        #expect(broken.status == 1)
        #expect(broken.outputLines.first?.hasPrefix("/data/taskId: is required") == true)
    }

    @Test("--response accepts both forms of a two-form field")
    func twoFormResponse() async throws {
        for credits in ["4", "\"12\""] {
            let body = #"{"id":"t1","state":"success","credits":\#(credits),"creations":[]}"#
            let result = try await ValidateCLIProcess.run(["validate", "vidu", "getTaskCreations", "--response", "200", "-"], input: Data(body.utf8))
            #expect(result.status == 0, "credits \(credits): \(result.output)")
        }
    }

    @Test("--parameter checks an operation parameter and, with --webhook, a callback header")
    func parameter() async throws {
        let ok = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--parameter", "taskId", "-"], input: Data(#""task_1""#.utf8))
        #expect(ok.status == 0)
        #expect(ok.output.contains("apixo statusTask query parameter taskId"))
        let empty = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--parameter", "taskId", "-"], input: Data(#""""#.utf8))
        #expect(empty.status == 1)
        #expect(empty.outputLines.first?.hasPrefix("/: ") == true)
        let header = try await ValidateCLIProcess.run(["validate", "vidu", "--webhook", "taskStateChanged", "--parameter", "x-hmac-algorithm", "-"], input: Data(#""hmac-sha256""#.utf8))
        #expect(header.status == 0)
        #expect(header.output.contains("vidu webhook taskStateChanged header X-HMAC-ALGORITHM"))
        let unknown = try await ValidateCLIProcess.run(["validate", "apixo", "statusTask", "--parameter", "task", "-"], input: Data(#""t""#.utf8))
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("choose one of: taskId"))
    }

    @Test("--webhook checks a callback body")
    func webhook() async throws {
        let body = #"{"id":"your_task_id","state":"success","err_code":"","credits":4,"payload":"","creations":[{"id":"c","url":"https://example.com/v.mp4"}]}"#
        let ok = try await ValidateCLIProcess.run(["validate", "Vidu", "--webhook", "taskStateChanged", "-"], input: Data(body.utf8))
        #expect(ok.status == 0)
        #expect(ok.output.contains("vidu webhook taskStateChanged"))
        let broken = try await ValidateCLIProcess.run(["validate", "vidu", "--webhook", "taskStateChanged", "-"], input: Data(#"{"id":"t","state":"success","credits":"four"}"#.utf8))
        #expect(broken.status == 1)
        #expect(broken.outputLines.first?.hasPrefix("/credits: ") == true)
    }

    @Test("--jsonl prints one verdict per line, exits 0 whatever the verdicts")
    func jsonLines() async throws {
        let lines = [
            Self.validRequest,
            #"{"input":{"mode":"text-to-video","prompt":"x","duration":0}}"#,
            "not json",
            #"{"input":{"mode":"image-to-video"}}"#,
            "[]",
        ]
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--jsonl", "-"], input: Data((lines.joined(separator: "\r\n") + "\n").utf8))
        #expect(result.status == 0)
        #expect(result.outputLines == [
            "valid",
            "invalid /input/duration minimum",
            "error column 1: unknown literal, expected 'null'",
            "invalid /input/image_urls required",
            "invalid  type",
        ])
    }

    @Test("--jsonl keeps one output line per input line, blank lines included, and reads files")
    func jsonLinesFromFile() async throws {
        let path = try ValidateCLIProcess.temporaryFile(Self.validRequest + "\n\n" + Self.validRequest)
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--jsonl", path])
        #expect(result.status == 0)
        #expect(result.outputLines.count == 3)
        #expect(result.outputLines[1].hasPrefix("error "))
    }

    @Test("--jsonl on a missing file exits 2")
    func jsonLinesMissingFile() async throws {
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--jsonl", "/nonexistent/lines.jsonl"])
        #expect(result.status == 2)
    }

    @Test("--jsonl handles 20,000 lines, one answer per line")
    func jsonLinesVolume() async throws {
        var text = ""
        for index in 0..<20_000 {
            text += index % 2 == 0 ? Self.validRequest : Self.invalidRequest
            text += "\n"
        }
        let result = try await ValidateCLIProcess.run(["validate", "apixo", "generateTask", "--jsonl", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.outputLines.count == 20_000)
        #expect(result.outputLines[1] == "invalid /input/duration maximum; /input not; /callback_url required")
    }
}

/// Every spec's id (file base name) in file order, as `vidu validate` lists providers.
enum SpecIDs {
    static let listed: String = {
        let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("specs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { String($0.dropLast(5)) }.joined(separator: ", ")
    }()
}
