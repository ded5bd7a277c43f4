/// Hands out Swift names that are distinct within one scope and usable there: a name Swift or
/// the generated code cannot take gets `Value` appended (`Error` → `ErrorValue`, `self` →
/// `selfValue`), and a name already taken gets the first free number (`fooBar2`).
struct UniqueNames {
    private(set) var used: Set<String>

    init(reserved: Set<String> = []) {
        self.used = reserved
    }

    /// The name for `preferred`, now taken; `unusable` says which names may not be used as is.
    mutating func claim(_ preferred: String, unusable: (String) -> Bool = { _ in false }) -> String {
        var base = preferred
        if unusable(base) { base += "Value" }
        var candidate = base
        var number = 2
        while used.contains(candidate) || unusable(candidate) {
            candidate = base + String(number)
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
