import Foundation
import Testing
import ViduRuntime

@Suite struct HTTPDateTests {
    @Test func parsesAndFormatsTheDocumentedDate() {
        let date = HTTPDate.parse("Tue, 06 May 2025 12:09:42 GMT")
        #expect(date == Date(timeIntervalSince1970: 1_746_533_382))
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 1_746_533_382)) == "Tue, 06 May 2025 12:09:42 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 951_782_400)) == "Tue, 29 Feb 2000 00:00:00 GMT")
    }

    @Test func rejectsOtherForms() {
        #expect(HTTPDate.parse("2025-05-06T12:09:42Z") == nil)
        #expect(HTTPDate.parse("Tue, 06 May 2025 12:09:42 +0800") == nil)
        #expect(HTTPDate.parse("Tue, 32 May 2025 12:09:42 GMT") == nil)
        #expect(HTTPDate.parse("") == nil)
    }

    @Test func retryAfterForms() {
        let now = Date(timeIntervalSince1970: 1_746_533_382)
        #expect(RetryAfter.delay(from: "120", now: now) == .seconds(120))
        #expect(RetryAfter.delay(from: " 1.5 ", now: now) == .milliseconds(1_500))
        #expect(RetryAfter.delay(from: "Tue, 06 May 2025 12:10:12 GMT", now: now) == .seconds(30))
        #expect(RetryAfter.delay(from: "Tue, 06 May 2025 12:00:00 GMT", now: now) == .zero)
        #expect(RetryAfter.delay(from: "soon", now: now) == nil)
        #expect(RetryAfter.delay(from: "-3", now: now) == nil)
    }
}
