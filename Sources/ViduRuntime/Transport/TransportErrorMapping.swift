import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Maps `URLError` codes to `TransportError`, deciding conservatively whether the request may
/// have reached the server: only failures that happen before a byte of the request can have
/// been sent count as `notSent`.
enum TransportErrorMapping {
    static func map(_ error: any Error, timedOut: Bool, cancelled: Bool, url: URL) -> TransportError {
        let target = URLSecurityRule.describe(url)
        if timedOut {
            return TransportError(kind: .timedOut, delivery: .mayHaveBeenReceived, message: "no complete response from \(target) within the timeout")
        }
        if cancelled {
            return TransportError(kind: .cancelled, delivery: .mayHaveBeenReceived, message: "cancelled")
        }
        guard let urlError = error as? URLError else {
            return TransportError(kind: .other, delivery: .mayHaveBeenReceived, message: "\(target): \(error.localizedDescription)")
        }
        let message = "\(target): URLError \(urlError.code.rawValue) \(urlError.localizedDescription)"
        switch urlError.code {
        case .cannotConnectToHost, .notConnectedToInternet, .internationalRoamingOff, .dataNotAllowed, .callIsActive:
            return TransportError(kind: .connectionFailed, delivery: .notSent, message: message)
        case .cannotFindHost, .dnsLookupFailed:
            return TransportError(kind: .hostNotFound, delivery: .notSent, message: message)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
             .clientCertificateRequired, .appTransportSecurityRequiresSecureConnection:
            return TransportError(kind: .tlsFailed, delivery: .notSent, message: message)
        case .badURL, .unsupportedURL:
            return TransportError(kind: .badURL, delivery: .notSent, message: message)
        case .timedOut:
            return TransportError(kind: .timedOut, delivery: .mayHaveBeenReceived, message: message)
        case .networkConnectionLost:
            return TransportError(kind: .connectionLost, delivery: .mayHaveBeenReceived, message: message)
        case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData, .zeroByteResource:
            return TransportError(kind: .badResponse, delivery: .mayHaveBeenReceived, message: message)
        case .cancelled:
            return TransportError(kind: .cancelled, delivery: .mayHaveBeenReceived, message: message)
        default:
            return TransportError(kind: .other, delivery: .mayHaveBeenReceived, message: message)
        }
    }
}
