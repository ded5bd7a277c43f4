import Foundation

/// How far a download has come.
public struct DownloadProgress: Sendable, Hashable {
    /// Bytes written so far.
    public var bytesReceived: Int64
    /// The `Content-Length`, when the server sent one.
    public var bytesExpected: Int64?

    /// Creates a progress report.
    public init(bytesReceived: Int64, bytesExpected: Int64?) {
        self.bytesReceived = bytesReceived
        self.bytesExpected = bytesExpected
    }

    /// `bytesReceived / bytesExpected`, when the size is known.
    public var fractionCompleted: Double? {
        guard let expected = bytesExpected, expected > 0 else { return nil }
        return Double(bytesReceived) / Double(expected)
    }
}

/// A finished download.
public struct DownloadedFile: Sendable, Hashable {
    /// Where the file now is.
    public var location: URL
    /// Its size in bytes.
    public var byteCount: Int64
    /// The response's `Content-Type`, if any.
    public var contentType: String?

    /// Creates a description of a finished download.
    public init(location: URL, byteCount: Int64, contentType: String?) {
        self.location = location
        self.byteCount = byteCount
        self.contentType = contentType
    }
}
