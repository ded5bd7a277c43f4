/// HMAC-SHA256 (RFC 2104) over `SHA256`.
public enum HMACSHA256 {
    /// The 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block.append(contentsOf: repeatElement(0, count: SHA256.blockSize - block.count))
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        let innerDigest = inner.finalize()
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(innerDigest)
        return outer.finalize()
    }

    /// The code of the UTF-8 bytes of `message` under the UTF-8 bytes of `key`.
    public static func authenticationCode(key: String, message: String) -> [UInt8] {
        authenticationCode(key: Array(key.utf8), message: Array(message.utf8))
    }
}
