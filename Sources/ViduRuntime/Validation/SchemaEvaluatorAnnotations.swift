/// What the subschemas that succeeded at one instance location have evaluated there: the
/// annotations `unevaluatedProperties` and `unevaluatedItems` read (JSON Schema 2020-12 §11).
struct SchemaEvaluatorAnnotations {
    /// Property names evaluated by `properties`, `patternProperties` or `additionalProperties`.
    var properties: Set<String> = []
    /// True when every property has been evaluated (by `additionalProperties` or a nested
    /// `unevaluatedProperties`).
    var allProperties = false
    /// Items `0..<itemPrefix` have been evaluated by `prefixItems`.
    var itemPrefix = 0
    /// True when every item has been evaluated (by `items` or a nested `unevaluatedItems`).
    var allItems = false
    /// Item indexes that matched `contains`.
    var items: Set<Int> = []

    /// Adds what `other` evaluated.
    mutating func merge(_ other: SchemaEvaluatorAnnotations) {
        if !other.properties.isEmpty { properties.formUnion(other.properties) }
        allProperties = allProperties || other.allProperties
        itemPrefix = Swift.max(itemPrefix, other.itemPrefix)
        allItems = allItems || other.allItems
        if !other.items.isEmpty { items.formUnion(other.items) }
    }

    /// True when the property `name` has been evaluated.
    func hasEvaluated(property name: String) -> Bool {
        allProperties || properties.contains(name)
    }

    /// True when the item at `index` has been evaluated.
    func hasEvaluated(item index: Int) -> Bool {
        allItems || index < itemPrefix || items.contains(index)
    }
}
