#!/usr/bin/env python3
"""Independent lint for the hand-written provider specs in specs/.

It shares no code with the Swift SpecKit/CodeGen, so it can catch mistakes in either. Checks:

1. Each spec is a valid OpenAPI 3.1 document (openapi-spec-validator, 3.1 validator).
2. House rules from specs/README.md: the required operations, auth schemes and namespaces; only
   documented `x-` extensions; only local `#/components/schemas/Name` references; only the supported
   JSON Schema keywords; response-side schemas never close a value set (`enum`/`const`) or reject
   extra members; a well-formed `x-task` on every create operation, whose pointers find the task id,
   the state, the result URLs and the error code in the documented examples.
3. Every `examples` entry (request bodies, responses, webhook bodies, parameters) and every
   schema-level `examples` value validates against its schema with Draft202012Validator, `$ref`s
   resolved against the whole spec; JSON-in-a-string (`contentMediaType: application/json` with a
   `contentSchema`) is parsed and validated too. More than 30 distinct documented examples must exist.
   When shared/vendor-docs is found, every key and value of an example must occur in the source
   file its summary names; an example whose summary names a current page, a client or the survey
   instead of a vendor file must occur in the wire survey's report (survey/report.md beside the
   clone, or $VIDUKIT_SURVEY) when that is found.
4. Tests/SpecLint/invalid_cases.json: each "invalid" instance must be rejected *by the constraint at
   its `at` pointer* (the failing keyword's location in the spec is computed from the validation
   error), each "valid" instance must be accepted. Every constraint keyword of every request-side
   schema must be the `at` of at least one invalid case (coverage).

Case instances are data: either `instance`, or `base` (a name in `bases`) plus `patch`, an RFC 7386
JSON merge patch (null deletes a member). Anywhere in an instance, {"$repeat": S, "times": N} stands
for the string S repeated N times (used for the 5000/5001 code point and 1048576/1048577 limits).

Prints each failure (every check with --verbose) and ends with the line `N passed, M failed`; exits 1 when anything failed.
"""
from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path


def _ensure_dependencies():
    try:
        import jsonschema  # noqa: F401
        import openapi_spec_validator  # noqa: F401
        import referencing  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "jsonschema", "openapi-spec-validator"])


_ensure_dependencies()

from jsonschema import Draft202012Validator  # noqa: E402
from openapi_spec_validator import OpenAPIV31SpecValidator, validate as validate_openapi  # noqa: E402
from referencing import Registry  # noqa: E402
from referencing.jsonschema import DRAFT202012  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SPECS = ROOT / "specs"
CASES_FILE = HERE / "invalid_cases.json"
# The vendor pages, when present: CI has shared/ beside the clone; a worktree may sit deeper.
VENDOR_DOCS_CANDIDATES = [Path(os.environ["VIDUKIT_VENDOR_DOCS"])] if os.environ.get("VIDUKIT_VENDOR_DOCS") else []
VENDOR_DOCS_CANDIDATES += [ROOT / "shared" / "vendor-docs", ROOT.parent / "shared" / "vendor-docs",
                           ROOT.parent.parent / "shared" / "vendor-docs"]
# The wire survey (issue #11), when present: examples taken from a current page or a client are
# compared with the bodies it records.
SURVEY_CANDIDATES = [Path(os.environ["VIDUKIT_SURVEY"])] if os.environ.get("VIDUKIT_SURVEY") else []
SURVEY_CANDIDATES += [ROOT / "survey" / "report.md", ROOT.parent / "survey" / "report.md",
                      ROOT.parent.parent / "survey" / "report.md"]

# The per-file table is derived from the specs themselves (every specs/*.json is a provider;
# nothing here lists them): see expected_table(). What specs/README.md's table says of each file
# is checked against it.
SPECS_README = SPECS / "README.md"
IDENTIFIER_RE = re.compile(r"[A-Z][A-Za-z0-9]*")
ENV_VAR_RE = re.compile(r"[A-Z_][A-Z0-9_]*")
# The key variable every provider falls back to; no spec may claim it as its own.
SHARED_KEY_VARIABLE = "VIDU_API_KEY"
X_PROVIDER_MEMBERS = {"displayName", "keyEnvironmentVariable"}
# The name of the generated registry enum, which no namespace may take.
REGISTRY_NAME = "ProviderRegistry"


def expected_table(docs: dict) -> dict:
    """What each spec declares, by file name: namespace, provider facts, creates (the operations
    with x-task), operations (operationId -> (method, path)) and webhooks (name -> header names)."""
    table = {}
    for name, doc in docs.items():
        info = doc.get("info") or {}
        operations, creates, webhooks = {}, [], {}
        for path, item in (doc.get("paths") or {}).items():
            for method in METHODS:
                op = (item or {}).get(method)
                if isinstance(op, dict):
                    operations[op.get("operationId")] = (method, path)
                    if "x-task" in op:
                        creates.append(op.get("operationId"))
        for hook, item in (doc.get("webhooks") or {}).items():
            op = next((v for k, v in (item or {}).items() if k in METHODS), {})
            webhooks[hook] = [p.get("name") for p in op.get("parameters") or [] if p.get("in") == "header"]
        table[name] = {"namespace": info.get("x-swift-namespace"), "provider": info.get("x-provider"),
                       "rateLimits": info.get("x-rate-limits"), "creates": creates, "operations": operations,
                       "webhooks": webhooks}
    return table


