import ViduRuntime

/// Every ViduRuntime name that generated code refers to, in one place and always qualified
/// with the module (`ViduRuntime.SchemaTable`), so that no type a spec declares can hide it.
///
/// Type names are read from the types themselves (`String(reflecting:)`), so renaming a
/// runtime type fails to compile here instead of generating code that does not build.
/// Member names cannot be read that way; they are spelled once here, next to their type,
/// and the golden and compile tests of CodeGen check them.
public enum RuntimeSymbols {
    /// The qualified name of `type`: `ViduRuntime.SchemaTable`.
    static func name(_ type: Any.Type) -> String {
        let text = String(reflecting: type)
        return text.hasPrefix("any ") ? String(text.dropFirst(4)) : text
    }

    /// The unqualified-generic name of `type`: `ViduRuntime.CreatedTask` for `CreatedTask<Never>`.
    static func genericName(_ type: Any.Type) -> String {
        let text = name(type)
        return text.firstIndex(of: "<").map { String(text[..<$0]) } ?? text
    }

    /// The runtime module, as generated files import it.
    public static let module = "ViduRuntime"
    /// The import of every generated file (a `SourceFile.imports` entry): the runtime with its
    /// `Generated` SPI, which holds what only generated code calls (`RequestExecutor.perform`).
    public static let importLine = "@_spi(Generated) " + module

    // MARK: Values and validation
    public static let jsonValue = name(JSONValue.self)
    public static let jsonValueRepresentable = name((any JSONValueRepresentable).self)
    public static let jsonValueEncoder = name(JSONValueEncoder.self)
    public static let extraFieldsInclusion = name(ExtraFieldsInclusion.self)
    public static let schemaTable = name(SchemaTable.self)
    public static let schemaEntry = name(SchemaEntry.self)
    public static let schemaValidated = name((any SchemaValidated).self)
    public static let openStringEnum = name((any OpenStringEnum).self)
    /// The property wrapper that boxes a member holding its own type.
    public static let indirect = genericName(Indirect<Never>.self)

    /// The runtime's shared two-form values, by their forms in decoding order (kind and Swift type).
    static let twoFormValues: [(forms: [String], name: String)] = [
        (["integer Int", "string String"], name(IntegerOrString.self)),
        (["number Double", "string String"], name(NumberOrString.self)),
        (["string String", "array [String]"], name(StringOrStringArray.self)),
    ]

    /// The shared runtime type for a union of exactly these forms, if there is one.
    static func twoFormValue(_ forms: [(kind: String, type: String)]) -> String? {
        let key = forms.map { "\($0.kind) \($0.type)" }
        return twoFormValues.first { $0.forms == key }?.name
    }

    // MARK: Sending
    public static let viduError = name(ViduError.self)
    public static let requestExecutor = name(RequestExecutor.self)
    public static let clientConfiguration = name(ClientConfiguration.self)
    public static let providerDescriptor = name(ProviderDescriptor.self)
    public static let operationDescriptor = name(OperationDescriptor.self)
    public static let parameterDescriptor = name(ParameterDescriptor.self)
    public static let checkedBody = name(CheckedBody.self)
    public static let createdTask = genericName(CreatedTask<Never>.self)
    public static let multipartFile = name(MultipartFile.self)
    public static let binaryResponse = name(BinaryResponse.self)
    public static let downloadedFile = name(DownloadedFile.self)
    public static let downloadProgress = name(DownloadProgress.self)

    // MARK: Tasks
    public static let taskDescriptor = name(TaskDescriptor.self)
    public static let taskStatus = name(TaskStatus.self)
    public static let taskOutcome = name(TaskOutcome.self)
    public static let taskWaiter = name(TaskWaiter.self)
    public static let pollingPolicy = name(PollingPolicy.self)
}
