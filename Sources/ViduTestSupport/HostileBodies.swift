import Foundation

/// Bodies a hostile or broken server sends, built in memory: gzip streams (a decompression
/// bomb, or any payload), minimal MP4 data, and responses with a `Content-Encoding`.
public enum HostileBodies {
    /// A gzip stream that inflates to `count` zero bytes, about 600 times smaller than that:
    /// one literal, then length-258 distance-1 copies, in one fixed-Huffman deflate block.
    public static func gzipBomb(decodedBytes count: Int) -> Data {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE = fixed Huffman
        bits.writeHuffman(0x30, length: 8)  // literal 0x00: codes 0-143 are 00110000 + value
        var remaining = count - 1
        while remaining >= 258 {
            bits.writeHuffman(0b1100_0101, length: 8)  // length code 285 = 258 bytes
            bits.writeHuffman(0, length: 5)  // distance code 0 = 1
            remaining -= 258
        }
        for _ in 0..<max(remaining, 0) { bits.writeHuffman(0x30, length: 8) }
        bits.writeHuffman(0, length: 7)  // end of block (code 256)
        return wrap(deflate: bits.flushed, crc: crc32(repeating: 0, count: count), size: count)
    }

    /// `payload` as a gzip stream of stored (uncompressed) deflate blocks.
    public static func gzip(_ payload: Data) -> Data {
        var deflate = Data()
        let bytes = [UInt8](payload)
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + length >= bytes.count ? 1 : 0
            deflate.append(final)
            deflate.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            deflate.append(contentsOf: bytes[offset..<offset + length])
            offset += length
        } while offset < bytes.count
        return wrap(deflate: [UInt8](deflate), crc: crc32(bytes), size: bytes.count)
    }

    /// A complete HTTP/1.1 response: `status`, `headers` and `body` with its length.
    public static func response(status: Int, headers: [(String, String)], body: Data) -> Data {
        var head = "HTTP/1.1 \(status) Status\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + body
    }

    /// The first bytes of an MP4 file (an `ftyp` box), then `size - 24` zero bytes.
    public static func mp4(size: Int) -> Data {
        var data = Data([0, 0, 0, 24]) + Data("ftypisom".utf8) + Data([0, 0, 2, 0]) + Data("isommp41".utf8)
        data.append(Data(count: max(size - data.count, 0)))
        return data
    }

    private static func wrap(deflate: [UInt8], crc: UInt32, size: Int) -> Data {
        var data = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])
        data.append(contentsOf: deflate)
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((crc >> UInt32(shift)) & 0xFF)) }
        let size32 = UInt32(truncatingIfNeeded: size)
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((size32 >> UInt32(shift)) & 0xFF)) }
        return data
    }

    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static func crc32(repeating byte: UInt8, count: Int) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for _ in 0..<count { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// Deflate's bit order: values least significant bit first, Huffman codes most first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var current: UInt8 = 0
        var used = 0

        mutating func write(_ value: UInt32, count: Int) {
            for index in 0..<count { push(UInt8((value >> UInt32(index)) & 1)) }
        }

        mutating func writeHuffman(_ code: UInt32, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { push(UInt8((code >> UInt32(index)) & 1)) }
        }

        private mutating func push(_ bit: UInt8) {
            current |= bit << UInt8(used)
            used += 1
            if used == 8 {
                bytes.append(current)
                current = 0
                used = 0
            }
        }

        // Flushes the partial byte when read.
        var flushed: [UInt8] { used > 0 ? bytes + [current] : bytes }
    }
}
