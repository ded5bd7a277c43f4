#!/usr/bin/env python3
"""Checks every conformance case's `expect` with an independent validator (Python `jsonschema`).

The Swift runner compares ViduRuntime's violations with `expect`; this script compares
`jsonschema`'s, mapped to the same reporting convention (README.md, "Keywords"), so a wrong
expectation cannot hide behind a matching Swift bug.

    python3 Tests/Conformance/check_cases.py   # "N passed, N failed"; exit 1 on failure
"""

import ast
import sys

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from conformance_cases import PROVIDERS, load_cases, load_spec


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(tokens):
    return "".join("/" + escape(token) for token in tokens)


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
        """(pointer, keyword) per violation, under the suite's reporting convention."""
        validator = Draft202012Validator({"$ref": f"{self.uri}#{self.target(case)}"}, registry=self.registry)
        found = []
        for error in validator.iter_errors(case.instance):
            where = list(error.absolute_path)
            keyword = error.validator
            if keyword in ("required", "dependentRequired"):
                # "'name' is a required property" / "'name' is a dependency of 'other'": at the missing member.
                quoted = error.message.split(" is a ", 1)[0]
                where.append(ast.literal_eval(quoted))
            found.append((pointer(where), keyword))
        return sorted(found)


def main():
    oracles = {provider: Oracle(provider) for provider in PROVIDERS}
    passed = failed = 0
    for case in load_cases():
        got = oracles[case.provider].pairs(case)
        if got == case.expected_pairs:
            passed += 1
            continue
        failed += 1
        print(f"FAIL {case.name}: expect {case.expected_pairs or 'valid'}, jsonschema says {got or 'valid'}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
