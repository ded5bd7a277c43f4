// PLACEHOLDER: replaced by the validation-engine work before anything lands.
struct SchemaEvaluator {
    let table: SchemaTable
    mutating func violations(of instance: JSONValue, against root: Int) -> [Violation] { [] }
    mutating func isValid(_ instance: JSONValue, against root: Int) -> Bool { true }
}
