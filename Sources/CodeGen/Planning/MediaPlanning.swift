import SpecKit

/// How a client method sends a body and reads an answer that are not plain JSON: forms
/// (`multipart/form-data`, `application/x-www-form-urlencoded`), bytes and text.
struct MediaPlanning {
    let context: PlanningContext

    /// The Swift type of the body argument and the `body:` expression of `perform`, or nil
    /// when the body has no planned type.
    static func requestBody(_ body: RequestBody, of operation: Operation, models: PlannedModels) -> (type: String, argument: String)? {
        let optional = !body.required
        let kind = MediaType.kind(of: body.mediaType)
        switch kind {
        case .json, .multipartForm, .urlEncodedForm:
            guard let type = models.bodies.first(where: { $0.operationID == operation.operationID && $0.kind == .request })?.typeName else { return nil }
            // The JSON that is validated is the JSON that is sent.
            let validated = Set(models.validatedTypes.map(\.typeName)).contains(type)
            let check = validated ? "checkedForSending()" : "uncheckedForSending()"
            guard kind != .json else { return (type, "body" + (optional ? "?" : "") + "." + check) }
            let encoding = kind == .multipartForm ? ".multipart" : ".urlEncodedForm"
            if optional { return (type, "body.map { $0.\(check).encoded(as: \(encoding), from: $0) }") }
            return (type, "body.\(check).encoded(as: \(encoding), from: body)")
        case .text:
            let raw = "\(RuntimeSymbols.checkedBody).raw(Foundation.Data(%@.utf8), contentType: \(ExpressionPrinter.stringLiteral(contentType(body.mediaType))))"
            if optional { return ("String", "body.map { " + raw.replacing("%@", with: "$0") + " }") }
            return ("String", raw.replacing("%@", with: "body"))
        case .binary, .eventStream:
            let raw = "\(RuntimeSymbols.checkedBody).raw(%@, contentType: \(ExpressionPrinter.stringLiteral(contentType(body.mediaType))))"
            if optional { return ("Foundation.Data", "body.map { " + raw.replacing("%@", with: "$0") + " }") }
            return ("Foundation.Data", raw.replacing("%@", with: "body"))
        }
    }

    /// The `Content-Type` sent for `mediaType`: as written, or `application/octet-stream`
    /// for a range such as `image/*`.
    static func contentType(_ mediaType: String) -> String {
        mediaType.contains("*") ? "application/octet-stream" : mediaType
    }

    /// For an operation whose success answer is not JSON: the `perform` variant, its return
    /// type, the `Accept` it sends, and whether the answer is a file the client can also
    /// stream to disk (`performDownload`, the method's `to:` form).
    func answer(of operation: Operation) -> (method: String, type: String, accept: String, downloadable: Bool)? {
        guard let response = operation.responses.first(where: { $0.status.hasPrefix("2") && $0.preferredMediaType != nil }),
              let mediaType = response.preferredMediaType else { return nil }
        let accept = ([mediaType] + response.otherMediaTypes).joined(separator: ", ")
        switch MediaType.kind(of: mediaType) {
        case .json, .multipartForm, .urlEncodedForm: return nil
        case .text: return ("performText", "String", accept, false)
        case .binary: return ("performBinary", RuntimeSymbols.binaryResponse, accept, true)
        case .eventStream: return ("performBinary", RuntimeSymbols.binaryResponse, accept, false)
        }
    }

    /// Warns when a success answer may be a server-sent event stream (`text/event-stream`),
    /// which the client cannot deliver as it arrives.
    func warnAboutEventStreams(of operation: Operation) {
        for response in operation.responses where response.status.hasPrefix("2") {
            guard let mediaType = response.preferredMediaType else { continue }
            if MediaType.kind(of: mediaType) == .eventStream {
                context.warn(
                    "operation '\(operation.operationID)' answers \(response.status) with text/event-stream (server-sent events): the client reads the stream to its end and returns its bytes (BinaryResponse, bounded by maxResponseBytes); events are not delivered as they arrive and not parsed",
                    at: operation.source)
            } else if response.otherMediaTypes.contains(where: { MediaType.kind(of: $0) == .eventStream }) {
                context.warn(
                    "operation '\(operation.operationID)' may also answer \(response.status) with text/event-stream (server-sent events): the client asks for \(MediaType.base(mediaType)) only, so a streamed answer (such as one requested with `stream: true`) is not supported and fails to decode",
                    at: operation.source)
            }
        }
    }
}
