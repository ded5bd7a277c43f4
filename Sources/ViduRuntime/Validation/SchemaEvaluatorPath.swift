/// One step from an instance into a member or element, kept unrendered until a violation
/// needs its JSON pointer, so that valid instances cost no string building.
enum SchemaEvaluatorPathToken {
    case key(String)
    case index(Int)

    /// The JSON pointer of `tokens`, each escaped as RFC 6901 requires.
    static func pointer(_ tokens: [SchemaEvaluatorPathToken]) -> String {
        var pointer = ""
        for token in tokens {
            switch token {
            case .key(let key): pointer = JSONPointer.appending(pointer, key)
            case .index(let index): pointer = JSONPointer.appending(pointer, index)
            }
        }
        return pointer
    }
}
