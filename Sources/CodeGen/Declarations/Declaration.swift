/// A Swift declaration, described as data. `SwiftPrinter` turns it into text.
public indirect enum Declaration: Sendable, Hashable {
    case structure(TypeDeclaration)
    case enumeration(TypeDeclaration)
    case extensionOf(ExtensionDeclaration)
    case property(PropertyDeclaration)
    case function(FunctionDeclaration)
    case enumCase(EnumCaseDeclaration)
    case typeAlias(TypeAliasDeclaration)

    /// The name a property or function declares (a function's base name), if it is one.
    var memberName: String? {
        switch self {
        case .property(let value): return value.name
        case .function(let value):
            if case .function(let name, _) = value.kind { return name }
            return nil
        default: return nil
        }
    }

    /// The declaration's doc comment, if any.
    var doc: DocComment? {
        switch self {
        case .structure(let value): return value.doc
        case .enumeration(let value): return value.doc
        case .extensionOf: return nil
        case .property(let value): return value.doc
        case .function(let value): return value.doc
        case .enumCase(let value): return value.doc
        case .typeAlias(let value): return value.doc
        }
    }
}

/// `public`, `internal` (printed as nothing), `private`, `fileprivate`.
public enum AccessModifier: String, Sendable, Hashable {
    case `public`, `internal`, `private`, `fileprivate`

    /// The keyword followed by a space, or nothing for `internal`.
    var prefix: String { self == .internal ? "" : rawValue + " " }
}

/// The body of a `struct` or an `enum`: `Name: Conformances { members }`. Which keyword it
/// takes is said by the `Declaration` case that holds it (`.structure` or `.enumeration`).
public struct TypeDeclaration: Sendable, Hashable {
    public var doc: DocComment?
    public var access: AccessModifier
    public var name: String
    public var conformances: [String]
    public var members: [Declaration]

    public init(doc: DocComment? = nil, access: AccessModifier = .public, name: String, conformances: [String] = [], members: [Declaration] = []) {
        self.doc = doc
        self.access = access
        self.name = name
        self.conformances = conformances
        self.members = members
    }
}

/// `extension Type: Conformances { members }`.
public struct ExtensionDeclaration: Sendable, Hashable {
    public var extendedType: String
    public var conformances: [String]
    public var members: [Declaration]

    public init(extendedType: String, conformances: [String] = [], members: [Declaration] = []) {
        self.extendedType = extendedType
        self.conformances = conformances
        self.members = members
    }
}

/// A stored or computed property, or a `static let` constant.
public struct PropertyDeclaration: Sendable, Hashable {
    /// How the property is declared.
    public enum Kind: Sendable, Hashable {
        /// `var name: Type`, or `var name: Type = initial`.
        case variable(initial: Expression?)
        /// `let name: Type = value`.
        case constant(Expression)
        /// `let name: Type`, set by an initializer.
        case stored
        /// `var name: Type { body }`.
        case computed([Statement])
    }

    public var doc: DocComment?
    /// Attributes written before the declaration, such as a property wrapper (`@Indirect`).
    public var attributes: [String]
    public var access: AccessModifier
    public var isStatic: Bool
    public var name: String
    public var type: SwiftType
    public var kind: Kind

    public init(doc: DocComment? = nil, attributes: [String] = [], access: AccessModifier = .public, isStatic: Bool = false, name: String, type: SwiftType, kind: Kind = .variable(initial: nil)) {
        self.doc = doc
        self.attributes = attributes
        self.access = access
        self.isStatic = isStatic
        self.name = name
        self.type = type
        self.kind = kind
    }
}

/// One parameter of a function or initializer: `label name: Type = default`.
public struct ParameterDeclaration: Sendable, Hashable {
    /// The argument label; `"_"` for none, nil when it is the same as `name`.
    public var label: String?
    public var name: String
    public var type: SwiftType
    public var defaultValue: Expression?

    public init(label: String? = nil, name: String, type: SwiftType, defaultValue: Expression? = nil) {
        self.label = label
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// A function or an initializer, with a body of statements.
public struct FunctionDeclaration: Sendable, Hashable {
    /// `func name`, `init`, or `static func name`.
    public enum Kind: Sendable, Hashable {
        case function(name: String, isStatic: Bool)
        case initializer
    }

    public var doc: DocComment?
    public var access: AccessModifier
    public var kind: Kind
    public var parameters: [ParameterDeclaration]
    public var isAsync: Bool
    public var throwsErrors: Bool
    /// The typed-throws error type (`throws(ViduError)`), when the function throws one type.
    public var errorType: SwiftType?
    public var returnType: SwiftType?
    public var body: [Statement]

    public init(
        doc: DocComment? = nil, access: AccessModifier = .public, kind: Kind, parameters: [ParameterDeclaration] = [],
        isAsync: Bool = false, throwsErrors: Bool = false, errorType: SwiftType? = nil, returnType: SwiftType? = nil, body: [Statement]
    ) {
        self.errorType = errorType
        self.doc = doc
        self.access = access
        self.kind = kind
        self.parameters = parameters
        self.isAsync = isAsync
        self.throwsErrors = throwsErrors
        self.returnType = returnType
        self.body = body
    }
}

/// `case name`, `case name = "raw"`, or `case name(Type)`.
public struct EnumCaseDeclaration: Sendable, Hashable {
    public var doc: DocComment?
    public var name: String
    /// The raw value, for `CodingKeys`-style enums.
    public var rawValue: String?
    /// The associated value types, for unions.
    public var associatedTypes: [SwiftType]

    public init(doc: DocComment? = nil, name: String, rawValue: String? = nil, associatedTypes: [SwiftType] = []) {
        self.doc = doc
        self.name = name
        self.rawValue = rawValue
        self.associatedTypes = associatedTypes
    }
}

/// `typealias Name = Type`.
public struct TypeAliasDeclaration: Sendable, Hashable {
    public var doc: DocComment?
    public var access: AccessModifier
    public var name: String
    public var target: SwiftType

    public init(doc: DocComment? = nil, access: AccessModifier = .public, name: String, target: SwiftType) {
        self.doc = doc
        self.access = access
        self.name = name
        self.target = target
    }
}

/// One generated source file: a header comment, imports, and top-level declarations.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to the output directory, such as `Acme/Acme+Client.swift`.
    public var path: String
    public var header: [String]
    public var imports: [String]
    public var declarations: [Declaration]

    public init(path: String, header: [String], imports: [String], declarations: [Declaration]) {
        self.path = path
        self.header = header
        self.imports = imports
        self.declarations = declarations
    }
}
