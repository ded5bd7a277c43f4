import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// Writing and clearing values at `x-task` paths, which the simulation derives its bodies with.
@Suite struct TaskPathEditingTests {
    static func json(_ text: String) throws -> JSONValue { try JSONValue(parsing: Data(text.utf8)) }

    @Test func settingCreatesMembersAndKeepsOneArrayElement() throws {
        let base = try Self.json(#"{"data": {"result": {"videos": [{"url": "a", "size": 1}, {"url": "b"}]}}}"#)
        let set = TaskPathEditing.setting(.string("v"), at: "/data/result/videos/*/url", in: base)
        #expect(set == (try Self.json(#"{"data": {"result": {"videos": [{"url": "v", "size": 1}]}}}"#)))
        let fresh = TaskPathEditing.setting(.string("v"), at: "/data/result/videos/*/url", in: .object([:]))
        #expect(fresh == (try Self.json(#"{"data": {"result": {"videos": [{"url": "v"}]}}}"#)))
        #expect(TaskPathEditing.setting(.string("v"), at: "/urls/*", in: .object([:])) == (try Self.json(#"{"urls": ["v"]}"#)))
        #expect(TaskPathEditing.setting(.string("c"), at: "/creations/0/cover_url", in: .object([:])) == (try Self.json(#"{"creations": [{"cover_url": "c"}]}"#)))
    }

    @Test func settingInsideEmbeddedJSON() throws {
        let base = try Self.json(#"{"data": {"resultJson": "{\"resultUrls\":[\"old\"],\"n\":1}"}}"#)
        let set = TaskPathEditing.setting(.string("v"), at: "/data/resultJson/@json/resultUrls/*", in: base)
        #expect(TaskPath.texts(at: "/data/resultJson/@json/resultUrls/*", in: set) == ["v"])
        #expect(TaskPath.number(at: "/data/resultJson/@json/n", in: set) == 1)
    }

    @Test func removingEmptiesArraysAndDropsMembers() throws {
        let base = try Self.json(#"{"state": "ok", "err": "", "creations": [{"url": "u"}], "resultJson": "{\"resultUrls\":[\"u\"]}"}"#)
        var cleared = TaskPathEditing.removing("/creations/*/url", in: base)
        cleared = TaskPathEditing.removing("/err", in: cleared)
        cleared = TaskPathEditing.removing("/resultJson/@json/resultUrls/*", in: cleared)
        cleared = TaskPathEditing.removing("/missing/member", in: cleared)
        #expect(cleared == (try Self.json(#"{"state": "ok", "creations": [], "resultJson": "{\"resultUrls\":[]}"}"#)))
    }
}
