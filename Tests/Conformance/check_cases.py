#!/usr/bin/env python3
"""Checks every conformance case's `expect` with an independent validator (Python `jsonschema`).

The Swift runner compares ViduRuntime's violations with `expect`; this script compares
`jsonschema`'s, mapped to the same reporting convention (README.md, "Keywords"), so a wrong
expectation cannot hide behind a matching Swift bug.

    python3 Tests/Conformance/check_cases.py   # "N passed, N failed"; exit 1 on failure

It also fails when a rule of Tests/SpecLint/invalid_cases.json has no conformance case (same
target, same instance, same verdict), and when Tests/Conformance/evidence-facts.json has a fact
with neither a case nor a `notInSpec`, or an evidence case names an unknown fact.
"""

import ast
import json
import re
import sys

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from conformance_cases import FACTS_FILE, PROVIDERS, ROOT, expand, kind_counts, load_cases, load_spec

sys.path.insert(0, str(ROOT / "Tests" / "SpecLint"))
from lint_specs import merge_patch  # noqa: E402  (the case table's own patch rule)

LINT_CASES = ROOT / "Tests" / "SpecLint" / "invalid_cases.json"


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(tokens):
    return "".join("/" + escape(token) for token in tokens)


def undeclared(instance, schema):
    """The members of `instance` that neither `properties` nor `patternProperties` of `schema` name."""
    patterns = [re.compile(p) for p in (schema.get("patternProperties") or {})]
    return sorted(name for name in instance
                  if name not in (schema.get("properties") or {}) and not any(p.search(name) for p in patterns))


def same_numbers(value):
    """`value` with integral floats as ints, as ViduRuntime words them (16 and 16.0 are "16")."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [same_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: same_numbers(item) for key, item in value.items()}
    return value


class Oracle:
    """jsonschema validators for one spec's bodies."""

    def __init__(self, provider):
        self.doc = load_spec(provider)
        self.uri = f"urn:vidukit:spec:{provider}"
        self.registry = Registry().with_resource(self.uri, DRAFT202012.create_resource(self.doc))

    def target(self, case):
        """The pointer of the schema a case is checked against."""
        if case.webhook is not None:
            base = f"/webhooks/{escape(case.webhook)}/post"
        else:
            base = None
            for path, item in self.doc["paths"].items():
                for method, operation in item.items():
                    if isinstance(operation, dict) and operation.get("operationId") == case.operation:
                        base = f"/paths/{escape(path)}/{method}"
            if base is None:
                raise ValueError(f"{case.name}: no operation {case.operation}")
        if case.parameter is not None:
            operation = self.resolve(base)
            index = [p["name"] for p in operation["parameters"]].index(case.parameter)
            return f"{base}/parameters/{index}/schema"
        if case.direction == "request":
            return f"{base}/requestBody/content/application~1json/schema"
        return f"{base}/responses/{escape(case.status)}/content/application~1json/schema"

    def resolve(self, target):
        node = self.doc
        for token in target.split("/")[1:]:
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def pairs(self, case):
        """(pointer, keyword) per violation, under the suite's reporting convention.

        Identical violations are reported once (README.md, "duplicates"): two errors with the
        same pointer, keyword and bound (the failing keyword's value, as JSON) are one, as
        ViduRuntime drops a violation whose pointer, keyword and message it already reported.
        The bound stands for what the Swift message says beyond the pointer: nothing more for
        `required` and `additionalProperties` ("is required", "is not a member the spec
        declares"), the present member for `dependentRequired`, the keyword's value otherwise
        ("must be at most 16")."""
        validator = Draft202012Validator({"$ref": f"{self.uri}#{self.target(case)}"}, registry=self.registry)
        found = []
        seen = set()

        def report(where, keyword, bound):
            if keyword == "type" and isinstance(bound, str):
                bound = [bound]  # "integer" and ["integer"] read the same: "must be of type integer"
            key = (pointer(where), keyword, json.dumps(same_numbers(bound), sort_keys=True, ensure_ascii=False))
            if key not in seen:
                seen.add(key)
                found.append((pointer(where), keyword))

        for error in validator.iter_errors(case.instance):
            where = list(error.absolute_path)
            keyword = error.validator
            bound = error.validator_value
            if keyword in ("required", "dependentRequired"):
                # "'name' is a required property" / "'name' is a dependency of 'other'": at the missing member.
                quoted, rest = error.message.split(" is a ", 1)
                where.append(ast.literal_eval(quoted))
                bound = ast.literal_eval(rest.split(" of ", 1)[1]) if keyword == "dependentRequired" else None
            elif keyword == "additionalProperties" and isinstance(error.instance, dict):
                # One error for the object; the suite reports each undeclared member at its own pointer.
                for name in undeclared(error.instance, error.schema):
                    report(where + [name], keyword, None)
                continue
            report(where, keyword, bound)
        return sorted(found)


