import SpecKit

/// The Swift type planned for one schema, with any nested types it needs.
struct ResolvedType {
    /// The type, without the optionality that `nullable` adds.
    var type: SwiftType
    /// True when the schema also allows `null`.
    var nullable: Bool
    /// Types to declare next to the use (nested in the parent struct).
    var nested: [Declaration]
    /// The shape the type was planned from.
    var shape: SchemaShape
    /// For open enums: the Swift case name of each raw value.
    var enumCases: [(raw: String, name: String)]
    /// For a reference to a component: the component's own shape, so that a default of a
    /// component that is a primitive (`ViduOffPeak = Bool`) can still be written as a literal.
    var componentShape: SchemaShape? = nil
}
