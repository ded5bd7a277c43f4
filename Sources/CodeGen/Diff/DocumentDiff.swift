import SpecKit

/// The parts of a document around the schemas: info, servers, auth, operations, parameters,
/// bodies, responses, webhooks, `x-task`, `x-rate-limits`. Schemas go to `SchemaDiff`.
struct DocumentDiff {
    let walker: SchemaDiff

    private func record(_ kind: ChangeKind, _ summary: String, side: ChangeSide, at location: String, wire: WireImpact, swift: SwiftImpact) {
        walker.record(SpecChange(provider: walker.provider, side: side, location: location, kind: kind, summary: summary, wire: wire, swift: swift))
    }

    func compare(_ old: SpecDocument, _ new: SpecDocument) {
        if old.namespace != new.namespace {
            record(.namespaceChanged, "namespace \(old.namespace) became \(new.namespace) (every generated type is renamed)",
                   side: .document, at: "info.x-swift-namespace", wire: .compatible, swift: .sourceBreaking)
        }
        if old.description != new.description {
            record(.descriptionChanged, "info.description changed", side: .document, at: "info.description", wire: .none, swift: .none)
        }
        compareServers(old.servers, new.servers)
        if old.auth.scheme != new.auth.scheme {
            record(.securitySchemeChanged, "Authorization scheme \(old.auth.scheme) became \(new.auth.scheme)", side: .request,
                   at: "components.securitySchemes", wire: .breaking, swift: .none)
        }
        compareRateLimits(old.rateLimits, new.rateLimits)
        for operation in new.operations where !old.operations.contains(where: { $0.operationID == operation.operationID }) {
            record(.operationAdded, "operation \(operation.method) \(operation.path) added (a new client method)", side: .request,
                   at: operation.operationID, wire: .relaxing, swift: .additive)
        }
        for operation in old.operations where !new.operations.contains(where: { $0.operationID == operation.operationID }) {
            record(.operationRemoved, "operation \(operation.method) \(operation.path) removed (its client method is gone)", side: .request,
                   at: operation.operationID, wire: .breaking, swift: .sourceBreaking)
        }
        for a in old.operations {
            guard let b = new.operations.first(where: { $0.operationID == a.operationID }) else { continue }
            compareOperation(a, b, owner: a.operationID, requestSide: .request, responseSide: .response)
        }
        for webhook in new.webhooks where !old.webhooks.contains(where: { $0.name == webhook.name }) {
            record(.webhookAdded, "webhook added (a new callback body type)", side: .response, at: "webhook \(webhook.name)", wire: .compatible, swift: .additive)
        }
        for webhook in old.webhooks where !new.webhooks.contains(where: { $0.name == webhook.name }) {
            record(.webhookRemoved, "webhook removed (its callback body type is gone)", side: .response, at: "webhook \(webhook.name)", wire: .compatible, swift: .sourceBreaking)
        }
        for a in old.webhooks {
            guard let b = new.webhooks.first(where: { $0.name == a.name }) else { continue }
            // A webhook is a request the provider sends: its body and headers are received.
            compareOperation(a.operation, b.operation, owner: "webhook \(a.name)", requestSide: .response, responseSide: .request)
        }
    }

    private func compareServers(_ old: [Server], _ new: [Server]) {
        for server in new where !old.contains(where: { $0.url == server.url }) {
            record(.serverAdded, "server \(server.url) added", side: .request, at: "servers", wire: .relaxing, swift: .none)
        }
        for server in old where !new.contains(where: { $0.url == server.url }) {
            record(.serverRemoved, "server \(server.url) removed" + (old.first?.url == server.url ? " (it was the default base URL)" : ""),
                   side: .request, at: "servers", wire: .breaking, swift: .none)
        }
    }

    private func compareRateLimits(_ old: RateLimits?, _ new: RateLimits?) {
        let pairs = [("requestsPerMinute", old?.requestsPerMinute, new?.requestsPerMinute), ("concurrentTasks", old?.concurrentTasks, new?.concurrentTasks)]
        for (name, a, b) in pairs where a != b {
            let text = "\(name) \(a.map(String.init) ?? "none") became \(b.map(String.init) ?? "none")"
            let tighter = a == nil || (b != nil && b! < a!)
            record(tighter ? .rateLimitTightened : .rateLimitRelaxed, text + " (enforced client-side)", side: .request,
                   at: "info.x-rate-limits", wire: tighter ? .breaking : .relaxing, swift: .none)
        }
    }

    private func compareOperation(_ a: Operation, _ b: Operation, owner: String, requestSide: ChangeSide, responseSide: ChangeSide) {
        if a.method != b.method {
            record(.operationMethodChanged, "method \(a.method) became \(b.method)", side: .request, at: owner, wire: .breaking, swift: .none)
        }
        if a.path != b.path {
            record(.operationPathChanged, "path \(a.path) became \(b.path)", side: .request, at: owner, wire: .breaking, swift: .none)
        }
        if a.summary != b.summary || a.description != b.description {
            record(.descriptionChanged, "summary or description changed", side: requestSide, at: owner, wire: .none, swift: .none)
        }
        compareParameters(a.parameters, b.parameters, owner: owner, side: requestSide)
        compareRequestBody(a.requestBody, b.requestBody, owner: owner, side: requestSide)
        compareResponses(a.responses, b.responses, owner: owner, side: responseSide)
        TaskDiff(walker: walker).compare(a.task, b.task, owner: owner)
    }

