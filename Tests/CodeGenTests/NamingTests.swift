import Testing
@testable import CodeGen

@Suite struct NamingTests {
    @Test(arguments: [
        ("image_urls", "imageURLs"), ("task_id", "taskID"), ("taskId", "taskID"), ("viduq3-mix", "viduq3Mix"),
        ("text-to-video", "textToVideo"), ("540p", "p540"), ("16:9", "ratio16x9"), ("3d-mode", "_3dMode"),
        ("URL", "url"), ("resultJson", "resultJSON"), ("", "empty"), ("off_peak", "offPeak"),
    ])
    func memberNames(input: String, expected: String) {
        #expect(SwiftName.member(input) == expected)
    }

    @Test func typeNamesAndEscaping() {
        #expect(SwiftName.type("HttpUrl") == "HTTPURL")
        #expect(SwiftName.type("create_video") == "CreateVideo")
        #expect(SwiftName.nestedType("type") == "TypeValue")
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.escaped("model") == "model")
    }
}
