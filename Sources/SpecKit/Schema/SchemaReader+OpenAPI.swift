/// OpenAPI's own schema keywords, and OpenAPI 3.0's forms translated into the 3.1 model.
///
/// | written | read as |
/// |---|---|
/// | `nullable: true` beside `type` | `null` added to `type` (and to `enum`, when there is one) |
/// | `nullable: true` beside `oneOf`/`anyOf` | a `{"type": "null"}` branch added |
/// | `nullable: true` beside `$ref`/`allOf` | `anyOf: [<the $ref/allOf>, {"type": "null"}]` |
/// | `example: V` | `V` appended to `examples` |
/// | `exclusiveMinimum: true` with `minimum: M` | `exclusiveMinimum: M` (likewise for maximum) |
///
/// In a 3.0 document the translation is silent; a 3.1 document that uses a 3.0 form gets a
/// warning naming the 3.1 spelling (`example` is still legal in 3.1 and stays silent).
extension SchemaReader {
    /// `nullable`: where it was written when true, nil when false.
    mutating func nullable(_ member: JSONNode.Member, pointer: String) -> SourceLocation? {
        guard let flag = bool(member.value, keyword: "nullable", pointer: pointer) else { return nil }
        if openAPIVersion == .v3_1 {
            collector.warning(
                "'nullable' is OpenAPI 3.0, not JSON Schema 2020-12; read as 3.0 reads it (the value may also be null)",
                at: member.keyLocation, pointer: pointer, hint: "in a 3.1 document write \"type\": [\"<type>\", \"null\"]"
            )
        }
        return flag ? member.keyLocation : nil
    }

    /// A boolean `exclusiveMinimum`/`exclusiveMaximum`: OpenAPI 3.0's form, which makes
    /// `minimum`/`maximum` exclusive. Returns the flag.
    mutating func booleanExclusiveBound(_ flag: Bool, keyword: String, node: JSONNode, pointer: String) -> Bool {
        if openAPIVersion == .v3_1 {
            let bound = keyword == "exclusiveMinimum" ? "minimum" : "maximum"
            collector.warning(
                "a boolean '\(keyword)' is OpenAPI 3.0; read as 3.0 reads it (\(bound) is exclusive)", node: node, pointer: pointer,
                hint: "in a 3.1 document write the bound itself, such as \"\(keyword)\": 0, and drop \(bound)"
            )
        }
        return flag
    }

    /// `discriminator`: `propertyName` (required) and `mapping` (values resolved to absolute
    /// schema URIs). Unknown members other than `x-` extensions are warnings.
    mutating func discriminator(_ node: JSONNode, pointer: String) -> (propertyName: String, mapping: [String: String])? {
        guard let members = object(node, keyword: "discriminator", pointer: pointer) else { return nil }
        var propertyName: String?
        var mapping: [String: String] = [:]
        for member in members {
            let memberPointer = JSONPointerText.appending(member.key, to: pointer)
            switch member.key {
            case "propertyName":
                propertyName = string(member.value, keyword: "propertyName", pointer: memberPointer)
            case "mapping":
                guard let entries = object(member.value, keyword: "mapping", pointer: memberPointer) else { continue }
                for entry in entries {
                    let entryPointer = JSONPointerText.appending(entry.key, to: memberPointer)
                    guard let target = string(entry.value, keyword: "mapping", pointer: entryPointer) else { continue }
                    let reference = target.contains("/") || target.contains("#") ? target : "#/components/schemas/" + target
                    if let resolved = SchemaURI.resolve(reference, against: currentResource) {
                        mapping[entry.key] = resolved
                    } else {
                        collector.error("discriminator mapping '\(target)' has a malformed percent-encoding", node: entry.value, pointer: entryPointer)
                    }
                }
            default:
                if !member.key.hasPrefix("x-") {
                    collector.warning(
                        "unknown key '\(member.key)' in a discriminator is ignored", at: member.keyLocation, pointer: memberPointer,
                        hint: "a discriminator has propertyName and mapping"
                    )
                }
            }
        }
        guard let propertyName else {
            if node.members?.contains(where: { $0.key == "propertyName" }) == false {
                collector.error("the discriminator has no 'propertyName'", node: node, pointer: pointer, hint: "add \"propertyName\": \"<the tag property>\"")
            }
            return nil
        }
        return (propertyName, mapping)
    }

    /// Applies what OpenAPI 3.0's keywords mean once every keyword of the schema is read.
    mutating func applyOpenAPITranslations(to fields: inout SchemaFields, schemaPointer: String) {
        if fields.exclusiveMinimumFlag, let minimum = fields.minimum, fields.exclusiveMinimum == nil {
            fields.exclusiveMinimum = minimum
            fields.minimum = nil
        }
        if fields.exclusiveMaximumFlag, let maximum = fields.maximum, fields.exclusiveMaximum == nil {
            fields.exclusiveMaximum = maximum
            fields.maximum = nil
        }
        if let location = fields.nullable {
            applyNullable(to: &fields, at: location, schemaPointer: schemaPointer)
        }
    }

    private mutating func applyNullable(to fields: inout SchemaFields, at location: SourceLocation, schemaPointer: String) {
        let null = JSONNode(.null, at: location)
        if !fields.types.isEmpty {
            if !fields.types.contains("null") { fields.types.append("null") }
            if let values = fields.enumValues, !values.contains(where: { $0.value == .null }) { fields.enumValues = values + [null] }
        } else if fields.ref == nil, fields.allOf.isEmpty, !fields.oneOf.isEmpty {
            fields.oneOf.append(nullSchema(at: location, pointer: schemaPointer + "/oneOf/\(fields.oneOf.count)"))
        } else if fields.ref == nil, fields.allOf.isEmpty, !fields.anyOf.isEmpty {
            fields.anyOf.append(nullSchema(at: location, pointer: schemaPointer + "/anyOf/\(fields.anyOf.count)"))
        } else if fields.ref != nil || !fields.allOf.isEmpty {
            let branchPointer = schemaPointer + "/anyOf/0"
            let branch = Schema(
                source: syntheticSource(at: location, pointer: branchPointer), ref: fields.ref,
                allOf: fields.allOf, anyOf: fields.anyOf, oneOf: fields.oneOf
            )
            register(branch, at: branchPointer)
            fields.ref = nil
            fields.allOf = []
            fields.oneOf = []
            fields.anyOf = [branch, nullSchema(at: location, pointer: schemaPointer + "/anyOf/1")]
        } else if let values = fields.enumValues, !values.contains(where: { $0.value == .null }) {
            fields.enumValues = values + [null]
        }
    }

    /// `{"type": "null"}`, standing where `nullable` was written.
    private mutating func nullSchema(at location: SourceLocation, pointer: String) -> Schema {
        let schema = Schema(source: syntheticSource(at: location, pointer: pointer), types: ["null"])
        register(schema, at: pointer)
        return schema
    }

    private func syntheticSource(at location: SourceLocation, pointer: String) -> SchemaSource {
        source(of: JSONNode(.null, at: location), at: pointer)
    }
}