    private func compareParameters(_ old: [Parameter], _ new: [Parameter], owner: String, side: ChangeSide) {
        var unmatched = new
        var pairs: [(Parameter, Parameter)] = []
        var removed: [Parameter] = []
        for parameter in old {
            if let index = unmatched.firstIndex(where: { $0.name == parameter.name && $0.location == parameter.location })
                ?? unmatched.firstIndex(where: { $0.name == parameter.name }) {
                pairs.append((parameter, unmatched.remove(at: index)))
            } else {
                removed.append(parameter)
            }
        }
        for parameter in unmatched {
            record(.parameterAdded, (parameter.required ? "required " : "optional ") + "\(parameter.location.rawValue) parameter added",
                   side: side, at: "\(owner) parameter \(parameter.name)",
                   wire: parameter.required ? ChangeClassification.wire(.narrows, side: side, decoding: true) : .compatible,
                   swift: parameter.required ? .sourceBreaking : .additive)
        }
        for parameter in removed {
            record(.parameterRemoved, "\(parameter.location.rawValue) parameter removed", side: side, at: "\(owner) parameter \(parameter.name)",
                   wire: parameter.location == .path && side == .request ? .breaking : .compatible, swift: .sourceBreaking)
        }
        for (a, b) in pairs {
            let location = "\(owner) parameter \(b.name)"
            if a.location != b.location {
                record(.parameterLocationChanged, "moved from \(a.location.rawValue) to \(b.location.rawValue)", side: side, at: location,
                       wire: ChangeClassification.wire(.both, side: side, decoding: true), swift: .none)
            }
            if a.required != b.required {
                record(b.required ? .parameterBecameRequired : .parameterBecameOptional, b.required ? "became required" : "became optional",
                       side: side, at: location, wire: ChangeClassification.wire(b.required ? .narrows : .widens, side: side, decoding: true),
                       swift: .sourceBreaking)
            }
            if a.description != b.description {
                record(.descriptionChanged, "description changed", side: side, at: location, wire: .none, swift: .none)
            }
            walker.diff(a.schema, b.schema, at: SchemaSite(side: side, location: location, memberRequired: b.required))
        }
    }

    private func compareRequestBody(_ a: RequestBody?, _ b: RequestBody?, owner: String, side: ChangeSide) {
        let location = "\(owner) request body"
        switch (a, b) {
        case (nil, let body?):
            record(.requestBodyAdded, (body.required ? "required" : "optional") + " request body added", side: side, at: location,
                   wire: ChangeClassification.wire(body.required ? .narrows : .widens, side: side, decoding: true),
                   swift: body.required ? .sourceBreaking : .additive)
        case (_?, nil):
            record(.requestBodyRemoved, "request body removed", side: side, at: location,
                   wire: ChangeClassification.wire(.narrows, side: side, decoding: true), swift: .sourceBreaking)
        case (let a?, let b?):
            if a.required != b.required {
                record(b.required ? .requestBodyBecameRequired : .requestBodyBecameOptional, b.required ? "became required" : "became optional",
                       side: side, at: location, wire: ChangeClassification.wire(b.required ? .narrows : .widens, side: side, decoding: true),
                       swift: .sourceBreaking)
            }
            compareExamples(a.examples, b.examples, side: side, at: location)
            walker.diff(a.schema, b.schema, at: SchemaSite(side: side, location: location, memberRequired: b.required))
        case (nil, nil):
            break
        }
    }

    private func compareResponses(_ old: [Response], _ new: [Response], owner: String, side: ChangeSide) {
        for response in new where !old.contains(where: { $0.status == response.status }) {
            let success = response.status.hasPrefix("2")
            record(.responseAdded, "response \(response.status) added", side: side, at: "\(owner) response \(response.status)",
                   wire: .compatible, swift: success && response.schema != nil ? .additive : .none)
        }
        for response in old where !new.contains(where: { $0.status == response.status }) {
            let success = response.status.hasPrefix("2")
            record(.responseRemoved, "response \(response.status) removed", side: side, at: "\(owner) response \(response.status)",
                   wire: success ? ChangeClassification.wire(.narrows, side: side, decoding: true) : .compatible,
                   swift: success && response.schema != nil ? .sourceBreaking : .none)
        }
        for a in old {
            guard let b = new.first(where: { $0.status == a.status }) else { continue }
            let location = "\(owner) response \(a.status)"
            if a.description != b.description {
                record(.descriptionChanged, "description changed", side: side, at: location, wire: .none, swift: .none)
            }
            compareExamples(a.examples, b.examples, side: side, at: location)
            switch (a.schema, b.schema) {
            case (let x?, let y?):
                walker.diff(x, y, at: SchemaSite(side: side, location: location))
            case (nil, _?):
                record(.typeChanged, "a JSON body is now documented", side: side, at: location,
                       wire: ChangeClassification.wire(.narrows, side: side, decoding: true), swift: .sourceBreaking)
            case (_?, nil):
                record(.typeChanged, "no JSON body is documented any more", side: side, at: location,
                       wire: ChangeClassification.wire(.widens, side: side, decoding: true), swift: .sourceBreaking)
            case (nil, nil):
                break
            }
        }
    }

    private func compareExamples(_ old: [Example], _ new: [Example], side: ChangeSide, at location: String) {
        for example in new where !old.contains(where: { $0.name == example.name }) {
            record(.exampleAdded, "example \(example.name) added", side: side, at: location, wire: .none, swift: .none)
        }
        for example in old where !new.contains(where: { $0.name == example.name }) {
            record(.exampleRemoved, "example \(example.name) removed", side: side, at: location, wire: .none, swift: .none)
        }
        for a in old {
            guard let b = new.first(where: { $0.name == a.name }) else { continue }
            if SchemaFingerprint.text(a.value) != SchemaFingerprint.text(b.value) || a.summary != b.summary || a.description != b.description {
                record(.exampleChanged, "example \(a.name) changed", side: side, at: location, wire: .none, swift: .none)
            }
        }
    }
}
