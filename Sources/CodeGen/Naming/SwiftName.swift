/// Turns spec names (`image_urls`, `viduq3-mix`, `540p`, `16:9`) into Swift names.
///
/// The rule, applied the same way to properties, cases and types:
/// 1. Split into words at every character that is not a letter or digit, and where a lower-case
///    letter or digit is followed by an upper-case one (`taskId` → `task`, `Id`). A run of capitals
///    stays one word except for its last letter before a lower-case one (`URLValue` → `URL`, `Value`).
///    Digits stay with the letters around them (`viduq3` is one word).
/// 2. Join the words in lowerCamelCase (members) or UpperCamelCase (types). The initialisms
///    `id`, `ids`, `url`, `urls`, `uri`, `json`, `api`, `http`, `https` are written in capitals
///    unless they start a member name (`task_id` → `taskID`, `image_urls` → `imageURLs`).
/// 3. Values that start with a digit: `<digits><letters>` becomes `<letters><digits>`
///    (`540p` → `p540`, `4k` → `k4`); `<digits>:<digits>` becomes `ratio<A>x<B>` (`16:9` →
///    `ratio16x9`); anything else gets a leading underscore (`3d-mode` → `_3dMode`).
/// 4. An empty name becomes `empty`. Reserved words get backticks (`` `default` ``).
public enum SwiftName {
    static let initialisms: Set<String> = ["id", "ids", "url", "urls", "uri", "json", "api", "http", "https"]

    /// The words of `text`, following rule 1.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if character.isUppercase, let previous = current.last {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) {
                    flush()
                }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// The lowerCamelCase member name for `text`, without backticks.
    public static func member(_ text: String) -> String {
        let (prefix, rest) = leadingDigitRule(text)
        let parts = words(rest)
        guard !parts.isEmpty else { return prefix.isEmpty ? "empty" : prefix }
        var result = prefix
        for (index, word) in parts.enumerated() {
            if index == 0 && prefix.isEmpty {
                result += isAllUppercase(word) && word.count > 1 ? word.lowercased() : lowerFirst(word)
            } else {
                result += upperWord(word)
            }
        }
        return result
    }

    /// The UpperCamelCase type name for `text`.
    public static func type(_ text: String) -> String {
        let (prefix, rest) = leadingDigitRule(text)
        let parts = words(rest)
        guard !parts.isEmpty else { return prefix.isEmpty ? "Empty" : upperFirst(prefix) }
        let joined = parts.map(upperWord).joined()
        return prefix.isEmpty ? joined : upperFirst(prefix) + joined
    }

    /// The name of a type nested in a generated struct for the property `text`: its
    /// UpperCamelCase name, with `Value` appended when that would be a keyword or a name the
    /// generated code needs (`type` → `TypeValue`, `error` → `ErrorValue`), or when it starts
    /// with `_` and so is the property's own name (`3d-mode` → `_3dModeValue`).
    public static func nestedType(_ text: String) -> String {
        let name = type(text)
        return SwiftKeywords.unusableAsType.contains(name) || SwiftKeywords.reserved.contains(name) || name.hasPrefix("_") ? name + "Value" : name
    }

    /// `name` in backticks when it is a reserved word.
    public static func escaped(_ name: String) -> String {
        SwiftKeywords.reserved.contains(name) ? "`\(name)`" : name
    }

    /// Rule 3: returns a prefix already converted and the remaining text to convert.
    private static func leadingDigitRule(_ text: String) -> (String, String) {
        guard let first = text.first, first.isASCII, first.isNumber else { return ("", text) }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let after = text.dropFirst(digits.count)
        if !after.isEmpty, after.allSatisfy({ $0.isASCII && $0.isLetter }) {
            return (after.lowercased() + digits, "")
        }
        if after.first == ":" {
            let second = after.dropFirst()
            if !second.isEmpty, second.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return ("ratio\(digits)x\(second)", "")
            }
        }
        let converted = words(text)
        return ("_" + (converted.first ?? ""), converted.dropFirst().joined(separator: "-"))
    }

    private static func upperWord(_ word: String) -> String {
        initialisms.contains(word.lowercased()) ? upperInitialism(word) : upperFirst(isAllUppercase(word) && word.count > 1 ? word.lowercased() : word)
    }

    /// `ids` → `IDs`, `urls` → `URLs`, `url` → `URL`.
    private static func upperInitialism(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("s") && lower != "https" { return lower.dropLast().uppercased() + "s" }
        return lower.uppercased()
    }

    private static func isAllUppercase(_ word: String) -> Bool {
        word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    private static func upperFirst(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func lowerFirst(_ word: String) -> String {
        word.prefix(1).lowercased() + word.dropFirst()
    }
}
