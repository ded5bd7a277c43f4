/// How capability values read in sentences and tables.
enum CapabilityText {
    /// `3–16`, `1, 5, 8–10`: runs of consecutive numbers joined with a dash.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = numbers.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    /// `720p, 1080p`, or `—` for none.
    static func list<Value: CustomStringConvertible>(_ values: [Value]) -> String {
        values.isEmpty ? "—" : values.map(\.description).joined(separator: ", ")
    }

    /// How a setting reads in a sentence and in tables: `seed`, `audio switch`, ...
    static func settingName(_ field: JobField) -> String {
        switch field {
        case .seed: return "seed"
        case .audio: return "audio switch"
        case .backgroundMusic: return "background-music switch"
        case .watermark: return "watermark switch"
        case .offPeak: return "off-peak option"
        case .callbackURL: return "callback URL"
        case .duration, .resolution, .aspectRatio, .mode, .images, .prompt, .tier: return field.rawValue
        }
    }
}
