import Foundation

/// Turns any `Encodable` into a `JSONValue` directly, without writing and re-reading JSON text.
///
/// The result is what `JSONEncoder` with default settings would produce, read back as a
/// `JSONValue`:
/// - `encodeIfPresent` leaves out `nil` optionals; `encodeNil` writes `null`.
/// - Integers and floating-point numbers become `.number` (integers beyond ±2^53 lose
///   precision, as they do for any JSON reader that uses doubles). `Float` values keep
///   their shortest decimal form, as `JSONEncoder` writes them. NaN and infinities throw
///   `EncodingError.invalidValue`, as `JSONEncoder`'s default strategy does.
/// - `Date` uses its own `Encodable` conformance, which is `JSONEncoder`'s default
///   (`.deferredToDate`): seconds since 1 January 2001 as a number.
/// - `URL` becomes its `absoluteString`; `Data` becomes a Base64 string; `Decimal` a number —
///   each as `JSONEncoder` does by default.
/// - A value that encodes nothing at all becomes an empty object, as with `JSONEncoder`.
public struct JSONValueEncoder: Sendable {
    /// Values handed to `Encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// An encoder with no user info.
    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// The JSON value `value` encodes as.
    public func encode(_ value: some Encodable) throws -> JSONValue {
        try JSONValueSlotEncoder.content(of: value, codingPath: [], userInfo: userInfo).value
    }
}
