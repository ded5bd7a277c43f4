import Foundation

/// One JSON value a provider's spec describes (a request body, a response body for one status,
/// a webhook body, or a parameter or callback header), with its compiled schema and the
/// generated type it decodes into.
///
/// Each generated provider lists its entries as `<Namespace>.schemaEntries`, so tools such as
/// `vidu validate` can check and decode raw JSON for any operation without knowing the types.
public struct SchemaEntry: Sendable {
    /// Which value of the operation this is.
    public enum Kind: Sendable, Hashable, CustomStringConvertible {
        /// The request body.
        case request
        /// The response body for `status` (`"200"`, `"4XX"`, `"default"`).
        case response(status: String)
        /// The body of the webhook called `name`.
        case webhook(name: String)
        /// The parameter `name` in `location` (`"path"`, `"query"` or `"header"`): of an operation,
        /// or, with a webhook's operationID, a header of that callback request.
        case parameter(name: String, location: String)

        /// `request`, `response 200`, `webhook videoDone`, `query parameter taskId`.
        public var description: String {
            switch self {
            case .request: return "request"
            case .response(let status): return "response \(status)"
            case .webhook(let name): return "webhook \(name)"
            case .parameter(let name, let location): return "\(location) parameter \(name)"
            }
        }
    }

    /// A string member that carries a JSON document (`contentMediaType: application/json` with a
    /// `contentSchema`), such as `/data/resultJson`.
    public struct EmbeddedJSON: Sendable {
        /// One step from the entry's root to the string.
        public enum Step: Sendable, Hashable {
            /// The object member with this name.
            case member(String)
            /// Every element of an array.
            case everyElement
        }

        /// Where the string is, from the entry's root.
        public var path: [Step]
        /// The content's root node in the entry's `schemaTable`.
        public var contentRoot: Int
        /// The generated Swift type the content decodes into, such as `Acme.AcmeResultJSON`.
        public var typeName: String
        /// Decodes the string's UTF-8 bytes into `typeName`'s type.
        public var decode: @Sendable (Data) throws -> any Sendable

        /// Creates a description of one JSON-in-string member.
        public init(path: [Step], contentRoot: Int, typeName: String, decode: @escaping @Sendable (Data) throws -> any Sendable) {
            self.path = path
            self.contentRoot = contentRoot
            self.typeName = typeName
            self.decode = decode
        }

        /// Describes one JSON-in-string member whose content decodes into `type`.
        @_spi(Generated)
        public init<Content: Decodable & Sendable>(path: [Step], contentRoot: Int, typeName: String, decoding type: Content.Type) {
            self.init(path: path, contentRoot: contentRoot, typeName: typeName, decode: { try JSONDecoder().decode(Content.self, from: $0) })
        }

        /// `/data/resultJson`; an array step reads `/*`.
        public var pointerPattern: String {
            path.reduce("") { pointer, step in
                switch step {
                case .member(let name): return JSONPointer.appending(pointer, name)
                case .everyElement: return pointer + "/*"
                }
            }
        }

        /// Every string at `path` in `instance`, with its concrete JSON pointer. Members that are
        /// absent or not strings are skipped: the body's own schema judges those.
        public func strings(in instance: JSONValue) -> [(pointer: String, text: String)] {
            var found: [(pointer: String, text: String)] = []
            func walk(_ value: JSONValue, _ steps: ArraySlice<Step>, _ pointer: String) {
                guard let step = steps.first else {
                    if case .string(let text) = value { found.append((pointer, text)) }
                    return
                }
                switch step {
                case .member(let name):
                    if case .object(let members) = value, let member = members[name] {
                        walk(member, steps.dropFirst(), JSONPointer.appending(pointer, name))
                    }
                case .everyElement:
                    if case .array(let elements) = value {
                        for (index, element) in elements.enumerated() {
                            walk(element, steps.dropFirst(), JSONPointer.appending(pointer, index))
                        }
                    }
                }
            }
            walk(instance, path[...], "")
            return found
        }
    }

    /// The operationId (for a webhook: its operationId, or its name when it has none).
    public var operationID: String
    public var kind: Kind
    /// The provider's compiled schemas.
    public var schemaTable: SchemaTable
    /// The value's root node in `schemaTable`.
    public var root: Int
    /// The generated Swift type the value decodes into, such as `Acme.CreateVideoRequest`
    /// (for a parameter: the type of the client method's argument, or `String` for a header).
    public var typeName: String
    /// Decodes JSON bytes into `typeName`'s type.
    public var decode: @Sendable (Data) throws -> any Sendable
    /// Every JSON-in-string member of the value; empty for most entries.
    public var embeddedJSON: [EmbeddedJSON]

    /// Creates an entry.
    public init(
        operationID: String, kind: Kind, schemaTable: SchemaTable, root: Int, typeName: String,
        decode: @escaping @Sendable (Data) throws -> any Sendable, embeddedJSON: [EmbeddedJSON] = []
    ) {
        self.operationID = operationID
        self.kind = kind
        self.schemaTable = schemaTable
        self.root = root
        self.typeName = typeName
        self.decode = decode
        self.embeddedJSON = embeddedJSON
    }

    /// Creates an entry whose value decodes into `type` (as generated code declares them).
    @_spi(Generated)
    public init<Value: Decodable & Sendable>(
        operationID: String, kind: Kind, schemaTable: SchemaTable, root: Int, typeName: String, decoding type: Value.Type,
        embeddedJSON: [EmbeddedJSON] = []
    ) {
        self.init(
            operationID: operationID, kind: kind, schemaTable: schemaTable, root: root, typeName: typeName,
            decode: { try JSONDecoder().decode(Value.self, from: $0) }, embeddedJSON: embeddedJSON)
    }

    /// Every violation of `json` against this value's schema, each identical violation once
    /// (see `SchemaTable.validate(_:against:)`); empty when it conforms.
    public func validate(_ json: JSONValue) -> [Violation] {
        schemaTable.validate(json, against: root)
    }
}

extension Array where Element == SchemaEntry {
    /// The entry for `operationID` and `kind`, if the spec describes that value.
    public func entry(operationID: String, kind: SchemaEntry.Kind) -> SchemaEntry? {
        first { $0.operationID == operationID && $0.kind == kind }
    }

    /// The response entry of `operationID` for HTTP `status`: the exact status (`"200"`), then
    /// its class (`"2XX"`), then `"default"`; nil when the spec describes none of them.
    public func responseEntry(operationID: String, status: Int) -> SchemaEntry? {
        for name in [String(status), "\(status / 100)XX", "default"] {
            if let entry = entry(operationID: operationID, kind: .response(status: name)) { return entry }
        }
        return nil
    }

    /// The entry of the parameter (or callback header) `name` of `operationID`, in any location.
    /// Header names compare case-insensitively, as HTTP compares them.
    public func parameterEntry(operationID: String, name: String) -> SchemaEntry? {
        first { entry in
            guard entry.operationID == operationID, case .parameter(let parameter, let location) = entry.kind else { return false }
            return location == "header" ? parameter.lowercased() == name.lowercased() : parameter == name
        }
    }
}
