import Foundation
import Testing
@_spi(Generated) import ViduRuntime
import ViduTestSupport

/// Form bodies (multipart with files, urlencoded), raw bytes, and binary and text answers
/// through `perform`'s media variants.
@Suite struct MediaPerformTests {
    static let operation = OperationDescriptor(operationID: "upload", method: "POST", pathTemplate: "/v1/uploads", createsTask: false)
    static let schemas = try! SchemaTable(decoding: #"[{"location":"/","types":["object"]}]"#)

    struct Upload: JSONValueRepresentable, Sendable {
        var prompt: String
        var image: MultipartFile
        var masks: [MultipartFile]
        var n: Int?
        var jsonValue: JSONValue {
            var object: [String: JSONValue] = ["prompt": prompt.jsonValue, "image": image.jsonValue, "masks": masks.jsonValue]
            if let n { object["n"] = n.jsonValue }
            return .object(object)
        }
    }

    @Test func aMultipartBodyCarriesTextPartsThenFilesFromDataAndFromAFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-media-\(UUID().uuidString).png")
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = ScriptedTransport([.response(HTTPResponse(status: 200, headers: [("Content-Type", "video/mp4")], body: Data([1, 2, 3])))])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock())
        let upload = Upload(prompt: "a \"cat\"", image: MultipartFile(fileURL: file), masks: [MultipartFile(data: Data("m".utf8), filename: "m.bin")], n: 2)
        // In the JSON that is validated, a file is its file name.
        #expect(upload.jsonValue == .object(["prompt": "a \"cat\"", "image": .string(file.lastPathComponent), "masks": ["m.bin"], "n": 2]))
        let answer = try await executor.performBinary(
            Self.operation, schemas: Self.schemas, body: upload.uncheckedForSending().encoded(as: .multipart, from: upload), accepting: "video/mp4")
        #expect(answer == BinaryResponse(data: Data([1, 2, 3]), contentType: "video/mp4"))
        let request = try #require(transport.requests.first)
        #expect(request.header("Accept") == "video/mp4")
        let contentType = try #require(request.header("Content-Type"))
        #expect(contentType.hasPrefix("multipart/form-data; boundary=vidukit-"))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        let expected = "--\(boundary)\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\n2\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na \"cat\"\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"image\"; filename=\"\(file.lastPathComponent)\"\r\nContent-Type: image/png\r\n\r\n\u{89}PNG\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"masks\"; filename=\"m.bin\"\r\nContent-Type: application/octet-stream\r\n\r\nm\r\n"
            + "--\(boundary)--\r\n"
        #expect(text == expected.replacing("\u{89}", with: "\u{FFFD}"))
    }

    @Test func aMissingUploadFileIsAFileSystemErrorBeforeSending() async {
        let transport = ScriptedTransport([.json(200, "{}")])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock())
        let upload = Upload(prompt: "p", image: MultipartFile(fileURL: URL(fileURLWithPath: "/nonexistent/x.png")), masks: [])
        let result = await outcome { () async throws(ViduError) -> BinaryResponse in
            try await executor.performBinary(Self.operation, schemas: Self.schemas, body: upload.uncheckedForSending().encoded(as: .multipart, from: upload), accepting: "*/*")
        }
        guard case .fileSystem? = result.failure else { Issue.record("expected .fileSystem, got \(result)"); return }
        #expect(transport.requests.isEmpty)
    }

    @Test func anURLEncodedFormAndRawBytesAndATextAnswer() async throws {
        let transport = ScriptedTransport([.response(HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Data("done ✓".utf8)))])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock())
        let form: JSONValue = ["grant_type": "client credentials", "scope": ["a", "b&c"], "none": .null]
        let text = try await executor.performText(
            Self.operation, schemas: Self.schemas, body: form.uncheckedForSending().encoded(as: .urlEncodedForm, from: form), accepting: "text/plain")
        #expect(text == "done ✓")
        let raw = try await executor.performText(
            Self.operation, schemas: Self.schemas, body: .raw(Data([0, 1]), contentType: "application/octet-stream"), accepting: "text/plain")
        #expect(raw == "done ✓")
        let requests = transport.requests
        #expect(requests[0].header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(requests[0].body.map { String(decoding: $0, as: UTF8.self) } == "grant_type=client%20credentials&scope=a&scope=b%26c")
        #expect(requests[1].header("Content-Type") == "application/octet-stream" && requests[1].body == Data([0, 1]))
        #expect(requests[1].headers.filter { $0.name == "Accept" }.map(\.value) == ["text/plain"])
    }
}
