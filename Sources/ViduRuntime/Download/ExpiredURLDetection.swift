/// Decides whether a failed download means that a presigned result URL has expired.
enum ExpiredURLDetection {
    /// Statuses that presigned storage uses for a URL that no longer works.
    static let expiredStatuses: Set<Int> = [403, 404, 410]

    /// S3-style error bodies that say so whatever the status.
    static let expiredMarkers = ["<Code>AccessDenied</Code>", "Request has expired", "<Code>ExpiredToken</Code>", "SignatureDoesNotMatch"]

    /// True when `status` and `body` mean that the URL has expired.
    static func isExpired(status: Int, body: String) -> Bool {
        if expiredStatuses.contains(status) { return true }
        guard (400..<500).contains(status) else { return false }
        let lowered = body.lowercased()
        return expiredMarkers.contains { lowered.contains($0.lowercased()) }
    }
}
