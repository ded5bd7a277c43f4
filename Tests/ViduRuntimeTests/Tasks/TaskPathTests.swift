import Foundation
import Testing
import ViduRuntime

@Suite struct TaskPathTests {
    @Test func starVisitsElementsAndPassesALoneStringThrough() throws {
        let asArray = try JSONValue(parsing: Data(#"{"r":{"videos":[{"url":["a","b"]},{"url":"c"}]}}"#.utf8))
        #expect(TaskPath.texts(at: "/r/videos/*/url/*", in: asArray) == ["a", "b", "c"])
    }

    @Test func jsonSegmentParsesAStringDocument() throws {
        let body = try JSONValue(parsing: Data(#"{"data":{"resultJson":"{\"resultUrls\":[\"x\",\"y\"]}"}}"#.utf8))
        #expect(TaskPath.texts(at: "/data/resultJson/@json/resultUrls/*", in: body) == ["x", "y"])
        #expect(TaskPath.texts(at: "/data/missing/@json/resultUrls/*", in: body) == [])
        let broken = try JSONValue(parsing: Data(#"{"data":{"resultJson":"{not json"}}"#.utf8))
        #expect(TaskPath.texts(at: "/data/resultJson/@json/resultUrls/*", in: broken) == [])
    }

    @Test func numbersAndNumericStrings() throws {
        let body = try JSONValue(parsing: Data(#"{"a":42,"b":"17","c":"60%","d":"x","id":911084878697623552}"#.utf8))
        #expect(TaskPath.number(at: "/a", in: body) == 42)
        #expect(TaskPath.number(at: "/b", in: body) == 17)
        #expect(TaskPath.number(at: "/c", in: body) == 60)
        #expect(TaskPath.number(at: "/d", in: body) == nil)
        #expect(TaskPath.text(at: "/a", in: body) == "42")
    }

    @Test func unknownStatesAreRunning() throws {
        let task = ProviderFixtureDescriptors.apixoLike
        let status = task.status(of: try JSONValue(parsing: Data(#"{"data":{"state":"warming_up"}}"#.utf8)), taskID: "t")
        #expect(status?.phase == .running)
        #expect(status?.isFinal == false)
        #expect(task.status(of: try JSONValue(parsing: Data(#"{"data":{}}"#.utf8))) == nil)
    }
}

/// A descriptor built inline, independent of ViduTestSupport.
enum ProviderFixtureDescriptors {
    static let apixoLike = TaskDescriptor(
        statusOperation: OperationDescriptor(operationID: "status", method: "GET", pathTemplate: "/status", createsTask: false),
        statusParameter: "taskId", statusParameterInQuery: true, taskID: ["/data/taskId"], state: "/data/state",
        progress: nil, succeeded: ["success"], failed: ["failed"], resultURLs: [], coverURL: nil, errorCode: nil,
        errorMessage: nil, estimatedSeconds: nil, initialDelaySeconds: 60, intervalSeconds: 5)
}
