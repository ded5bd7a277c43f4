import Foundation

extension SchemaReader {
    /// Reads one keyword of a schema object into `fields`, or reports why it cannot.
    mutating func readKeyword(_ member: JSONNode.Member, in schemaNode: JSONNode, schemaPointer: String, into fields: inout SchemaFields) {
        let key = member.key
        let value = member.value
        let pointer = JSONPointerText.appending(key, to: schemaPointer)
        switch key {
        // Identity and references
        case "$schema": readDialect(value, pointer: pointer)
        case "$id": break  // read first, by readID
        case "$anchor": fields.anchor = anchorName(value, keyword: key, pointer: pointer)
        case "$dynamicAnchor": fields.dynamicAnchor = anchorName(value, keyword: key, pointer: pointer)
        case "$ref": fields.ref = reference(value, keyword: key, pointer: pointer, schemaPointer: schemaPointer)
        case "$dynamicRef": fields.dynamicRef = reference(value, keyword: key, pointer: pointer, schemaPointer: schemaPointer)
        case "$defs": fields.defs = schemaMap(value, keyword: key, pointer: pointer)
        case "$comment": _ = string(value, keyword: key, pointer: pointer)
        case "$vocabulary": readVocabulary(value, pointer: pointer)
        // Annotations
        case "title": fields.title = string(value, keyword: key, pointer: pointer)
        case "description": fields.description = string(value, keyword: key, pointer: pointer)
        case "default": fields.defaultValue = value
        case "examples": fields.examples = array(value, keyword: key, pointer: pointer) ?? []
        case "deprecated": fields.deprecated = bool(value, keyword: key, pointer: pointer) ?? false
        case "readOnly": fields.readOnly = bool(value, keyword: key, pointer: pointer) ?? false
        case "writeOnly": fields.writeOnly = bool(value, keyword: key, pointer: pointer) ?? false
        case "format": fields.format = string(value, keyword: key, pointer: pointer)
        case "contentMediaType": fields.contentMediaType = string(value, keyword: key, pointer: pointer)
        case "contentEncoding": fields.contentEncoding = string(value, keyword: key, pointer: pointer)
        case "contentSchema": fields.contentSchema = subschema(value, keyword: key, pointer: pointer)
        // Any instance
        case "type": fields.types = typeNames(value, pointer: pointer)
        case "enum": fields.enumValues = enumValues(value, pointer: pointer)
        case "const": fields.constValue = value
        // Numbers
        case "minimum": fields.minimum = number(value, keyword: key, pointer: pointer)
        case "maximum": fields.maximum = number(value, keyword: key, pointer: pointer)
        case "exclusiveMinimum":
            if let flag = value.bool, openAPIVersion != nil {
                fields.exclusiveMinimumFlag = booleanExclusiveBound(flag, keyword: key, node: value, pointer: pointer)
            } else {
                fields.exclusiveMinimum = exclusiveBound(value, keyword: key, pointer: pointer)
            }
        case "exclusiveMaximum":
            if let flag = value.bool, openAPIVersion != nil {
                fields.exclusiveMaximumFlag = booleanExclusiveBound(flag, keyword: key, node: value, pointer: pointer)
            } else {
                fields.exclusiveMaximum = exclusiveBound(value, keyword: key, pointer: pointer)
            }
        case "multipleOf": fields.multipleOf = positiveNumber(value, keyword: key, pointer: pointer)
        // Strings
        case "minLength": fields.minLength = count(value, keyword: key, pointer: pointer)
        case "maxLength": fields.maxLength = count(value, keyword: key, pointer: pointer)
        case "pattern": fields.pattern = regularExpression(value, keyword: key, pointer: pointer)
        // Arrays
        case "prefixItems": fields.prefixItems = schemaArray(value, keyword: key, pointer: pointer)
        case "items": fields.items = items(value, pointer: pointer)
        case "contains": fields.contains = subschema(value, keyword: key, pointer: pointer)
        case "minContains": fields.minContains = count(value, keyword: key, pointer: pointer)
        case "maxContains": fields.maxContains = count(value, keyword: key, pointer: pointer)
        case "minItems": fields.minItems = count(value, keyword: key, pointer: pointer)
        case "maxItems": fields.maxItems = count(value, keyword: key, pointer: pointer)
        case "uniqueItems": fields.uniqueItems = bool(value, keyword: key, pointer: pointer) ?? false
        case "unevaluatedItems": fields.unevaluatedItems = subschema(value, keyword: key, pointer: pointer)
        // Objects
        case "properties": fields.properties = schemaMap(value, keyword: key, pointer: pointer)
        case "patternProperties": fields.patternProperties = patternProperties(value, pointer: pointer)
        case "additionalProperties": fields.additionalProperties = subschema(value, keyword: key, pointer: pointer)
        case "propertyNames": fields.propertyNames = subschema(value, keyword: key, pointer: pointer)
        case "required": fields.required = stringArray(value, keyword: key, pointer: pointer) ?? []
        case "dependentRequired": fields.dependentRequired = dependentRequired(value, pointer: pointer)
        case "dependentSchemas": fields.dependentSchemas = schemaMap(value, keyword: key, pointer: pointer)
        case "minProperties": fields.minProperties = count(value, keyword: key, pointer: pointer)
        case "maxProperties": fields.maxProperties = count(value, keyword: key, pointer: pointer)
        case "unevaluatedProperties": fields.unevaluatedProperties = subschema(value, keyword: key, pointer: pointer)
        // Composition and conditions
        case "allOf": fields.allOf = schemaArray(value, keyword: key, pointer: pointer)
        case "anyOf": fields.anyOf = schemaArray(value, keyword: key, pointer: pointer)
        case "oneOf": fields.oneOf = schemaArray(value, keyword: key, pointer: pointer)
        case "not": fields.not = subschema(value, keyword: key, pointer: pointer)
        case "if": fields.ifSchema = subschema(value, keyword: key, pointer: pointer)
        case "then": fields.thenSchema = subschema(value, keyword: key, pointer: pointer)
        case "else": fields.elseSchema = subschema(value, keyword: key, pointer: pointer)
        // OpenAPI's own schema keywords
        case "nullable" where openAPIVersion != nil: fields.nullable = nullable(member, pointer: pointer)
        case "example" where openAPIVersion != nil: fields.examples.append(value)
        case "discriminator" where openAPIVersion != nil: fields.discriminator = discriminator(value, pointer: pointer)
        case "xml" where openAPIVersion != nil:
            collector.warning(
                "'xml' is ignored: SpecKit reads JSON bodies, so the XML names and namespaces it gives are lost",
                at: member.keyLocation, pointer: pointer, hint: "nothing to do for JSON; remove it to silence this warning"
            )
        case "externalDocs" where openAPIVersion != nil: break  // documentation only
        default:
            if key.hasPrefix("x-") {
                fields.extensions.append((key, value))
            } else {
                reportUnsupported(member, in: schemaNode, pointer: pointer)
            }
        }
    }

