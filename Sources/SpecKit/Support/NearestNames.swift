/// Picks the names closest to a misspelled one, for "did you mean" hints.
enum NearestNames {
    /// Up to `limit` of `candidates`, nearest to `name` first: those sharing its first
    /// letters before the others, then by edit distance, then by name.
    static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = name.lowercased()
        return Set(candidates)
            .map { candidate -> (name: String, prefix: Int, distance: Int) in
                let other = candidate.lowercased()
                let shared = zip(lowered, other).prefix { $0 == $1 }.count
                return (candidate, -min(shared, 3), distance(lowered, other))
            }
            .sorted { ($0.prefix, $0.distance, $0.name) < ($1.prefix, $1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }

    /// The candidate close enough to `name` to be a likely typo, if any.
    static func likelyTypo(of name: String, in candidates: [String]) -> String? {
        guard let best = nearest(to: name, in: candidates, limit: 1).first else { return nil }
        let allowed = max(1, min(name.count, best.count) / 3)
        return distance(name.lowercased(), best.lowercased()) <= allowed ? best : nil
    }

    /// The candidates that start with the same `minimum` or more letters as `name`, sorted.
    static func sharingPrefix(with name: String, in candidates: [String], minimum: Int = 5) -> [String] {
        let lowered = name.lowercased()
        return candidates.filter { zip(lowered, $0.lowercased()).prefix { $0 == $1 }.count >= minimum }.sorted()
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of two
    /// neighbouring characters as one edit (optimal string alignment).
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in 0...left.count { table[i][0] = i }
        for j in 0...right.count { table[0][j] = j }
        for i in 1...left.count {
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[left.count][right.count]
    }
}
