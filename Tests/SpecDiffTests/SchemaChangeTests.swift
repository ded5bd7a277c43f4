import Testing
@testable import CodeGen

/// One test per kind of schema change, each asserting the wire and the Swift column, on the
/// request side and (where the direction rule differs) on the response side.
@Suite struct SchemaChangeTests {
    typealias F = DiffFixtures

    @Test func enumValueAddedRelaxesARequestAndAddsACase() throws {
        let old = F.object(#""size": {"type": "string", "enum": ["720p", "1080p"]}"#)
        let new = F.object(#""size": {"type": "string", "enum": ["540p", "720p", "1080p"]}"#)
        let request = try #require(try F.request(old, new).one(.enumValueAdded, at: "Req.size"))
        #expect(request.wire == .relaxing && request.swift == .additive && request.side == .request)
        let response = try #require(try F.response(old, new).one(.enumValueAdded, at: "Res.size"))
        #expect(response.wire == .compatible && response.swift == .additive && response.side == .response)
    }

    @Test func enumValueRemovedBreaksBothSides() throws {
        let old = F.object(#""size": {"type": "string", "enum": ["720p", "1080p"]}"#)
        let new = F.object(#""size": {"type": "string", "enum": ["1080p"]}"#)
        let request = try #require(try F.request(old, new).one(.enumValueRemoved))
        #expect(request.wire == .breaking && request.swift == .sourceBreaking)
        let response = try #require(try F.response(old, new).one(.enumValueRemoved))
        #expect(response.wire == .breaking && response.swift == .sourceBreaking)
    }

    @Test func numericEnumValuesDoNotTouchTheSwiftAPI() throws {
        let changes = try F.request(F.object(#""n": {"type": "integer", "enum": [1, 2]}"#), F.object(#""n": {"type": "integer", "enum": [1, 2, 3]}"#))
        let change = try #require(changes.one(.enumValueAdded))
        #expect(change.wire == .relaxing && change.swift == .none)
    }

    @Test func enumAddedToAStringNarrowsAndChangesTheType() throws {
        let changes = try F.request(F.object(#""s": {"type": "string"}"#), F.object(#""s": {"type": "string", "enum": ["a"]}"#))
        let restricted = try #require(changes.one(.enumAdded))
        #expect(restricted.wire == .breaking && restricted.swift == .none)
        let type = try #require(changes.one(.typeChanged))
        #expect(type.wire == .compatible && type.swift == .sourceBreaking)
    }

    @Test func knownValuesOfAnOpenStringAreCompatibleOnTheWire() throws {
        let old = F.object(#""code": {"type": "string", "x-known-values": ["A", "B"]}"#)
        let new = F.object(#""code": {"type": "string", "x-known-values": ["A", "C"]}"#)
        let changes = try F.response(old, new)
        let added = try #require(changes.one(.knownValueAdded))
        #expect(added.wire == .compatible && added.swift == .additive)
        let removed = try #require(changes.one(.knownValueRemoved))
        #expect(removed.wire == .compatible && removed.swift == .sourceBreaking)
    }

    @Test func boundsFollowTheDirectionRuleAndNeverTouchSwift() throws {
        let old = F.object(#""p": {"type": "string", "maxLength": 100}, "n": {"type": "integer", "minimum": 1, "maximum": 10}, "a": {"type": "array", "items": {"type": "string"}}"#)
        let new = F.object(#""p": {"type": "string", "minLength": 1, "maxLength": 50}, "n": {"type": "integer", "minimum": 0, "maximum": 10, "multipleOf": 2}, "a": {"type": "array", "items": {"type": "string"}, "maxItems": 4}"#)
        let request = try F.request(old, new)
        for change in request where change.location != "Req.n" || change.summary.hasPrefix("multipleOf") {
            #expect(change.kind == .boundTightened && change.wire == .breaking && change.swift == .none, "\(change)")
        }
        let relaxed = try #require(request.one(.boundRelaxed, at: "Req.n"))
        #expect(relaxed.summary == "minimum 1 became 0" && relaxed.wire == .relaxing && relaxed.swift == .none)
        #expect(request.filter { $0.kind == .boundTightened }.count == 4)
        let response = try F.response(old, new)
        #expect(response.count == 5)
        #expect(response.allSatisfy { $0.wire == .compatible && $0.swift == .none })
    }

    @Test func patternReplacedIsBreakingForARequest() throws {
        let changes = try F.request(F.object(#""u": {"type": "string", "pattern": "^https://"}"#), F.object(#""u": {"type": "string", "pattern": "^https?://"}"#))
        let change = try #require(changes.one(.boundChanged))
        #expect(change.wire == .breaking && change.swift == .none)
    }

    @Test func requiredMemberAddedBreaksRequestsAndResponses() throws {
        let old = F.object(#""a": {"type": "string"}"#)
        let new = F.object(#""a": {"type": "string"}, "b": {"type": "integer"}"#, #""required": ["b"]"#)
        let request = try #require(try F.request(old, new).one(.propertyAdded, at: "Req.b"))
        #expect(request.wire == .breaking && request.swift == .sourceBreaking)
        let response = try #require(try F.response(old, new).one(.propertyAdded, at: "Res.b"))
        #expect(response.wire == .breaking && response.swift == .sourceBreaking)
    }

    @Test func optionalMemberAddedIsAdditive() throws {
        let open = try #require(try F.request(F.object(#""a": {"type": "string"}"#), F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#)).one(.propertyAdded))
        #expect(open.wire == .compatible && open.swift == .additive)
        let closed = try #require(try F.request(F.object(#""a": {"type": "string"}"#, #""additionalProperties": false"#),
                                                 F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#, #""additionalProperties": false"#)).one(.propertyAdded))
        #expect(closed.wire == .relaxing && closed.swift == .additive)
        let response = try #require(try F.response(F.object(#""a": {"type": "string"}"#), F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#)).one(.propertyAdded))
        #expect(response.wire == .compatible && response.swift == .additive)
    }

    @Test func memberRemovedBreaksSourceAndClosedRequests() throws {
        let closed = try #require(try F.request(F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#, #""additionalProperties": false"#),
                                                 F.object(#""a": {"type": "string"}"#, #""additionalProperties": false"#)).one(.propertyRemoved))
        #expect(closed.wire == .breaking && closed.swift == .sourceBreaking)
        let open = try #require(try F.request(F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#), F.object(#""a": {"type": "string"}"#)).one(.propertyRemoved))
        #expect(open.wire == .compatible && open.swift == .sourceBreaking)
        let response = try #require(try F.response(F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#), F.object(#""a": {"type": "string"}"#)).one(.propertyRemoved))
        #expect(response.wire == .compatible && response.swift == .sourceBreaking)
    }

    @Test func renameIsARemoveAndAnAdd() throws {
        let changes = try F.request(F.object(#""durtion": {"type": "integer"}"#, #""additionalProperties": false"#),
                                    F.object(#""duration": {"type": "integer"}"#, #""additionalProperties": false"#))
        #expect(changes.map(\.kind).sorted() == [.propertyAdded, .propertyRemoved])
        #expect(changes.one(.propertyRemoved)?.location == "Req.durtion")
        #expect(changes.one(.propertyAdded)?.location == "Req.duration")
    }

    @Test func requirednessChanges() throws {
        let optional = F.object(#""a": {"type": "string"}"#)
        let required = F.object(#""a": {"type": "string"}"#, #""required": ["a"]"#)
        let becameRequired = try #require(try F.request(optional, required).one(.propertyBecameRequired))
        #expect(becameRequired.wire == .breaking && becameRequired.swift == .sourceBreaking)
        let becameOptional = try #require(try F.request(required, optional).one(.propertyBecameOptional))
        #expect(becameOptional.wire == .relaxing && becameOptional.swift == .sourceBreaking)
        let responseRequired = try #require(try F.response(optional, required).one(.propertyBecameRequired))
        #expect(responseRequired.wire == .breaking && responseRequired.swift == .sourceBreaking)
        let responseOptional = try #require(try F.response(required, optional).one(.propertyBecameOptional))
        #expect(responseOptional.wire == .compatible && responseOptional.swift == .sourceBreaking)
    }

    @Test func typeChanges() throws {
        let narrowed = try #require(try F.request(F.object(#""n": {"type": "number"}"#), F.object(#""n": {"type": "integer"}"#)).one(.typeChanged))
        #expect(narrowed.wire == .breaking && narrowed.swift == .sourceBreaking)
        let widened = try #require(try F.request(F.object(#""n": {"type": "integer"}"#), F.object(#""n": {"type": "number"}"#)).one(.typeChanged))
        #expect(widened.wire == .relaxing && widened.swift == .sourceBreaking)
        let responseWidened = try #require(try F.response(F.object(#""n": {"type": "integer"}"#), F.object(#""n": {"type": "number"}"#)).one(.typeChanged))
        #expect(responseWidened.wire == .compatible && responseWidened.swift == .sourceBreaking)
        let responseNarrowed = try #require(try F.response(F.object(#""n": {"type": "number"}"#), F.object(#""n": {"type": "integer"}"#)).one(.typeChanged))
        #expect(responseNarrowed.wire == .breaking && responseNarrowed.swift == .sourceBreaking)
        let replaced = try #require(try F.request(F.object(#""n": {"type": "integer"}"#), F.object(#""n": {"type": "string"}"#)).one(.typeChanged))
        #expect(replaced.wire == .breaking && replaced.swift == .sourceBreaking)
    }

    @Test func becomingAUnionComparesTheMatchingBranch() throws {
        let old = F.object(#""d": {"type": "integer", "minimum": 1, "maximum": 16}"#)
        let new = F.object(#""d": {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 10}, {"type": "string", "pattern": "^[0-9]+$"}]}"#)
        let changes = try F.request(old, new)
        let type = try #require(changes.one(.typeChanged))
        #expect(type.location == "Req.d" && type.wire == .relaxing && type.swift == .sourceBreaking)
        let bound = try #require(changes.one(.boundTightened))
        #expect(bound.location == "Req.d.oneOf[integer]" && bound.summary == "maximum 16 became 10" && bound.wire == .breaking && bound.swift == .none)
        #expect(changes.count == 2)
    }

    @Test func unionBranchesAddedAndRemoved() throws {
        let old = F.object(#""v": {"oneOf": [{"type": "integer"}, {"type": "string"}]}"#)
        let added = try #require(try F.response(old, F.object(#""v": {"oneOf": [{"type": "integer"}, {"type": "string"}, {"type": "boolean"}]}"#)).one(.branchAdded))
        #expect(added.wire == .compatible && added.swift == .additive)
        let removed = try #require(try F.response(old, F.object(#""v": {"oneOf": [{"type": "integer"}, {"type": "array", "items": {"type": "string"}}]}"#)).one(.branchRemoved))
        #expect(removed.summary == "branch string removed" && removed.wire == .breaking && removed.swift == .sourceBreaking)
        let requestAdded = try #require(try F.request(old, F.object(#""v": {"oneOf": [{"type": "integer"}, {"type": "string"}, {"type": "boolean"}]}"#)).one(.branchAdded))
        #expect(requestAdded.wire == .relaxing && requestAdded.swift == .additive)
    }

    @Test func conditionalRulesAreComparedByTheirIf() throws {
        let rule = #"{"if": {"required": ["refs"]}, "then": {"properties": {"model": {"enum": ["mix", "pro"]}}}}"#
        let narrower = #"{"if": {"required": ["refs"]}, "then": {"properties": {"model": {"enum": ["mix"]}}}}"#
        let base = #""model": {"type": "string"}, "refs": {"type": "array", "items": {"type": "string"}}"#
        let removed = try #require(try F.request(F.object(base, #""allOf": [\#(rule)]"#), F.object(base)).one(.conditionalRuleRemoved))
        #expect(removed.wire == .relaxing && removed.swift == .none)
        let added = try #require(try F.request(F.object(base), F.object(base, #""allOf": [\#(rule)]"#)).one(.conditionalRuleAdded))
        #expect(added.wire == .breaking && added.swift == .none)
        let changed = try F.request(F.object(base, #""allOf": [\#(rule)]"#), F.object(base, #""allOf": [\#(narrower)]"#))
        let value = try #require(changed.one(.enumValueRemoved))
        #expect(value.location == #"Req.allOf[if {"required":["refs"]}].then.model"#)
        #expect(value.wire == .breaking && value.swift == .none)
        let response = try #require(try F.response(F.object(base), F.object(base, #""allOf": [\#(rule)]"#)).one(.conditionalRuleAdded))
        #expect(response.wire == .compatible && response.swift == .none)
    }

    @Test func defaults() throws {
        let added = try #require(try F.request(F.object(#""d": {"type": "integer"}"#), F.object(#""d": {"type": "integer", "default": 5}"#)).one(.defaultAdded))
        #expect(added.wire == .compatible && added.swift == .additive)
        let changed = try #require(try F.request(F.object(#""d": {"type": "integer", "default": 5}"#), F.object(#""d": {"type": "integer", "default": 8}"#)).one(.defaultChanged))
        #expect(changed.wire == .compatible && changed.swift == .none)
        let retyped = try #require(try F.request(F.object(#""d": {"default": 5}"#), F.object(#""d": {"default": "5"}"#)).one(.defaultChanged))
        #expect(retyped.swift == .sourceBreaking)
        let removed = try #require(try F.request(F.object(#""d": {"type": "integer", "default": 5}"#), F.object(#""d": {"type": "integer"}"#)).one(.defaultRemoved))
        #expect(removed.wire == .compatible && removed.swift == .sourceBreaking)
    }

    @Test func constants() throws {
        let changed = try #require(try F.request(F.object(#""k": {"type": "string", "const": "a"}"#), F.object(#""k": {"type": "string", "const": "b"}"#)).one(.constChanged))
        #expect(changed.wire == .breaking && changed.swift == .none)
        let added = try #require(try F.request(F.object(#""k": {"type": "string"}"#), F.object(#""k": {"type": "string", "const": "b"}"#)).one(.constAdded))
        #expect(added.wire == .breaking && added.swift == .additive)
        let removed = try #require(try F.response(F.object(#""k": {"type": "string", "const": "a"}"#), F.object(#""k": {"type": "string"}"#)).one(.constRemoved))
        #expect(removed.wire == .compatible && removed.swift == .sourceBreaking)
    }

    @Test func closingAndOpeningAnObject() throws {
        let open = F.object(#""a": {"type": "string"}"#)
        let closed = F.object(#""a": {"type": "string"}"#, #""additionalProperties": false"#)
        let closing = try #require(try F.request(open, closed).one(.objectClosed))
        #expect(closing.wire == .breaking && closing.swift == .additive)
        let opening = try #require(try F.request(closed, open).one(.objectOpened))
        #expect(opening.wire == .relaxing && opening.swift == .sourceBreaking)
        let responseClosing = try #require(try F.response(open, closed).one(.objectClosed))
        #expect(responseClosing.wire == .compatible && responseClosing.swift == .additive)
    }

    @Test func assertionOnlyKeywords() throws {
        let dependent = try #require(try F.request(F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#),
                                                   F.object(#""a": {"type": "string"}, "b": {"type": "string"}"#, #""dependentRequired": {"a": ["b"]}"#)).one(.constraintAdded))
        #expect(dependent.wire == .breaking && dependent.swift == .none)
        let not = try #require(try F.request(F.object(#""a": {"type": "string"}"#, #""not": {"required": ["a"]}"#), F.object(#""a": {"type": "string"}"#)).one(.constraintRemoved))
        #expect(not.wire == .relaxing && not.swift == .none)
    }

    @Test func aSharedComponentIsReportedOnceWithItsUsers() throws {
        var a = SpecFixture()
        var b = SpecFixture()
        a.components = #", "Url": {"type": "string", "pattern": "^https://"}"#
        b.components = #", "Url": {"type": "string", "pattern": "^https://", "maxLength": 2048}"#
        a.request = F.object(##""first": {"$ref": "#/components/schemas/Url"}, "last": {"$ref": "#/components/schemas/Url"}"##)
        b.request = a.request
        let changes = try DiffFixtures.changes(a, b)
        let change = try #require(changes.one(.boundTightened))
        #expect(change.location == "Url" && change.wire == .breaking && change.swift == .none)
        #expect(change.usedBy == ["Req.first", "Req.last"])
        #expect(changes.count == 1)
    }

    @Test func aComponentUsedOnBothSidesIsClassifiedPerSide() throws {
        var a = SpecFixture()
        var b = SpecFixture()
        a.components = #", "Size": {"type": "string", "enum": ["a", "b"]}"#
        b.components = #", "Size": {"type": "string", "enum": ["a"]}"#
        a.request = F.object(##""size": {"$ref": "#/components/schemas/Size"}"##)
        a.response = a.request
        b.request = a.request
        b.response = a.request
        let changes = try DiffFixtures.changes(a, b).filter { $0.kind == .enumValueRemoved }
        #expect(changes.map(\.side) == [.request, .response])
        #expect(changes.allSatisfy { $0.location == "Size" && $0.wire == .breaking })
        #expect(changes.first?.usedBy == ["Req.size"] && changes.last?.usedBy == ["Res.size"])
    }

    @Test func descriptionsAreDocumentationOnly() throws {
        var a = SpecFixture()
        var b = SpecFixture()
        a.request = F.object(#""a": {"type": "string", "description": "old"}"#)
        b.request = F.object(#""a": {"type": "string", "description": "new"}"#)
        let changes = try DiffFixtures.changes(a, b)
        let change = try #require(changes.one(.descriptionChanged))
        #expect(change.wire == .none && change.swift == .none && change.isDocumentationOnly)
        #expect(changes.count == 1)
    }
}
