/// Random OpenAPI 3.1 specs for the generator fuzz test (`GeneratorFuzzTests`), from a seed:
/// the same seed and index always give the same text.
///
/// Schemas use the keywords the generator supports (`type`, also as a nullable or multi-type
/// array; `properties`, `required`, `items`, `enum`, `const`, `oneOf`/`anyOf`/`allOf`, `$ref` to
/// any component, the schema itself included, so cycles are common; `additionalProperties`,
/// `minimum`/`maximum`/`minLength`/`maxLength`/`minItems`/`maxItems`, `pattern`, `default`,
/// `description`), and names chosen to collide: Swift keywords, the runtime's and the generated
/// code's own names, names that differ only in spelling, names with line breaks.
struct FuzzSpecBuilder {
    /// A small JSON value with ordered members, printed as JSON text.
    indirect enum JSON {
        case object([(String, JSON)])
        case array([JSON])
        case string(String)
        case number(Int)
        case bool(Bool)
        case null

        var text: String {
            switch self {
            case .object(let members): return "{" + members.map { Self.quoted($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
            case .array(let elements): return "[" + elements.map(\.text).joined(separator: ", ") + "]"
            case .string(let value): return Self.quoted(value)
            case .number(let value): return String(value)
            case .bool(let value): return value ? "true" : "false"
            case .null: return "null"
            }
        }

        static func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
    }

    /// SplitMix64: small, fast, and the same on every platform.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in `0..<bound`.
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
    }

    /// Component names; one in eight comes from `collidingComponentNames`.
    static let componentNames = [
        "Thing", "Node", "Item", "Tree", "Pet", "Task", "Body", "Value", "Default", "Result", "URL", "Set", "Fuzz", "Fuzz0",
        "class", "default", "init", "snake_case", "kebab-name", "3d", "a", "A", "a_b", "aB", "Thing_Item", "ThingItem",
        "Foundation", "Swift", "Violation",
        "CheckedBody", "ProviderDescriptor", "RequestExecutor", "CreateThingRequest", "CreateThingResponse", "Thing2",
    ]

    /// Names the generator must refuse (Swift's and the generated code's own).
    static let collidingComponentNames = [
        "Type", "Self", "Protocol", "Client", "Operations", "Webhooks", "Tasks", "JSONValue", "String", "Error", "Codable",
        "CodingKeys", "Data", "Optional", "self", "SchemaTable", "Array", "Indirect", "Hasher", "DecodingError",
        "ExtraFieldsInclusion", "ViduRuntime",
    ]

    /// Property (and query parameter) names; one in ten comes from `collidingPropertyNames`.
    static let propertyNames = [
        "id", "name", "type", "default", "class", "description", "value", "string", "int", "bool", "array", "object",
        "duration", "inclusion", "encoder", "decoder", "container", "key", "task_id", "image_urls", "540p", "16:9",
        "3d-mode", "a b", "é", "x-y", "indirect", "hasher", "decoding_error", "vidu_runtime", "foundation", "swift",
        "fuzz0", "body", "query", "json", "thing", "item", "node", "some", "any", "await", "true", "nil", "in", "is", "as",
        "throws", "super", "where", "return", "_x", "x1", "1", "parent", "children", "next", "items", "content", "data",
        "result", "error", "schema_table", "schema_root", "validate", "strings", "encode", "hash", "unknown", "raw_value",
        "all_cases", "string_value", "object_value",
    ]

    /// Property names that collide with Swift, the generated members, or one another.
    static let collidingPropertyNames = [
        "self", "Self", "init", "Type", "Protocol", "json_value", "jsonValue", "extra_fields", "hash_value", "hashValue",
        "checked_for_sending", "duration_default", "durationDefault", "duration_or_default", "duration_const", "taskId",
        "coding_keys", "CodingKeys", "", "_",
    ]

    /// Enum values; one in ten comes from `collidingEnumValues`.
    static let enumValues = [
        "a", "b", "default", "raw", "all", "init_value", "Type", "hash", "encode", "540p", "16:9", "A", " a", "a-b",
        "case", "3d-x", "1", "é", "line\nbreak", "description", "x", "y", "queued", "done",
    ]

    /// Enum values that collide with the generated members or one another.
    static let collidingEnumValues = ["unknown", "rawValue", "raw_value", "allCases", "all_cases", "init", "self", "jsonValue", "hash_value", "", "a_b", "aB"]

    static let descriptions = [
        "Plain.", "Two\nlines.", "CR LF\r\nlet x = 1", "Lone CR\rlet y = 2", "Separators\u{2028}let z = 3\u{2029}end",
        "Ends a block */ maybe", "Backticks ``` and \"quotes\" and \\ backslash", "Tab\tand NEL\u{85}next", "",
    ]

    static let patterns = ["^[a-z]+$", "^\\d{1,3}$", "^https?://\\S+$", "a|b", "^$", "^\\p{L}+$"]

    var random: Random
    let namespace: String
    private var components: [String] = []

    init(seed: UInt64, index: Int) {
        random = Random(state: seed &+ UInt64(index) &* 0x1000_0000_01B3)
        namespace = "Fuzz\(index)"
    }

    /// The spec's JSON text.
    mutating func spec() -> String {
        var names: [String] = []
        let count = 2 + random.below(6)
        while names.count < count {
            let name = random.chance(4) ? random.pick(Self.collidingComponentNames) : random.pick(Self.componentNames)
            if !names.contains(name) { names.append(name) }
        }
        components = names
        var schemas: [(String, JSON)] = []
        for name in names { schemas.append((name, schema(depth: 0))) }

        var operations: [(String, JSON)] = []
        var post: [(String, JSON)] = [("operationId", .string("createThing"))]
        if random.chance(50) { post.append(("summary", .string(random.pick(Self.descriptions)))) }
        let queryParameters = parameters()
        if !queryParameters.isEmpty { post.append(("parameters", .array(queryParameters))) }
        post.append(("requestBody", .object([
            ("required", .bool(random.chance(70))),
            ("content", .object([("application/json", .object([("schema", random.chance(70) ? reference() : schema(depth: 1))]))])),
        ])))
        post.append(("responses", .object([("200", .object([
            ("description", .string("OK")),
            ("content", .object([("application/json", .object([("schema", random.chance(70) ? reference() : schema(depth: 1))]))])),
        ]))])))
        operations.append(("post", .object(post)))

        return JSON.object([
            ("openapi", .string("3.1.0")),
            ("info", .object([("title", .string("Fuzz")), ("version", .string("1")), ("x-swift-namespace", .string(namespace))])),
            ("servers", .array([.object([("url", .string("https://api.example.com"))])])),
            ("security", .array([.object([("auth", .array([]))])])),
            ("paths", .object([("/v1/things", .object(operations))])),
            ("components", .object([
                ("securitySchemes", .object([("auth", .object([("type", .string("http")), ("scheme", .string("bearer"))]))])),
                ("schemas", .object(schemas)),
            ])),
        ]).text
    }

    private mutating func propertyName() -> String {
        random.chance(10) ? random.pick(Self.collidingPropertyNames) : random.pick(Self.propertyNames)
    }

    private mutating func enumValue() -> String {
        random.chance(10) ? random.pick(Self.collidingEnumValues) : random.pick(Self.enumValues)
    }

    private mutating func reference() -> JSON {
        .object([("$ref", .string("#/components/schemas/" + random.pick(components)))])
    }

    /// 0-3 query parameters of primitive types, names from the colliding pool.
    private mutating func parameters() -> [JSON] {
        var used: [String] = []
        var result: [JSON] = []
        for _ in 0..<random.below(4) {
            let name = propertyName()
            guard !name.isEmpty, !used.contains(name) else { continue }
            used.append(name)
            let schema: JSON
            switch random.below(5) {
            case 0: schema = .object([("type", .string("integer")), ("minimum", .number(1))])
            case 1: schema = .object([("type", .string("boolean"))])
            case 2: schema = .object([("type", .string("string")), ("enum", .array([.string("a"), .string("b")]))])
            case 3: schema = .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])
            default: schema = .object([("type", .string("string")), ("maxLength", .number(8))])
            }
            result.append(.object([("name", .string(name)), ("in", .string("query")), ("required", .bool(random.chance(30))), ("schema", schema)]))
        }
        return result
    }

    private mutating func schema(depth: Int, kind: Int? = nil) -> JSON {
        var members: [(String, JSON)] = []
        let leaf = depth >= 3
        // A component that is only a `$ref` is mostly a loop the reader refuses.
        switch kind ?? (depth == 0 ? random.pick([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 8, 9, 12, 13]) : random.below(leaf ? 6 : 14)) {
        case 0:
            members.append(("type", types("string")))
            if random.chance(30) { members.append(("pattern", .string(random.pick(Self.patterns)))) }
            if random.chance(30) { members.append(("minLength", .number(random.below(3)))) }
            if random.chance(30) { members.append(("maxLength", .number(3 + random.below(10)))) }
            if random.chance(20) { members.append(("default", .string(enumValue()))) }
        case 1:
            members.append(("type", types(random.chance(50) ? "integer" : "number")))
            if random.chance(40) { members.append(("minimum", .number(random.below(5)))) }
            if random.chance(40) { members.append(("maximum", .number(5 + random.below(100)))) }
            if random.chance(20) { members.append(("default", .number(random.below(5)))) }
        case 2:
            members.append(("type", types("boolean")))
            if random.chance(20) { members.append(("default", .bool(random.chance(50)))) }
        case 3:
            var values: [JSON] = []
            for _ in 0..<(1 + random.below(4)) { values.append(.string(enumValue())) }
            if random.chance(15) { values.append(.null) }
            if random.chance(10) { values.append(.number(random.below(3))) }
            if random.chance(60) { members.append(("type", .string("string"))) }
            members.append(("enum", .array(values)))
        case 4:
            switch random.below(4) {
            case 0: members.append(("const", .string(enumValue())))
            case 1: members.append(("const", .number(random.below(10))))
            case 2: members.append(("const", .bool(true)))
            default: members.append(("const", .null))
            }
        case 5, 6, 7:
            return reference()
        case 8, 9:
            members.append(("type", types("object")))
            var names: [String] = []
            for _ in 0..<(1 + random.below(4)) {
                let name = propertyName()
                if !names.contains(name) { names.append(name) }
            }
            var properties: [(String, JSON)] = []
            for name in names { properties.append((name, schema(depth: depth + 1))) }
            members.append(("properties", .object(properties)))
            let required = names.filter { _ in random.chance(40) }
            if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
            switch random.below(4) {
            case 0: members.append(("additionalProperties", .bool(false)))
            case 1: members.append(("additionalProperties", .bool(true)))
            default: break
            }
        case 10:
            members.append(("type", types("object")))
            members.append(("additionalProperties", schema(depth: depth + 1)))
        case 11:
            members.append(("type", types("array")))
            members.append(("items", schema(depth: depth + 1)))
            if random.chance(30) { members.append(("minItems", .number(random.below(2)))) }
            if random.chance(30) { members.append(("maxItems", .number(2 + random.below(5)))) }
        case 12:
            // Branches of different JSON types, mostly: the generator refuses two of one type.
            var branches: [JSON] = []
            var kinds = [0, 2, 8, 11]
            for _ in 0..<(2 + random.below(2)) {
                let kind = kinds.remove(at: random.below(kinds.count))
                branches.append(random.chance(25) ? reference() : schema(depth: depth + 1, kind: kind))
            }
            if random.chance(25) { branches.append(.object([("type", .string("null"))])) }
            members.append((random.chance(50) ? "oneOf" : "anyOf", .array(branches)))
        default:
            var parts: [JSON] = [random.chance(70) ? reference() : schema(depth: depth + 1)]
            if random.chance(50) { parts.append(schema(depth: depth + 1)) }
            members.append(("allOf", .array(parts)))
        }
        if random.chance(30) { members.append(("description", .string(random.pick(Self.descriptions)))) }
        if random.chance(10) { members.append(("title", .string(random.pick(Self.descriptions)))) }
        return .object(members)
    }

    /// `type` as one name, or an array with `null` or a second type.
    private mutating func types(_ type: String) -> JSON {
        switch random.below(10) {
        case 0, 1: return .array([.string(type), .string("null")])
        case 2: return .array([.string(type), .string(random.pick(["string", "integer", "boolean", "array"].filter { $0 != type }))])
        default: return .string(type)
        }
    }
}