def lint_rule_instance(case, bases):
    """The instance of a Tests/SpecLint/invalid_cases.json case (base + RFC 7386 merge patch,
    applied by the lint's own `merge_patch`, so both tools read the table the same way)."""
    return expand(merge_patch(bases[case["base"]], case.get("patch", {})) if "base" in case else case["instance"])


def uncovered_lint_rules(cases):
    """Rules of Tests/SpecLint/invalid_cases.json with no conformance case for the same target and
    instance and the same verdict (accepted or rejected)."""
    table = json.loads(LINT_CASES.read_text(encoding="utf-8"))
    have = set()
    for case in cases:
        have.add(json.dumps([case.provider, case.operation or case.webhook, case.direction if case.parameter is None else "parameter",
                             case.status if case.parameter is None else case.parameter, case.instance, case.expect == "valid"],
                            sort_keys=True, ensure_ascii=False))
    missing = []
    for rule in table["cases"]:
        direction = rule.get("direction", "request")
        if direction.startswith("parameter:"):
            where, detail = "parameter", direction.split(":", 1)[1]
        elif direction.startswith("response:"):
            where, detail = "response", direction.split(":", 1)[1]
        else:
            where, detail = "request", None
        key = json.dumps([rule["spec"][:-len(".json")], rule["operationId"], where, detail,
                          lint_rule_instance(rule, table.get("bases", {})), rule["expect"] == "valid"],
                         sort_keys=True, ensure_ascii=False)
        if key not in have:
            missing.append(f"{rule['spec']} {rule['operationId']} {direction}: {rule['rule']}")
    return missing


def fact_problems(cases):
    """evidence-facts.json: every fact is proved by a case or says why it is not in the spec, and
    every evidence case names known facts (the Swift suite checks the same)."""
    facts = json.loads(FACTS_FILE.read_text(encoding="utf-8"))["facts"]
    names = {fact["id"] for fact in facts}
    files = {case.name for case in cases}
    problems = []
    for fact in facts:
        listed = fact.get("cases") or []
        if not listed and not fact.get("notInSpec"):
            problems.append(f"fact {fact['id']} has no case and no notInSpec")
        problems += [f"fact {fact['id']} lists {name}, which is not a case file" for name in listed if name not in files]
    listed_by = {fact["id"]: set(fact.get("cases") or []) for fact in facts}
    for case in cases:
        for name in (case.evidence or {}).get("facts", []):
            if name not in names:
                problems.append(f"{case.name} names unknown fact {name!r}")
            elif case.name not in listed_by[name]:
                problems.append(f"fact {name} does not list {case.name}, which names it")
    return problems


def main():
    oracles = {provider: Oracle(provider) for provider in PROVIDERS}
    passed = failed = 0
    cases = load_cases()
    passed_names = set()
    for case in cases:
        got = oracles[case.provider].pairs(case)
        if got == case.expected_pairs:
            passed += 1
            passed_names.add(case.name)
            continue
        failed += 1
        print(f"FAIL {case.name}: expect {case.expected_pairs or 'valid'}, jsonschema says {got or 'valid'}")
    for rule in uncovered_lint_rules(cases):
        failed += 1
        print(f"FAIL no conformance case for the SpecLint rule {rule}")
    for problem in fact_problems(cases):
        failed += 1
        print(f"FAIL evidence-facts.json: {problem}")
    print(f"{passed} passed, {failed} failed")
    print(f"by kind (passed): {kind_counts(cases, passed_names)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
