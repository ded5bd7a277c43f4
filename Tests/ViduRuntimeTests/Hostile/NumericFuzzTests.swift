import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// Feeds hostile numbers (huge, negative, NaN, infinities, 2^64, 1e400, numbers as
/// strings, strings that are not numbers) into every numeric field the runtime reads from a
/// server: progress, estimates, Retry-After, HTTP dates, task ids, and every numeric
/// position of every fixture's status bodies. Nothing may trap, and every number the
/// runtime hands on is finite.
@Suite struct NumericFuzzTests {
    static let hostileLiterals = [
        "0", "-0", "1", "-1", "1e19", "-1e19", "1e300", "-1e300", "1e308", "1.7976931348623157e308", "1e400", "-1e400", "1e-400",
        "18446744073709551616", "9223372036854775807", "-9223372036854775809", "123456789012345678901234567890",
        "\"nan\"", "\"NaN\"", "\"inf\"", "\"-inf\"", "\"infinity\"", "\"1e400\"", "\"1e19%\"", "\"-5%\"", "\"\"", "\"abc\"", "null", "true", "[]", "{}",
    ]

    /// Every number in `body` replaced, one at a time, by each hostile literal.
    static func variants(of body: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<=:)\s*-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?"#)
        let matches = pattern.matches(in: body, range: NSRange(body.startIndex..., in: body))
        var result: [String] = []
        for match in matches {
            guard let range = Range(match.range, in: body) else { continue }
            for literal in hostileLiterals {
                result.append(body.replacingCharacters(in: range, with: literal))
            }
        }
        return result
    }

    @Test func everyNumericPositionOfEveryStatusBody() throws {
        var checked = 0
        for fixture in ProviderFixture.all {
            for body in fixture.statusBodies + [fixture.failedBody, fixture.createBody] {
                for variant in Self.variants(of: body) {
                    let response = HTTPResponse(status: 200, body: Data(variant.utf8))
                    guard let document = try? response.json(operationID: "status", redactingWith: canaryKey) else { continue }
                    checked += 1
                    if let status = fixture.task.status(of: document, taskID: "t") {
                        #expect(status.progress.map(\.isFinite) ?? true)
                        #expect(status.estimatedSeconds.map(\.isFinite) ?? true)
                        let delay = PollingPolicy.default(for: fixture.task).delay(after: status)
                        #expect(delay >= .zero && delay <= .seconds(60))
                        _ = fixture.task.outcome(of: status)
                        _ = fixture.task.failure(of: status)
                    }
                    _ = fixture.task.taskID(in: document)
                    _ = fixture.task.taskID(inRawBody: response.body)
                    _ = ProviderErrorDetails(body: response.body)
                }
            }
        }
        #expect(checked > 500)
    }

    @Test func retryAfterAndDates() {
        let texts = ["1e400", "-1", "nan", "inf", "18446744073709551616", "99999999999999999999", "1e19", "  3  ", "",
                     "Tue, 06 May 300000000000 12:09:42 GMT", "Tue, 99 May 2025 12:09:42 GMT", "Tue, 06 May 2025 99:99:99 GMT",
                     "Tue, 06 May -2025 12:09:42 GMT", "Tue, 06 May 2025 12:09:42 GMT", "Thu, 01 Jan 1970 00:00:00 GMT"]
        let now = Date(timeIntervalSince1970: 1_746_533_382)
        for text in texts {
            if let delay = RetryAfter.delay(from: text, now: now) {
                #expect(delay >= .zero && delay <= .seconds(31_536_000), "\(text)")
            }
            _ = HTTPDate.parse(text)
        }
        for seconds in [Double.nan, .infinity, -.infinity, 1e300, -1e300, 9.3e18, -9.3e18] {
            _ = HTTPDate.format(Date(timeIntervalSince1970: seconds))
        }
    }

    @Test func taskPathNumbersAreAlwaysFinite() throws {
        for literal in Self.hostileLiterals {
            let document = try JSONText.parse(Data("{\"p\": \(literal)}".utf8))
            if let number = TaskPath.number(at: "/p", in: document) { #expect(number.isFinite, "\(literal)") }
            _ = TaskPath.text(at: "/p", in: document)
        }
        // Nesting is bounded instead of exhausting the stack.
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(deep) }
    }

    @Test func policiesAndProgressAcceptAnyNumber() {
        for seconds in [Double.nan, .infinity, -.infinity, 1e300, -1e300, 0, 1e-300] {
            let descriptor = ProviderFixture.named("apixo").task
            var hostile = descriptor
            hostile.initialDelaySeconds = seconds
            hostile.intervalSeconds = seconds
            let policy = PollingPolicy.default(for: hostile)
            #expect(policy.initialDelay >= .zero && policy.interval >= .zero)
            _ = RandomSource.constant(seconds).nextUnit()
            _ = RetryPolicy(maxAttempts: 4, random: .constant(seconds)).backoff(afterAttempt: Int.max)
        }
        for received in [Int64.max, 0, -1, Int64.min] {
            for expected in [Int64.max, 0, -1, Int64.min, nil] {
                _ = DownloadProgress(bytesReceived: received, bytesExpected: expected).fractionCompleted
            }
        }
    }
}
