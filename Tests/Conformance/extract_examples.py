#!/usr/bin/env python3
"""Writes one positive conformance case per documented example in specs/*.json.

Every `examples` map in a spec (request bodies, responses, webhook bodies and parameters)
becomes `Tests/Conformance/cases/<provider>/example-<...>.json` with `"expect": "valid"` and an
`example` member: the JSON pointer of the example object in its spec. Files are rewritten only
when their content changes; `example-*.json` files whose example is gone are deleted.

    python3 Tests/Conformance/extract_examples.py          # write / refresh the case files
    python3 Tests/Conformance/extract_examples.py --check  # exit 1 if any file is missing or stale

The Swift suite (ConformanceTests) fails the same way when a spec example has no case file or
the file's instance differs from the example, so the cases cannot drift from the specs.
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CASES = pathlib.Path(__file__).resolve().parent / "cases"
# Every provider: the base name of each spec, in file order (as conformance_cases.py lists them).
PROVIDERS = [path.stem for path in sorted(SPECS.glob("*.json"))]
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def escape(token):
    """One RFC 6901 reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(tokens):
    return "".join("/" + escape(token) for token in tokens)


def slug(text):
    """A file-name fragment: letters, digits and dashes."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def operation_examples(spec):
    """(operation, direction, status, parameter, pointer tokens, examples) for paths."""
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            yield from body_examples(operation, ["paths", path, method], operation["operationId"], None)


def webhook_examples(spec):
    for name, item in spec.get("webhooks", {}).items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            yield from body_examples(operation, ["webhooks", name, method], None, name)


def body_examples(operation, base, operation_id, webhook):
    for index, parameter in enumerate(operation.get("parameters", [])):
        for name, example in parameter.get("examples", {}).items():
            yield dict(operation=operation_id, webhook=webhook, direction="request", status=None,
                       parameter=parameter["name"], tokens=base + ["parameters", index, "examples", name],
                       name=name, example=example)
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    for name, example in content.get("examples", {}).items():
        yield dict(operation=operation_id, webhook=webhook, direction="request", status=None, parameter=None,
                   tokens=base + ["requestBody", "content", "application/json", "examples", name],
                   name=name, example=example)
    for status, response in operation.get("responses", {}).items():
        content = response.get("content", {}).get("application/json", {})
        for name, example in content.get("examples", {}).items():
            yield dict(operation=operation_id, webhook=webhook, direction="response", status=status, parameter=None,
                       tokens=base + ["responses", status, "content", "application/json", "examples", name],
                       name=name, example=example)


def case_file_name(found):
    parts = ["example", found["webhook"] or found["operation"]]
    if found["parameter"] is not None:
        parts += ["parameter", found["parameter"]]
    elif found["direction"] == "response":
        parts += ["response", found["status"]]
    elif found["webhook"] is None:
        parts += ["request"]
    parts.append(found["name"])
    return "-".join(slug(part) for part in parts) + ".json"


def case_for(provider, found):
    case = {
        "provider": provider,
        "operation": found["operation"],
        "webhook": found["webhook"],
        "direction": found["direction"],
    }
    if found["status"] is not None:
        case["status"] = found["status"]
    if found["parameter"] is not None:
        case["parameter"] = found["parameter"]
    case["instance"] = found["example"]["value"]
    case["expect"] = "valid"
    case["source"] = found["example"].get("summary", "")
    case["example"] = pointer(found["tokens"])
    return case


def expected_files():
    files = {}
    for provider in PROVIDERS:
        spec = json.loads((SPECS / f"{provider}.json").read_text(encoding="utf-8"))
        for found in list(operation_examples(spec)) + list(webhook_examples(spec)):
            path = CASES / provider / case_file_name(found)
            if path in files:
                raise SystemExit(f"two examples map to {path}")
            files[path] = json.dumps(case_for(provider, found), ensure_ascii=False, indent=2) + "\n"
    return files


def main(arguments):
    check = "--check" in arguments
    files = expected_files()
    stale = [path for path in CASES.glob("*/example-*.json") if path not in files]
    changed = [path for path, text in files.items()
               if not path.exists() or path.read_text(encoding="utf-8") != text]
    if check:
        for path in changed:
            print(f"missing or stale: {path.relative_to(ROOT)}")
        for path in stale:
            print(f"no longer a spec example: {path.relative_to(ROOT)}")
        print(f"{len(files)} examples, {len(changed)} missing or stale, {len(stale)} obsolete")
        return 1 if changed or stale else 0
    for path in changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[path], encoding="utf-8")
    for path in stale:
        path.unlink()
    print(f"{len(files)} examples: {len(changed)} written, {len(stale)} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