    /// A keyword SpecKit does not read. JSON Schema ignores unknown keywords, so it is a
    /// warning (the generated validator does not check it), with the likely intended keyword.
    private mutating func reportUnsupported(_ member: JSONNode.Member, in schemaNode: JSONNode, pointer: String) {
        let key = member.key
        let loss = "the generated code does not check it"
        if SchemaKeywords.openAPI.contains(key) {
            collector.warning(
                "'\(key)' is an OpenAPI keyword, not JSON Schema 2020-12; it is ignored in a bare schema document", at: member.keyLocation, pointer: pointer,
                hint: "it has a meaning inside an OpenAPI document; in JSON Schema write \"type\": [\"<type>\", \"null\"] for nullable and \"examples\": [...] for example"
            )
        } else if let rejected = SchemaKeywords.rejected[key] {
            collector.warning(rejected.reason + "; it is ignored and " + loss, at: member.keyLocation, pointer: pointer, hint: rejected.hint)
        } else if let typo = NearestNames.likelyTypo(of: key, in: SchemaKeywords.known) {
            collector.warning("unknown keyword '\(key)' is ignored; \(loss)", at: member.keyLocation, pointer: pointer, hint: "did you mean '\(typo)'?")
        } else if case let similar = NearestNames.sharingPrefix(with: key, in: SchemaKeywords.known), !similar.isEmpty {
            let names = similar.map { "'\($0)'" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            collector.warning("unknown keyword '\(key)' is ignored; \(loss)", at: member.keyLocation, pointer: pointer, hint: "did you mean \(list)?")
        } else {
            collector.warning(
                "unknown keyword '\(key)' is ignored; \(loss)", at: member.keyLocation, pointer: pointer,
                hint: "SpecKit reads the JSON Schema 2020-12 keywords in SchemaKeywords.supported; prefix an extension with 'x-'"
            )
        }
    }

    private mutating func readDialect(_ node: JSONNode, pointer: String) {
        guard let text = string(node, keyword: "$schema", pointer: pointer) else { return }
        if text != SchemaKeywords.dialect && text != SchemaKeywords.dialect + "#" {
            collector.error("unsupported dialect '\(text)'", node: node, pointer: pointer, hint: "use \"\(SchemaKeywords.dialect)\" or leave $schema out")
        }
    }

    private mutating func readVocabulary(_ node: JSONNode, pointer: String) {
        guard let members = object(node, keyword: "$vocabulary", pointer: pointer) else { return }
        for member in members where member.value.bool == nil {
            collector.error("'$vocabulary' values must be booleans, not \(member.value.typeName.withArticle)", node: member.value, pointer: JSONPointerText.appending(member.key, to: pointer))
        }
    }

    private mutating func items(_ node: JSONNode, pointer: String) -> Schema? {
        if node.elements != nil {
            collector.error("'items' as an array is draft 2019-09, not 2020-12", node: node, pointer: pointer, hint: "use prefixItems for a list of item schemas")
            return nil
        }
        return subschema(node, keyword: "items", pointer: pointer)
    }

    /// A numeric bound; a boolean (OpenAPI 3.0's form) in a bare schema document is an error.
    private mutating func exclusiveBound(_ node: JSONNode, keyword: String, pointer: String) -> Double? {
        if node.bool != nil {
            collector.error(
                "'\(keyword)' must be a number in JSON Schema 2020-12, not a boolean", node: node, pointer: pointer,
                hint: "write the bound itself, such as \"\(keyword)\": 0, and drop the matching minimum/maximum"
            )
            return nil
        }
        return number(node, keyword: keyword, pointer: pointer)
    }

    private mutating func typeNames(_ node: JSONNode, pointer: String) -> [String] {
        let entries: [(name: String, node: JSONNode, pointer: String)]
        if let name = node.string {
            entries = [(name, node, pointer)]
        } else if let elements = node.elements {
            if elements.isEmpty {
                collector.error("'type' must not be an empty array", node: node, pointer: pointer)
                return []
            }
            var collected: [(name: String, node: JSONNode, pointer: String)] = []
            for (index, element) in elements.enumerated() {
                let elementPointer = JSONPointerText.appending(index, to: pointer)
                if case .null = element.value {
                    collector.warning(
                        "'type' lists null, not the string \"null\"; read as \"null\"", node: element, pointer: elementPointer,
                        hint: "quote it: \"null\" (YAML reads a bare null as no value)"
                    )
                    collected.append(("null", element, elementPointer))
                    continue
                }
                guard let name = element.string else {
                    collector.error("'type' entries must be strings, not \(element.typeName.withArticle)", node: element, pointer: elementPointer)
                    continue
                }
                collected.append((name, element, elementPointer))
            }
            entries = collected
        } else {
            collector.error("'type' must be a string or an array of strings, not \(node.typeName.withArticle)", node: node, pointer: pointer)
            return []
        }
        var names: [String] = []
        for entry in entries {
            if !SchemaKeywords.typeNames.contains(entry.name) {
                let hint = NearestNames.likelyTypo(of: entry.name, in: SchemaKeywords.typeNames).map { "did you mean '\($0)'?" }
                    ?? "the types are " + SchemaKeywords.typeNames.joined(separator: ", ")
                collector.error("unknown type '\(entry.name)'", node: entry.node, pointer: entry.pointer, hint: hint)
            } else if names.contains(entry.name) {
                collector.warning("'type' lists '\(entry.name)' twice; read once", node: entry.node, pointer: entry.pointer, hint: "remove the second '\(entry.name)'")
            } else {
                if entry.name == "null", openAPIVersion == .v3_0 {
                    collector.warning(
                        "'null' is not a type in OpenAPI 3.0; read as JSON Schema's null type", node: entry.node, pointer: entry.pointer,
                        hint: "in a 3.0 document write \"nullable\": true beside the other type"
                    )
                }
                names.append(entry.name)
            }
        }
        return names
    }

    private mutating func enumValues(_ node: JSONNode, pointer: String) -> [JSONNode]? {
        // An empty enum is legal in 2020-12 (it SHOULD, not MUST, list a value): it accepts nothing.
        array(node, keyword: "enum", pointer: pointer)
    }

    private mutating func patternProperties(_ node: JSONNode, pointer: String) -> [(pattern: String, schema: Schema)] {
        guard let members = object(node, keyword: "patternProperties", pointer: pointer) else { return [] }
        var result: [(pattern: String, schema: Schema)] = []
        for member in members {
            let memberPointer = JSONPointerText.appending(member.key, to: pointer)
            if let problem = Self.regularExpressionProblem(member.key) {
                collector.error("'patternProperties' key '\(member.key)' is not a valid regular expression: \(problem)", at: member.keyLocation, pointer: memberPointer)
            }
            result.append((member.key, readSchemaValue(member.value, keyword: "patternProperties", pointer: memberPointer)))
        }
        return result
    }

    private mutating func dependentRequired(_ node: JSONNode, pointer: String) -> [(name: String, requires: [String])] {
        guard let members = object(node, keyword: "dependentRequired", pointer: pointer) else { return [] }
        var result: [(name: String, requires: [String])] = []
        for member in members {
            let memberPointer = JSONPointerText.appending(member.key, to: pointer)
            if let names = stringArray(member.value, keyword: "dependentRequired", pointer: memberPointer) {
                result.append((member.key, names))
            }
        }
        return result
    }
}
