/// Picks the names closest to a misspelled one, for "did you mean" hints.
enum NearestNames {
    /// Up to `limit` of `candidates`, nearest to `name` first (ties by name).
    static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = name.lowercased()
        return Set(candidates)
            .map { (name: $0, distance: distance(lowered, $0.lowercased())) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }

    /// The candidate close enough to `name` to be a likely typo, if any.
    static func likelyTypo(of name: String, in candidates: [String]) -> String? {
        guard let best = nearest(to: name, in: candidates, limit: 1).first else { return nil }
        let allowed = max(1, min(name.count, best.count) / 3)
        return distance(name.lowercased(), best.lowercased()) <= allowed ? best : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