def check_table(lint: Lint, table: dict):
    """Across specs: namespaces and key variables are unique, and specs/README.md's table row of
    each file names its namespace, every operationId and every webhook."""
    namespaces = [row["namespace"] for row in table.values()]
    lint.check(len(namespaces) == len(set(namespaces)), "every spec has its own x-swift-namespace", repr(namespaces))
    variables = [(row["provider"] or {}).get("keyEnvironmentVariable") for row in table.values()]
    lint.check(len(variables) == len(set(variables)), "every spec has its own x-provider.keyEnvironmentVariable", repr(variables))
    stems = [name[:-5] for name in table]
    lint.check(len({re.sub(r"[^a-z0-9]", "", s.lower()) for s in stems}) == len(stems),
               "spec file names give distinct registry members", repr(stems))
    readme = SPECS_README.read_text(encoding="utf-8") if SPECS_README.is_file() else ""
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([^`]+\.json)` \|.*$", readme, re.M)}
    lint.check(set(rows) == set(table), "specs/README.md has one table row per spec", f"rows {sorted(rows)}, specs {sorted(table)}")
    for name, row in table.items():
        text = rows.get(name, "")
        cells = [c.strip() for c in text.split("|")[1:-1]]
        missing = [n for n in [row["namespace"]] + list(row["operations"]) + list(row["webhooks"]) if f"`{n}`" not in text]
        lint.check(bool(cells) and cells[1] == f"`{row['namespace']}`" and not missing,
                   f"{name}: specs/README.md's row names the namespace, every operation and webhook", f"missing {missing}")


# The JSON Schema keywords specs/README.md lists as supported.
SCHEMA_KEYWORDS = {
    "type", "enum", "const", "properties", "required", "additionalProperties", "items", "prefixItems", "minItems",
    "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentRequired",
    "dependentSchemas", "contains", "patternProperties", "propertyNames", "minProperties", "maxProperties", "default",
    "format", "title", "description", "examples", "deprecated", "readOnly", "writeOnly", "contentMediaType",
    "contentEncoding", "contentSchema", "$ref", "$defs", "$schema", "$id", "$anchor", "$comment",
}
SCHEMA_EXTENSIONS = {"x-known-values"}
# Where each documented extension may appear: info, operation, schema.
EXTENSION_PLACES = {"x-swift-namespace": "info", "x-rate-limits": "info", "x-provider": "info", "x-task": "operation",
                    "x-known-values": "schema"}
# Keywords that hold one subschema, a list of subschemas, or a map of subschemas.
SUB_ONE = {"additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "contentSchema"}
SUB_LIST = {"allOf", "anyOf", "oneOf", "prefixItems"}
SUB_MAP = {"properties", "patternProperties", "dependentSchemas", "$defs"}
# Keywords that reject instances; coverage asks for one invalid case per location of these in request schemas.
CONSTRAINTS = {"enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
               "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "required", "dependentRequired", "not",
               "minProperties", "maxProperties", "contains"}
X_TASK_MEMBERS = {
    "statusOperation": str, "statusParameter": str, "taskId": list, "state": str, "progress": str, "succeeded": list,
    "failed": list, "resultUrls": list, "coverUrl": str, "errorCode": str, "errorMessage": str, "estimatedSeconds": str,
    "polling": dict, "cancelOperation": str,
}
X_TASK_REQUIRED = {"statusOperation", "statusParameter", "taskId", "state", "succeeded", "failed", "resultUrls", "polling"}
SOURCE_RE = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt|supplement\.md)")
# A summary may instead name a current page (a URL) or the wire survey (evidence.md, the survey report).
OTHER_SOURCE_RE = re.compile(r"(https?://\S+|\bsurvey\b|evidence\.md)")
REF_RE = re.compile(r"^#/components/schemas/[A-Z][A-Za-z0-9]*$")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Documented success examples that legitimately carry no video URL, with the reason.
RESULT_URL_EXEMPT = {
    ("apimart.json", "completed_image"): "the only documented result is an image result (result.images); x-task reads result.videos",
    ("fal.json", "successful_result"): "fal's only documented webhook body is an image model's (payload.images); x-task reads payload.video",
}


class Lint:
    def __init__(self, verbose=False):
        self.passed = 0
        self.failed = 0
        self.verbose = verbose

    def check(self, ok: bool, what: str, detail: str = ""):
        if ok:
            self.passed += 1
            if self.verbose:
                print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}" + (f": {detail}" if detail else ""))


# ---------------------------------------------------------------------------------------------
# JSON pointers


def esc(segment) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")


def unesc(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


_MISSING = object()


def get_pointer(doc, pointer: str):
    if pointer == "":
        return doc
    if not pointer.startswith("/"):
        return _MISSING
    node = doc
    for raw in pointer[1:].split("/"):
        seg = unesc(raw)
        if isinstance(node, dict):
            if seg not in node:
                return _MISSING
            node = node[seg]
        elif isinstance(node, list):
            if not re.fullmatch(r"0|[1-9][0-9]*", seg) or int(seg) >= len(node):
                return _MISSING
            node = node[int(seg)]
        else:
            return _MISSING
    return node


def eval_task_path(doc, path: str) -> list:
    """Evaluates an x-task path: a JSON pointer plus `*` (every element; a lone string passes through)
    and `@json` (parse the string as JSON and go on inside it). Returns every value found."""
    if path == "":
        return [doc]
    nodes = [doc]
    for raw in path[1:].split("/"):
        seg = unesc(raw)
        out = []
        for node in nodes:
            if seg == "*":
                if isinstance(node, list):
                    out.extend(node)
                elif isinstance(node, str):
                    out.append(node)
            elif seg == "@json":
                if isinstance(node, str):
                    try:
                        out.append(json.loads(node))
                    except ValueError:
                        pass
            elif isinstance(node, dict) and seg in node:
                out.append(node[seg])
            elif isinstance(node, list) and re.fullmatch(r"0|[1-9][0-9]*", seg) and int(seg) < len(node):
                out.append(node[int(seg)])
        nodes = out
    return nodes


# ---------------------------------------------------------------------------------------------
# Instances from the case table


def merge_patch(target, patch):
    if not isinstance(patch, dict) or (set(patch) == {"$repeat", "times"}):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def expand(value):
    if isinstance(value, dict):
        if set(value) == {"$repeat", "times"}:
            return value["$repeat"] * value["times"]
        return {k: expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [expand(v) for v in value]
    return value


def short(value, limit=160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


# ---------------------------------------------------------------------------------------------
# One spec


class Spec:
    def __init__(self, name: str, doc: dict):
        self.name = name
        self.doc = doc
        self.uri = f"urn:vidukit:spec:{name}"
        registry = Registry().with_resource(self.uri, DRAFT202012.create_resource(doc))
        self.registry = registry
        self._validators = {}
        # operationId -> (pointer of the operation object, operation, is_webhook)
        self.operations = {}
        for path, item in (doc.get("paths") or {}).items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    self.operations[op.get("operationId")] = (f"/paths/{esc(path)}/{method}", op, False, method, path)
        for name_, item in (doc.get("webhooks") or {}).items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    self.operations[op.get("operationId")] = (f"/webhooks/{esc(name_)}/{method}", op, True, method, name_)

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            schema = {"$ref": f"{self.uri}#{pointer}"}
            self._validators[pointer] = Draft202012Validator(schema, registry=self.registry)
        return self._validators[pointer]

    def errors(self, pointer: str, instance) -> list:
        return list(self.validator(pointer).iter_errors(instance))

    def locate(self, root: str, schema_path) -> str:
        """Maps a jsonschema error's absolute schema path to the failing keyword's pointer in the spec.
        jsonschema leaves `$ref` (and `if`) out of schema paths, so references are followed here
        whenever the next segment is not a member of the current schema."""
        ptr = root
        for seg in schema_path:
            node = get_pointer(self.doc, ptr)
            while isinstance(node, dict) and "$ref" in node and str(seg) not in node:
                ptr = node["$ref"][1:]
                node = get_pointer(self.doc, ptr)
            ptr = f"{ptr}/{esc(seg)}"
        return ptr

    def error_locations(self, root: str, errors) -> set:
        found = set()
        stack = list(errors)
        while stack:
            err = stack.pop()
            found.add(self.locate(root, err.absolute_schema_path))
            stack.extend(err.context or [])
        return found

    def target_pointer(self, operation_id: str, direction: str) -> str | None:
        entry = self.operations.get(operation_id)
        if entry is None:
            return None
        ptr, op, _, _, _ = entry
        if direction == "request":
            return f"{ptr}/requestBody/content/application~1json/schema"
        if direction.startswith("response:"):
            return f"{ptr}/responses/{esc(direction.split(':', 1)[1])}/content/application~1json/schema"
        if direction.startswith("parameter:"):
            name = direction.split(":", 1)[1]
            for i, p in enumerate(op.get("parameters") or []):
                if p.get("name") == name:
                    return f"{ptr}/parameters/{i}/schema"
        return None


# ---------------------------------------------------------------------------------------------
# Schema walking


def walk_schema(schema, pointer: str, visit, under_if=False, under_not=False):
    """Calls visit(schema, pointer, under_if, under_not) for the schema and every subschema."""
    if not isinstance(schema, dict):
        return
    visit(schema, pointer, under_if, under_not)
    for key, value in schema.items():
        if key in SUB_ONE:
            walk_schema(value, f"{pointer}/{esc(key)}", visit, under_if or key == "if", under_not or key == "not")
        elif key in SUB_LIST and isinstance(value, list):
            for i, sub in enumerate(value):
                walk_schema(sub, f"{pointer}/{key}/{i}", visit, under_if, under_not)
        elif key in SUB_MAP and isinstance(value, dict):
            for name, sub in value.items():
                walk_schema(sub, f"{pointer}/{key}/{esc(name)}", visit, under_if, under_not)


def schema_roots(doc):
    """Every place a schema starts: components, parameters, media types. Yields (pointer, side)
    where side is 'request' (we send it), 'response' (the provider sends it) or 'component'."""
    for name in (doc.get("components", {}).get("schemas") or {}):
        yield f"/components/schemas/{esc(name)}", "component"
    for group, is_webhook in (("paths", False), ("webhooks", True)):
        for path, item in (doc.get(group) or {}).items():
            for method in METHODS:
                if method not in item:
                    continue
                base = f"/{group}/{esc(path)}/{method}"
                op = item[method]
                side = "response" if is_webhook else "request"
                for i, p in enumerate(op.get("parameters") or []):
                    yield f"{base}/parameters/{i}/schema", side
                for mt in ((op.get("requestBody") or {}).get("content") or {}):
                    yield f"{base}/requestBody/content/{esc(mt)}/schema", side
                for status, resp in (op.get("responses") or {}).items():
                    for mt in (resp.get("content") or {}):
                        yield f"{base}/responses/{esc(status)}/content/{esc(mt)}/schema", "response"


def reachable(doc, start_pointers):
    """Pointers of every schema reachable from the start pointers through subschemas and $refs."""
    seen = set()
    todo = list(start_pointers)
    while todo:
        ptr = todo.pop()
        if ptr in seen:
            continue
        seen.add(ptr)
        schema = get_pointer(doc, ptr)

        def visit(s, p, _i, _n):
            seen.add(p)
            ref = s.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                todo.append(ref[1:])

        walk_schema(schema, ptr, visit)
    return seen


def content_problems(spec: Spec, pointer: str, instance, depth=0) -> list:
    """Follows properties/items/allOf/$ref and validates JSON-in-a-string against contentSchema."""
    problems = []
    schema = get_pointer(spec.doc, pointer)
    if depth > 40 or not isinstance(schema, dict):
        return problems
    if "$ref" in schema:
        problems += content_problems(spec, schema["$ref"][1:], instance, depth + 1)
    if schema.get("contentMediaType") == "application/json" and isinstance(instance, str):
        try:
            parsed = json.loads(instance)
        except ValueError as exc:
            problems.append(f"{pointer}: not JSON: {exc}")
        else:
            if "contentSchema" in schema:
                for err in spec.errors(f"{pointer}/contentSchema", parsed):
                    problems.append(f"{pointer}/contentSchema: {err.message}")
    for i, sub in enumerate(schema.get("allOf") or []):
        problems += content_problems(spec, f"{pointer}/allOf/{i}", instance, depth + 1)
    if isinstance(instance, dict):
        for name in (schema.get("properties") or {}):
            if name in instance:
                problems += content_problems(spec, f"{pointer}/properties/{esc(name)}", instance[name], depth + 1)
    if isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for item in instance:
            problems += content_problems(spec, f"{pointer}/items", item, depth + 1)
    return problems


# ---------------------------------------------------------------------------------------------
# Checks


def check_structure(lint: Lint, spec: Spec, exp: dict):
    doc, name = spec.doc, spec.name
    info = doc.get("info", {})
    lint.check(doc.get("openapi") == "3.1.0", f"{name}: openapi is 3.1.0")
    namespace = info.get("x-swift-namespace")
    lint.check(isinstance(namespace, str) and bool(IDENTIFIER_RE.fullmatch(namespace)) and namespace != REGISTRY_NAME,
               f"{name}: info.x-swift-namespace is an UpperCamelCase identifier other than {REGISTRY_NAME}", repr(namespace))
    provider = info.get("x-provider")
    problems = []
    if not isinstance(provider, dict):
        problems.append("missing (an object with displayName and keyEnvironmentVariable)")
    else:
        problems += [f"unknown member {k}" for k in set(provider) - X_PROVIDER_MEMBERS]
        problems += [f"missing {k}" for k in X_PROVIDER_MEMBERS - set(provider)]
        display = provider.get("displayName")
        if "displayName" in provider and not (isinstance(display, str) and display.strip()):
            problems.append("displayName must be a non-empty string")
        variable = provider.get("keyEnvironmentVariable")
        if "keyEnvironmentVariable" in provider and not (isinstance(variable, str) and ENV_VAR_RE.fullmatch(variable)):
            problems.append("keyEnvironmentVariable must be an environment variable name")
        if variable == SHARED_KEY_VARIABLE:
            problems.append(f"keyEnvironmentVariable must not be the shared {SHARED_KEY_VARIABLE}")
    lint.check(not problems, f"{name}: info.x-provider names the provider and its key variable", "; ".join(problems))
    limits = exp["rateLimits"]
    lint.check(limits is None or (isinstance(limits, dict) and limits and set(limits) <= {"requestsPerMinute", "concurrentTasks"}
                                  and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in limits.values())),
               f"{name}: info.x-rate-limits is absent or positive requestsPerMinute/concurrentTasks", repr(limits))
    servers = doc.get("servers") or []
    lint.check(bool(servers) and all(isinstance(s.get("url"), str) for s in servers), f"{name}: servers")

    schemes = doc.get("components", {}).get("securitySchemes") or {}
    sec = doc.get("security") or []
    ok = len(schemes) == 1 and sec and all(set(r) <= set(schemes) for r in sec)
    scheme = next(iter(schemes.values()), {})
    ok = ok and scheme.get("type") == "http" and isinstance(scheme.get("scheme"), str) and bool(scheme.get("scheme"))
    lint.check(bool(ok), f"{name}: one http security scheme, required at the top level", short(schemes))

    lint.check(bool(exp["creates"]), f"{name}: at least one operation creates a task (has x-task)")
    for op_id in exp["creates"]:
        method, path = exp["operations"][op_id]
        lint.check(method == "post", f"{name}: create operation {op_id} is a POST", f"{method.upper()} {path}")
    for hook in exp["webhooks"]:
        op = next(v for k, v in doc["webhooks"][hook].items() if k in METHODS)
        lint.check(bool(op.get("requestBody")), f"{name}: webhooks.{hook} has a body")

    ids = [op.get("operationId") for (_, op, _, _, _) in spec.operations.values()]
    lint.check(len(ids) == len(set(ids)) and None not in ids, f"{name}: operationIds unique and present")

    # Extensions and references anywhere in the document.
    bad_ext, bad_ref = [], []

    # Schemas are scanned separately (x-known-values lives there); skip examples' values.
    def scan_outside_schemas(node, ptr, place):
        if isinstance(node, dict):
            for k, v in node.items():
                p = f"{ptr}/{esc(k)}"
                if k in ("schema", "examples", "example") or p == "/components/schemas":
                    continue
                if k.startswith("x-"):
                    if EXTENSION_PLACES.get(k) != place:
                        bad_ext.append(p)
                    continue
                child_place = "other"
                if ptr == "" and k == "info":
                    child_place = "info"
                elif re.fullmatch(r"/(paths|webhooks)/[^/]+", ptr) and k in METHODS:
                    child_place = "operation"
                scan_outside_schemas(v, p, child_place)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                scan_outside_schemas(v, f"{ptr}/{i}", "other")

    scan_outside_schemas(doc, "", "root")
    bad_kw = []

    def visit(schema, ptr, _under_if, _under_not):
        for k, v in schema.items():
            if k.startswith("x-"):
                if k not in SCHEMA_EXTENSIONS:
                    bad_ext.append(f"{ptr}/{esc(k)}")
            elif k not in SCHEMA_KEYWORDS:
                bad_kw.append(f"{ptr}/{esc(k)}")
            if k == "$ref" and not (isinstance(v, str) and REF_RE.match(v) and get_pointer(doc, v[1:]) is not _MISSING):
                bad_ref.append(f"{ptr}: {v}")
        if "x-known-values" in schema:
            kv = schema["x-known-values"]
            if not (isinstance(kv, list) and kv and all(isinstance(x, str) for x in kv) and len(set(kv)) == len(kv)):
                bad_ext.append(f"{ptr}/x-known-values (must be a non-empty list of distinct strings)")
            if "enum" in schema or "const" in schema or schema.get("type") != "string":
                bad_ext.append(f"{ptr}/x-known-values (needs type string and no enum/const)")

    roots = list(schema_roots(doc))
    for ptr, _side in roots:
        walk_schema(get_pointer(doc, ptr), ptr, visit)
    lint.check(not bad_ext, f"{name}: only documented x- extensions, in their places", "; ".join(bad_ext))
    lint.check(not bad_ref, f"{name}: only local #/components/schemas/Name references that resolve", "; ".join(bad_ref))
    lint.check(not bad_kw, f"{name}: only supported JSON Schema keywords", "; ".join(bad_kw))
    names = list((doc.get("components", {}).get("schemas") or {}))
    lint.check(all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) for n in names), f"{name}: UpperCamelCase schema names")

    # Response-side schemas stay open.
    response_side = reachable(doc, [p for p, side in roots if side == "response"])
    closed = []
    for ptr in sorted(response_side):
        s = get_pointer(doc, ptr)
        if not isinstance(s, dict):
            continue
        for k in ("enum", "const", "unevaluatedProperties"):
            if k in s:
                closed.append(f"{ptr}/{k}")
        if s.get("additionalProperties") is False:
            closed.append(f"{ptr}/additionalProperties")
    lint.check(not closed, f"{name}: response-side schemas accept unknown values and members", "; ".join(closed))

    # Every example has a summary naming its source.
    for ex_ptr, example, _schema_ptr in iter_examples(spec):
        summary = example.get("summary", "")
        lint.check(bool(SOURCE_RE.search(summary) or OTHER_SOURCE_RE.search(summary)),
                   f"{name}: example {ex_ptr} has a summary naming its source", repr(summary))


def iter_examples(spec: Spec):
    """Yields (pointer of the example object, example object, pointer of its schema)."""
    for op_id, (base, op, _, _, _) in spec.operations.items():
        for i, p in enumerate(op.get("parameters") or []):
            for key, example in (p.get("examples") or {}).items():
                yield f"{base}/parameters/{i}/examples/{esc(key)}", example, f"{base}/parameters/{i}/schema"
        for mt, media in ((op.get("requestBody") or {}).get("content") or {}).items():
            for key, example in (media.get("examples") or {}).items():
                yield (f"{base}/requestBody/content/{esc(mt)}/examples/{esc(key)}", example,
                       f"{base}/requestBody/content/{esc(mt)}/schema")
        for status, resp in (op.get("responses") or {}).items():
            for mt, media in (resp.get("content") or {}).items():
                for key, example in (media.get("examples") or {}).items():
                    yield (f"{base}/responses/{esc(status)}/content/{esc(mt)}/examples/{esc(key)}", example,
                           f"{base}/responses/{esc(status)}/content/{esc(mt)}/schema")


def check_examples(lint: Lint, spec: Spec) -> list:
    values = []
    for ex_ptr, example, schema_ptr in iter_examples(spec):
        value = example.get("value")
        errs = spec.errors(schema_ptr, value)
        lint.check(not errs and "value" in example, f"{spec.name}: example {ex_ptr} validates",
                   "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errs)[:600])
        problems = content_problems(spec, schema_ptr, value)
        if problems:
            lint.check(False, f"{spec.name}: example {ex_ptr} JSON-in-string content validates", "; ".join(problems))
        values.append((ex_ptr, value, example.get("summary", "")))
    # Schema-level `examples` keyword values.
    for ptr, _side in schema_roots(spec.doc):
        found = []
        walk_schema(get_pointer(spec.doc, ptr), ptr, lambda s, p, i, n: found.append(p) if "examples" in s else None)
        for p in found:
            for i, value in enumerate(get_pointer(spec.doc, p)["examples"]):
                errs = spec.errors(p, value)
                lint.check(not errs, f"{spec.name}: schema example {p}/examples/{i} validates", "; ".join(e.message for e in errs))
    return values


def check_examples_in_sources(lint: Lint, spec: Spec, docs_dir: Path, survey: Path | None):
    """Every key and scalar of a documented example occurs in the source file its summary names
    (raw, or JSON-escaped once or twice), so examples stay verbatim copies. An example whose
    summary names a page or client instead of a vendor file is compared with the survey report
    (which records those bodies) when it is found, and skipped otherwise."""
    def leaves(value):
        if isinstance(value, dict):
            for k, v in value.items():
                yield k
                yield from leaves(v)
        elif isinstance(value, list):
            for v in value:
                yield from leaves(v)
        else:
            yield value

    for ex_ptr, example, _ in iter_examples(spec):
        match = SOURCE_RE.search(example.get("summary", ""))
        if match is None and OTHER_SOURCE_RE.search(example.get("summary", "")):
            if survey is None:
                continue
            source_name, text = "the survey report", survey.read_text(encoding="utf-8")
        elif not match or not (docs_dir / match.group(1)).is_file():
            lint.check(False, f"{spec.name}: example {ex_ptr} cites an existing vendor file", repr(example.get("summary")))
            continue
        else:
            source_name, text = match.group(1), (docs_dir / match.group(1)).read_text(encoding="utf-8")
        missing = []
        for leaf in leaves(example.get("value")):
            if leaf is None:
                forms = ["null"]
            elif isinstance(leaf, bool):
                forms = [str(leaf).lower()]
            elif isinstance(leaf, str):
                once = json.dumps(leaf, ensure_ascii=False)[1:-1]
                forms = [leaf, once, json.dumps(once, ensure_ascii=False)[1:-1]]
            else:
                forms = [json.dumps(leaf)]
            if not any(f in text for f in forms):
                missing.append(leaf)
        lint.check(not missing, f"{spec.name}: example {ex_ptr} is verbatim from {source_name}", short(missing))


def check_x_task(lint: Lint, spec: Spec, exp: dict):
    doc, name = spec.doc, spec.name
    creates = [(op_id, spec.operations[op_id]) for op_id in exp["creates"] if op_id in spec.operations]
    for op_id, (base, op, _, _, _) in creates:
        task = op.get("x-task")
        lint.check(isinstance(task, dict), f"{name}: {op_id} has x-task")
        if not isinstance(task, dict):
            continue
        problems = []
        for k, v in task.items():
            if k not in X_TASK_MEMBERS:
                problems.append(f"unknown member {k}")
            elif not isinstance(v, X_TASK_MEMBERS[k]):
                problems.append(f"{k} must be {X_TASK_MEMBERS[k].__name__}")
        problems += [f"missing {k}" for k in X_TASK_REQUIRED - set(task)]
        for k in ("taskId", "resultUrls"):
            if not (isinstance(task.get(k), list) and task[k] and all(isinstance(x, str) for x in task[k])):
                problems.append(f"{k} must be a non-empty list of paths")
        for k in ("succeeded", "failed"):
            if not (isinstance(task.get(k), list) and task[k] and all(isinstance(x, str) for x in task[k])):
                problems.append(f"{k} must be a non-empty list of states")
        paths = [p for k in ("taskId", "resultUrls") for p in task.get(k) or [] if isinstance(p, str)]
        paths += [task[k] for k in ("state", "progress", "coverUrl", "errorCode", "errorMessage", "estimatedSeconds") if isinstance(task.get(k), str)]
        for p in paths:
            if not re.fullmatch(r"(/([^/~]|~[01])*)+", p):
                problems.append(f"bad path {p!r}")
        polling = task.get("polling") or {}
        if set(polling) != {"initialDelaySeconds", "intervalSeconds"} or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in polling.values()):
            problems.append("polling must be {initialDelaySeconds, intervalSeconds} with numbers >= 0")
        status = spec.operations.get(task.get("statusOperation"))
        if status is None or status[2]:
            problems.append(f"statusOperation {task.get('statusOperation')!r} is not an operation")
        elif task.get("statusParameter") not in [p.get("name") for p in status[1].get("parameters") or [] if p.get("in") in ("path", "query")]:
            problems.append(f"statusParameter {task.get('statusParameter')!r} is not a path or query parameter of {task['statusOperation']}")
        if "cancelOperation" in task:
            cancel = spec.operations.get(task["cancelOperation"])
            if cancel is None or task.get("statusParameter") not in [p.get("name") for p in cancel[1].get("parameters") or []]:
                problems.append(f"cancelOperation {task['cancelOperation']!r} missing or lacks parameter {task.get('statusParameter')!r}")
        lint.check(not problems, f"{name}: {op_id} x-task is well-formed", "; ".join(problems))
        if problems:
            continue

        # The paths find what they promise in the documented examples.
        for key, example in (op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("examples") or {}).items():
            ids = next((v for p in task["taskId"] for v in eval_task_path(example["value"], p) if isinstance(v, str)), None)
            lint.check(bool(ids), f"{name}: {op_id} x-task.taskId finds the id in example {key}")
        status_examples = []
        status_op = status[1]
        for key, ex in (status_op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("examples") or {}).items():
            status_examples.append((f"{task['statusOperation']}/{key}", key, ex["value"]))
        for hook_id, (hbase, hop, is_hook, _, _) in spec.operations.items():
            if is_hook:
                for key, ex in ((hop.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("examples") or {}).items():
                    status_examples.append((f"webhook {hook_id}/{key}", key, ex["value"]))
        for label, key, value in status_examples:
            states = [s for s in eval_task_path(value, task["state"]) if isinstance(s, str)]
            lint.check(len(states) == 1, f"{name}: {op_id} x-task.state finds one state in {label}", repr(states))
            if not states:
                continue
            if states[0] in task["succeeded"]:
                urls = []
                for p in task["resultUrls"]:
                    urls = [u for u in eval_task_path(value, p) if isinstance(u, str)]
                    if urls:
                        break
                if (name, key) in RESULT_URL_EXEMPT:
                    lint.check(not urls, f"{name}: {label} is exempt from x-task.resultUrls ({RESULT_URL_EXEMPT[(name, key)]})")
                else:
                    lint.check(bool(urls), f"{name}: {op_id} x-task.resultUrls finds URLs in {label}")
                if "coverUrl" in task:
                    covers = [c for c in eval_task_path(value, task["coverUrl"]) if isinstance(c, str)]
                    lint.check(bool(covers), f"{name}: {op_id} x-task.coverUrl finds the cover in {label}")
            if states[0] in task["failed"] and "errorCode" in task:
                codes = eval_task_path(value, task["errorCode"])
                lint.check(bool(codes), f"{name}: {op_id} x-task.errorCode finds the code in {label}")
    # Every POST that starts a task has x-task; nothing else does.
    others = [op_id for op_id, e in spec.operations.items() if "x-task" in e[1] and (op_id, e) not in creates]
    lint.check(not others, f"{name}: x-task only on create operations", repr(others))


def request_constraint_locations(spec: Spec) -> set:
    roots = [p for p, side in schema_roots(spec.doc) if side == "request"]
    locations = set()
    seen = set()
    todo = list(roots)
    while todo:
        ptr = todo.pop()
        if ptr in seen:
            continue
        seen.add(ptr)

        def visit(s, p, under_if, under_not):
            if "$ref" in s:
                todo.append(s["$ref"][1:])
            if under_if or under_not:
                return
            for k in s:
                if k in CONSTRAINTS:
                    locations.add(f"{p}/{k}")
            if s.get("additionalProperties") is False:
                locations.add(f"{p}/additionalProperties")

        walk_schema(get_pointer(spec.doc, ptr), ptr, visit)
    # Subschemas under `not` are the `not`'s own business, and `if` only selects a branch.
    return locations


def check_cases(lint: Lint, specs: dict):
    table = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    bases = table.get("bases", {})
    covered = {name: set() for name in specs}
    base_checked = set()
    n_invalid = n_valid = 0
    for i, case in enumerate(table["cases"]):
        label = f"case {i} ({case.get('spec')}: {case.get('rule')})"
        spec = specs.get(case.get("spec"))
        if spec is None:
            lint.check(False, label, "unknown spec")
            continue
        if "schema" in case:
            root = case["schema"].lstrip("#")
        else:
            root = spec.target_pointer(case.get("operationId"), case.get("direction", "request"))
        if root is None or get_pointer(spec.doc, root) is _MISSING:
            lint.check(False, label, f"target not found: {case.get('operationId')} {case.get('direction')} {case.get('schema')}")
            continue
        if not case.get("source") or not case.get("rule") or case.get("expect") not in ("valid", "invalid"):
            lint.check(False, label, "each case needs rule, source and expect valid|invalid")
            continue
        if "base" in case:
            if case["base"] not in bases:
                lint.check(False, label, f"unknown base {case['base']}")
                continue
            key = (case["spec"], root, case["base"])
            if key not in base_checked:
                base_checked.add(key)
                errs = spec.errors(root, expand(bases[case["base"]]))
                lint.check(not errs, f"base {case['base']} is valid for {case['spec']} {root}", "; ".join(e.message for e in errs))
            instance = expand(merge_patch(bases[case["base"]], case.get("patch", {})))
        else:
            instance = expand(case["instance"])
        errs = spec.errors(root, instance)
        if case["expect"] == "valid":
            n_valid += 1
            lint.check(not errs, f"{label} is accepted", "; ".join(e.message[:200] for e in errs))
            continue
        n_invalid += 1
        at = case.get("at")
        if not errs:
            lint.check(False, f"{label} is rejected", f"accepted: {short(instance)}")
            continue
        if at is None:
            lint.check(False, label, "invalid cases need `at`, the pointer of the constraint they test")
            continue
        if get_pointer(spec.doc, at) is _MISSING:
            lint.check(False, label, f"`at` {at} is not in the spec")
            continue
        locations = spec.error_locations(root, errs)
        ok = at in locations
        lint.check(ok, f"{label} is rejected by {at}", "rejected elsewhere: " + ", ".join(sorted(locations)))
        if ok:
            covered[case["spec"]].add(at)
    for name, spec in specs.items():
        missing = sorted(request_constraint_locations(spec) - covered[name])
        lint.check(not missing, f"{name}: every request-side constraint has an invalid case", "uncovered: " + ", ".join(missing))
    return n_invalid, n_valid


def main() -> int:
    lint = Lint(verbose="--verbose" in sys.argv[1:])
    specs = {}
    for path in sorted(SPECS.glob("*.json")):
        name = path.name
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            lint.check(False, f"{name}: readable JSON", str(exc))
            continue
        try:
            validate_openapi(doc, cls=OpenAPIV31SpecValidator)
            lint.check(True, f"{name}: OpenAPI 3.1")
        except Exception as exc:  # the validator raises its own error types
            lint.check(False, f"{name}: OpenAPI 3.1", str(exc)[:800])
        specs[name] = Spec(name, doc)

    lint.check(bool(specs), "specs/ holds at least one spec")
    table = expected_table({name: spec.doc for name, spec in specs.items()})
    check_table(lint, table)
    all_examples = []
    for spec in specs.values():
        check_structure(lint, spec, table[spec.name])
        all_examples += check_examples(lint, spec)
        check_x_task(lint, spec, table[spec.name])
    docs_dir = next((d for d in VENDOR_DOCS_CANDIDATES if (d / "supplement.md").is_file()), None)
    if docs_dir is None:
        print("note: shared/vendor-docs not found (set VIDUKIT_VENDOR_DOCS); examples not compared with their sources")
    else:
        survey = next((p for p in SURVEY_CANDIDATES if p.is_file()), None)
        if survey is None:
            print("note: the survey report not found (set VIDUKIT_SURVEY); page-sourced examples not compared")
        for spec in specs.values():
            check_examples_in_sources(lint, spec, docs_dir, survey)
    distinct = {json.dumps(v, sort_keys=True, ensure_ascii=False) for _, v, _ in all_examples}
    lint.check(len(distinct) > 30, "more than 30 distinct documented examples", f"{len(distinct)}")
    n_invalid, n_valid = check_cases(lint, specs)
    print(f"({len(all_examples)} examples, {len(distinct)} distinct; {n_invalid} invalid and {n_valid} valid cases)")
    print(f"{lint.passed} passed, {lint.failed} failed")
    return 1 if lint.failed else 0


if __name__ == "__main__":
    sys.exit(main())
