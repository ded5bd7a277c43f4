import Foundation

/// Reads and writes IMF-fixdate HTTP-dates (`Tue, 06 May 2025 12:09:42 GMT`), without
/// `DateFormatter`, so it is safe from any thread and independent of the locale.
public enum HTTPDate {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

    /// The latest year `parse` accepts (IMF-fixdate years have four digits); later years, like
    /// any text that is not such a date, give nil, so that no arithmetic on a hostile header
    /// can overflow.
    public static let latestYear = 9_999

    /// Parses an IMF-fixdate (the weekday is optional; the zone must be `GMT` or `UTC`; the
    /// year 1970 to 9999). Nil when `text` is not such a date.
    public static func parse(_ text: String) -> Date? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if let comma = body.firstIndex(of: ",") {
            body = String(body[body.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        let fields = body.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count == 5, fields[4] == "GMT" || fields[4] == "UTC" else { return nil }
        guard let day = Int(fields[0]), let monthIndex = months.firstIndex(of: fields[1]),
              fields[2].count <= 4, let year = Int(fields[2]), (1...31).contains(day),
              (1970...latestYear).contains(year) else { return nil }
        let time = fields[3].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3, (0..<24).contains(time[0]), (0..<60).contains(time[1]), (0...60).contains(time[2]) else { return nil }
        let days = daysFromCivil(year: year, month: monthIndex + 1, day: day)
        let seconds = days * 86_400 + time[0] * 3_600 + time[1] * 60 + time[2]
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Formats `date` as an IMF-fixdate in GMT, whole seconds. Dates outside the years 1 to
    /// 9999 (and a NaN date) are clamped into that range.
    public static func format(_ date: Date) -> String {
        let raw = date.timeIntervalSince1970.rounded(.down)
        let total = raw.isNaN ? 0 : Int(min(max(raw, -62_135_596_800), 253_402_300_799))
        var days = total / 86_400
        var seconds = total % 86_400
        if seconds < 0 {
            seconds += 86_400
            days -= 1
        }
        let (year, month, day) = civilFromDays(days)
        let weekday = weekdays[((days % 7) + 7) % 7]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(two(day)) \(months[month - 1]) \(year) \(two(seconds / 3_600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)) GMT"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01.
    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
