import Foundation

/// Checks live response and webhook bodies against their providers' specs and reports each
/// distinct drift once: undocumented members, strings outside `x-known-values`, second forms
/// of two-form values, documented fields missing from a success body, and constraint
/// violations (see `Drift.Kind`).
///
/// Opt in with `ClientConfiguration.driftObserver`: every response the `RequestExecutor`
/// delivers (a 2xx body, or a non-2xx body that ends the call) is then also checked against
/// the provider's `SchemaEntry` for its status (exact, then `2XX`-style, then `default`).
/// The runtime never receives webhooks itself: a callback handler passes each body to
/// `observeWebhook(provider:name:body:redacting:)`. With no observer configured the runtime
/// does no drift work at all.
///
/// Two drifts are the same when provider, operationId (or webhook name), pointer and kind
/// are equal; each is reported once per observer, however many requests show it. The check
/// runs synchronously on the task that received the body (its cost is measured in
/// `Tests/Benchmarks/bench.py --only drift`). Share one observer across clients and tasks.
public final class DriftObserver: Sendable {
    /// The schema entries of each provider, by provider name (`ProviderDescriptor.name`).
    public let schemas: [String: [SchemaEntry]]
    private let onDrift: (@Sendable (Drift) -> Void)?
    private let state = LockedState(State())

    private struct State {
        var seen: Set<String> = []
        var drifts: [Drift] = []
    }

    /// Bodies checked by any observer in this process; tests read it to show that no drift
    /// work happens without an observer.
    static let bodiesChecked = LockedState(0)

    /// An observer for the providers in `schemas` (such as `["acme": Acme.schemaEntries]`, or every provider of `ProviderRegistry.all`).
    ///
    /// - Parameter onDrift: called once with each new drift, on the task that found it, as it
    ///   is found; nil collects them for `drifts` only.
    public init(schemas: [String: [SchemaEntry]], onDrift: (@Sendable (Drift) -> Void)? = nil) {
        self.schemas = schemas
        self.onDrift = onDrift
    }

    /// An observer for one provider.
    public convenience init(provider: String, entries: [SchemaEntry], onDrift: (@Sendable (Drift) -> Void)? = nil) {
        self.init(schemas: [provider: entries], onDrift: onDrift)
    }

    /// Every distinct drift reported so far, in the order first seen.
    public var drifts: [Drift] {
        state.withLock { $0.drifts }
    }

    /// Checks the response body of `operationID` with HTTP `status`. A body that is empty,
    /// not JSON, or for a status the spec does not describe is skipped (the decoder reports
    /// it). Documented fields missing are reported for 2xx bodies only.
    ///
    /// - Returns: the drifts this body showed that had not been reported before.
    @discardableResult
    public func observeResponse(provider: String, operationID: String, status: Int, body: Data, redacting key: APIKey? = nil) -> [Drift] {
        guard let entries = schemas[provider], let entry = entries.responseEntry(operationID: operationID, status: status) else {
            return []
        }
        return observe(body, entry: entry, provider: provider, label: operationID, success: (200..<300).contains(status), key: key)
    }

    /// Checks the body of the webhook `name` (the callback your server received).
    ///
    /// - Returns: the drifts this body showed that had not been reported before.
    @discardableResult
    public func observeWebhook(provider: String, name: String, body: Data, redacting key: APIKey? = nil) -> [Drift] {
        guard let entry = schemas[provider]?.first(where: { $0.kind == .webhook(name: name) }) else { return [] }
        return observe(body, entry: entry, provider: provider, label: name, success: true, key: key)
    }

    private func observe(_ body: Data, entry: SchemaEntry, provider: String, label: String, success: Bool, key: APIKey?) -> [Drift] {
        guard !body.isEmpty, let json = try? JSONText.parse(body) else { return [] }
        Self.bodiesChecked.withLock { $0 += 1 }
        let findings = DriftDetector.findings(in: json, entry: entry, reportsMissingMembers: success)
        let fresh: [DriftDetector.Finding] = state.withLock { state in
            findings.filter { finding in
                state.seen.insert(Self.identity(provider, label, finding.pointer, finding.kind)).inserted
            }
        }
        guard !fresh.isEmpty else { return [] }
        let drifts = fresh.map { finding in
            Drift(
                provider: provider, operationID: label, kind: finding.kind,
                pointer: TerminalText.safe(finding.pointer, redacting: key, limit: 512),
                sample: finding.value.map { DriftSample.text($0, redacting: key) } ?? "",
                message: TerminalText.safe(SignedURLRedaction.redact(finding.message), redacting: key, limit: 512))
        }
        state.withLock { $0.drifts += drifts }
        if let onDrift { drifts.forEach(onDrift) }
        return drifts
    }

    private static func identity(_ provider: String, _ label: String, _ pointer: String, _ kind: Drift.Kind) -> String {
        "\(provider)\u{0}\(label)\u{0}\(pointer)\u{0}\(kind.rawValue)"
    }
}
