import ViduKit

/// The capability tables as aligned text columns.
enum CapabilityTableText {
    static let header = ["mode", "tier", "model", "seconds", "resolutions", "images", "aspect ratios", "settings"]

    /// One block per provider.
    static func render(_ tables: [ProviderCapabilities]) -> String {
        tables.map(render).joined(separator: "\n\n")
    }

    /// One provider's block: its name, then aligned rows.
    static func render(_ table: ProviderCapabilities) -> String {
        let rows = table.rows.map { row in
            [
                row.mode.description, row.tier.description, row.model, ranges(row.durations), list(row.resolutions.map(\.description)),
                ranges(row.imageCounts), list(row.aspectRatios.map(\.description)), list(row.settings.map(settingName)),
            ]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let lines = all.map { cells in
            "  " + cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return ([table.provider.rawValue] + lines).joined(separator: "\n")
    }

    private static func settingName(_ field: JobField) -> String {
        switch field {
        case .backgroundMusic: return "bgm"
        case .offPeak: return "off-peak"
        case .callbackURL: return "callback"
        default: return field.rawValue
        }
    }

    private static func list(_ values: [String]) -> String {
        values.isEmpty ? "-" : values.joined(separator: ",")
    }

    /// `3-16`, `1-7`, `0`.
    private static func ranges(_ numbers: [Int]) -> String {
        guard let low = numbers.min(), let high = numbers.max() else { return "-" }
        if numbers.count == high - low + 1 { return low == high ? "\(low)" : "\(low)-\(high)" }
        return numbers.map(String.init).joined(separator: ",")
    }
}
