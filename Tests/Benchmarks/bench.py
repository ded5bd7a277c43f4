#!/usr/bin/env python3
"""ViduKit benchmarks against apple/swift-openapi-generator (issue #8).

One command, end to end:

    python3 Tests/Benchmarks/bench.py            # full run, writes Tests/Benchmarks/BENCHMARKS.md
    python3 Tests/Benchmarks/bench.py --quick    # fewer runs, for trying the script (no BENCHMARKS.md)
    python3 Tests/Benchmarks/bench.py --only validation   # section 7 alone, on the committed Generated/
    python3 Tests/Benchmarks/bench.py --only download     # peak memory of `vidu wait` on a 1 GiB result vs curl -o
    python3 Tests/Benchmarks/bench.py --only drift        # DriftObserver overhead per decoded response
    python3 Tests/Benchmarks/bench.py --only corpus       # the published OpenAPI documents: ours vs the anchor,
                                                          # generate + clean build, time and peak memory (corpus_bench.py)
    python3 Tests/Benchmarks/bench.py --only corpus --corpus oai-petstore-3.0.yaml   # one document
    python3 Tests/Benchmarks/bench.py --only build-scaling  # issue 14: generated-target debug build vs N schemas
    python3 Tests/Benchmarks/bench.py --only clean-build    # section 4 alone (clean debug builds vs the anchor)

Everything throwaway lives in .bench/ at the repository root (git-ignored): the anchor CLI package
(built once, cached), the spec copies the anchor reads, generated outputs, and the packages that
time the builds, check enum decoding and time validation. Nothing here is part of Package.swift.

Needs: swift, git (with github.com read from a local mirror when offline), python3 (stdlib only).
Optional: perf (profiles when a goal is missed; installed with apt-get as root when absent,
otherwise the profile is skipped and the report says so).
"""

import argparse
import copy
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
BENCH = os.path.join(REPO, ".bench")
# Every provider, as vidu-codegen's registry lists them: the base name of each specs/*.json in
# file order, and the Swift namespace its spec declares.
SPECS = sorted(name[:-5] for name in os.listdir(os.path.join(REPO, "specs")) if name.endswith(".json"))
NAMESPACE = {}
for _name in SPECS:
    with open(os.path.join(REPO, "specs", f"{_name}.json"), encoding="utf-8") as _spec:
        NAMESPACE[_name] = json.load(_spec)["info"]["x-swift-namespace"]

ANCHOR_GENERATOR = "1.14.3"
ANCHOR_RUNTIME = "1.13.4"
ANCHOR_URLSESSION = "1.4.0"
GITHUB = "https://github.com/apple/"

# The constraint keywords counted in section 6 (`if` stands for if/then/else).
CONSTRAINTS = ["minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
               "pattern", "enum", "const", "minItems", "maxItems", "required", "dependentRequired", "if"]

# Schema keywords whose value is one subschema / a list of them / a map of them.
SUB_ONE = ["items", "not", "if", "then", "else", "contains", "propertyNames", "additionalProperties",
           "contentSchema", "unevaluatedItems", "unevaluatedProperties"]
SUB_LIST = ["allOf", "anyOf", "oneOf", "prefixItems"]
SUB_MAP = ["properties", "patternProperties", "dependentSchemas", "$defs"]

LOG = []


def say(text=""):
    print(text, flush=True)
    LOG.append(text)


def run(cmd, cwd=None, check=True, capture=True, env=None):
    result = subprocess.run(cmd, cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE if capture else None,
                            stderr=subprocess.STDOUT if capture else None)
    if check and result.returncode != 0:
        sys.stderr.write(result.stdout or "")
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(cmd)} in {cwd}")
    return result


def timed(cmd, cwd=None):
    start = time.perf_counter()
    result = run(cmd, cwd=cwd)
    return time.perf_counter() - start, result


def pointer_escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_get(document, pointer):
    node = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def pointer_remove(document, pointer):
    tokens = pointer.split("/")[1:]
    parent = pointer_get(document, "/" + "/".join(tokens[:-1])) if len(tokens) > 1 else document
    last = tokens[-1].replace("~1", "/").replace("~0", "~")
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        del parent[last]


# ---------------------------------------------------------------------------------------------
# Machine

def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    swift = run(["swift", "--version"], check=False).stdout.strip().splitlines()[0]
    return {"nproc": os.cpu_count(), "memory": f"{mem_kb / 1024 / 1024:.1f} GiB", "cpu": cpu, "swift": swift,
            "kernel": os.uname().release}


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


# ---------------------------------------------------------------------------------------------
# 1. Build both generators (release)

ANCHOR_CLI_PACKAGE = f"""// swift-tools-version:5.9
// Throwaway package (ViduKit benchmarks): builds the swift-openapi-generator {ANCHOR_GENERATOR} CLI.
import PackageDescription
let package = Package(
    name: "anchor-cli",
    dependencies: [.package(url: "{GITHUB}swift-openapi-generator", exact: "{ANCHOR_GENERATOR}")],
    targets: []
)
"""


def build_generators():
    cli = os.path.join(BENCH, "anchor-cli")
    os.makedirs(cli, exist_ok=True)
    manifest = os.path.join(cli, "Package.swift")
    if not os.path.exists(manifest) or open(manifest).read() != ANCHOR_CLI_PACKAGE:
        with open(manifest, "w") as f:
            f.write(ANCHOR_CLI_PACKAGE)
    say(f"== 1. building the anchor CLI swift-openapi-generator {ANCHOR_GENERATOR} (release, cached in .bench/anchor-cli)")
    seconds, _ = timed(["swift", "build", "-c", "release", "--product", "swift-openapi-generator"], cwd=cli)
    anchor = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=cli).stdout.strip(),
                          "swift-openapi-generator")
    say(f"   anchor CLI ready in {seconds:.1f} s: {os.path.relpath(anchor, REPO)}")
    say("== 1. building vidu-codegen (release)")
    seconds, _ = timed(["swift", "build", "-c", "release", "--product", "vidu-codegen"], cwd=REPO)
    ours = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO).stdout.strip(),
                        "vidu-codegen")
    say(f"   vidu-codegen ready in {seconds:.1f} s: {os.path.relpath(ours, REPO)}")
    return ours, anchor


# ---------------------------------------------------------------------------------------------
# 2. The anchor's copies of the specs: remove only what it cannot read

def walk_schemas(node, pointer, visit):
    """Calls visit(schema, pointer) for every schema object under `node` (itself a schema)."""
    if not isinstance(node, dict):
        return
    visit(node, pointer)
    for key in SUB_ONE:
        if isinstance(node.get(key), dict):
            walk_schemas(node[key], f"{pointer}/{key}", visit)
    for key in SUB_LIST:
        if isinstance(node.get(key), list):
            for index, sub in enumerate(node[key]):
                walk_schemas(sub, f"{pointer}/{key}/{index}", visit)
    for key in SUB_MAP:
        if isinstance(node.get(key), dict):
            for name, sub in node[key].items():
                walk_schemas(sub, f"{pointer}/{key}/{pointer_escape(name)}", visit)


def document_schemas(document, visit):
    """Every schema of an OpenAPI document: components, parameters, bodies, headers, webhooks."""
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        walk_schemas(schema, f"/components/schemas/{pointer_escape(name)}", visit)
    for section in ("paths", "webhooks"):
        for path, item in document.get(section, {}).items():
            for method, operation in item.items():
                if not isinstance(operation, dict):
                    continue
                base = f"/{section}/{pointer_escape(path)}/{method}"
                for index, parameter in enumerate(operation.get("parameters", [])):
                    walk_schemas(parameter.get("schema"), f"{base}/parameters/{index}/schema", visit)
                body = operation.get("requestBody", {})
                for media, content in body.get("content", {}).items():
                    walk_schemas(content.get("schema"), f"{base}/requestBody/content/{pointer_escape(media)}/schema", visit)
                for status, response in operation.get("responses", {}).items():
                    for media, content in response.get("content", {}).items():
                        walk_schemas(content.get("schema"),
                                     f"{base}/responses/{status}/content/{pointer_escape(media)}/schema", visit)
                    for header, spec in response.get("headers", {}).items():
                        walk_schemas(spec.get("schema"), f"{base}/responses/{status}/headers/{pointer_escape(header)}/schema", visit)


# What swift-openapi-generator 1.14.3 cannot read in these specs. Run on the unmodified documents it
# exits 0 without a warning, but its output shows what it misreads (the script shows it: `anchor_unmodified_evidence`):
# it ignores `if`/`then`/`else`, so each model-dependent rule in an `allOf` becomes an untyped
# `OpenAPIValueContainer` member (`value1`, `value2`, ...), and a schema with `allOf` loses its own
# `properties`: every create request became a struct of untyped blobs without `model`, `prompt`, ...
# The smallest removal that lets it read the request properties is the rules themselves: the
# `allOf` members made only of if/then/else (the whole `allOf` when every member is one), and any
# if/then/else elsewhere. Everything else (oneOf, not, dependentRequired, const, server variables,
# webhooks, x- extensions) it reads or ignores without losing anything else, so it stays.
RULE_KEYS = {"if", "then", "else", "description", "$comment"}


def anchor_removals(document):
    removals = []

    def visit(schema, pointer):
        members = schema.get("allOf")
        if isinstance(members, list):
            rules = [i for i, m in enumerate(members) if isinstance(m, dict) and "if" in m and set(m) <= RULE_KEYS]
            if rules and len(rules) == len(members):
                removals.append((f"{pointer}/allOf", f"allOf of {len(rules)} if/then/else rule(s): the anchor ignores "
                                 "if/then/else, makes each rule an untyped member and drops this schema's properties"))
            else:
                for index in reversed(rules):
                    removals.append((f"{pointer}/allOf/{index}", "if/then/else rule: ignored by the anchor, "
                                     "which makes it an untyped member"))
        for key in ("if", "then", "else"):
            if key in schema and not pointer.split("/")[-2:-1] == ["allOf"]:
                removals.append((f"{pointer}/{key}", "if/then/else outside an allOf: ignored by the anchor"))
    document_schemas(document, visit)
    # A pointer under one already removed goes with it.
    return [r for r in removals if not any(r[0] != o[0] and r[0].startswith(o[0] + "/") for o in removals)]


def anchor_unmodified_evidence(anchor, specs_dir):
    """Generates with the anchor from the unmodified documents (untimed) and lists the schemas that
    came out as untyped `valueN: OpenAPIValueContainer` members: what the removals fix."""
    out = os.path.join(BENCH, "gen", "anchor-unmodified")
    shutil.rmtree(out, ignore_errors=True)
    generate_anchor(anchor, specs_dir, out)
    found = []
    for name in SPECS:
        path = os.path.join(out, NAMESPACE[name], "Types+Components+Schemas.swift")
        current = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                match = re.match(r"\s*public struct (\w+)", line)
                if match:
                    current = match.group(1)
                if re.match(r"\s*public var value\d+: OpenAPIRuntime.OpenAPIValueContainer", line):
                    found.append(f"{name}: {current}")
    return sorted(set(found), key=found.index)


def base_specs(ours):
    """The spec documents both generators read: specs/ itself, unless this commit's vidu-codegen
    cannot read it yet (then the smallest workaround, applied to both, is reported)."""
    specs = os.path.join(REPO, "specs")
    if run([ours, "lint", "--specs", specs], cwd=REPO, check=False).returncode == 0:
        return specs, []
    # Named .../specs so the generated files name `specs/<name>.json`, as in Generated/.
    out = os.path.join(BENCH, "base", "specs")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    notes = []
    for name in SPECS:
        with open(os.path.join(specs, f"{name}.json")) as f:
            document = json.load(f)
        for index, server in enumerate(document.get("servers", [])):
            variables = server.pop("variables", None)
            if variables:
                for variable, spec in variables.items():
                    server["url"] = server["url"].replace("{" + variable + "}", spec["default"])
                notes.append(f"specs/{name}.json#/servers/{index}/variables: substituted into the URL "
                             f"({server['url']}) for BOTH generators, because this commit's vidu-codegen rejects server variables")
        with open(os.path.join(out, f"{name}.json"), "w") as f:
            json.dump(document, f, indent=2, ensure_ascii=False)
    lint = run([ours, "lint", "--specs", out], cwd=REPO, check=False)
    if lint.returncode != 0:
        raise SystemExit(f"vidu-codegen cannot read the specs:\n{lint.stdout}")
    return out, notes


def make_anchor_specs(source):
    out = os.path.join(BENCH, "anchor-specs")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    removed = {}
    for name in SPECS:
        with open(os.path.join(source, f"{name}.json")) as f:
            document = json.load(f)
        removals = anchor_removals(document)
        transformed = copy.deepcopy(document)
        # Deepest pointers first, so removing one never moves another.
        for pointer, _ in sorted(removals, key=lambda r: r[0].count("/"), reverse=True):
            pointer_remove(transformed, pointer)
        with open(os.path.join(out, f"{name}.json"), "w") as f:
            json.dump(transformed, f, indent=2, ensure_ascii=False)
        removed[name] = removals
    return out, removed


# ---------------------------------------------------------------------------------------------
# 3. Generation time

ANCHOR_CONFIG = """generate:
  - types
  - client
accessModifier: public
"""


def generate_ours(ours, specs_dir, output):
    return run([ours, "generate", "--specs", specs_dir, "--output", output], cwd=REPO)


def generate_anchor(anchor, specs_dir, output):
    config = os.path.join(BENCH, "anchor-config.yaml")
    for name in SPECS:
        target = os.path.join(output, NAMESPACE[name])
        os.makedirs(target, exist_ok=True)
        run([anchor, "generate", "--config", config, "--output-directory", target,
             os.path.join(specs_dir, f"{name}.json")])


def generation_times(ours, anchor, ours_specs, specs_dir, runs):
    scratch = os.path.join(BENCH, "gen")
    for entry in os.listdir(scratch) if os.path.isdir(scratch) else []:
        if entry != "anchor-unmodified":
            shutil.rmtree(os.path.join(scratch, entry))
    os.makedirs(scratch, exist_ok=True)
    # One untimed warm-up of each (page cache, dynamic loader).
    generate_ours(ours, ours_specs, os.path.join(scratch, "ours-warm"))
    generate_anchor(anchor, specs_dir, os.path.join(scratch, "anchor-warm"))
    times = {"ours": [], "anchor": []}
    for index in range(runs):
        order = ["ours", "anchor"] if index % 2 == 0 else ["anchor", "ours"]
        for who in order:
            output = os.path.join(scratch, f"{who}-{index}")
            start = time.perf_counter()
            if who == "ours":
                generate_ours(ours, ours_specs, output)
            else:
                generate_anchor(anchor, specs_dir, output)
            times[who].append(time.perf_counter() - start)
            shutil.rmtree(output)
    return times, os.path.join(scratch, "ours-warm"), os.path.join(scratch, "anchor-warm")


# ---------------------------------------------------------------------------------------------
# 4. Clean debug build of the generated library with its runtime

def ours_library_package(generated):
    root = os.path.join(BENCH, "lib-ours")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "Sources"))
    shutil.copytree(os.path.join(REPO, "Sources", "ViduRuntime"), os.path.join(root, "Sources", "ViduRuntime"))
    shutil.copytree(generated, os.path.join(root, "Sources", "ViduClients"))
    with open(os.path.join(root, "Package.swift"), "w") as f:
        f.write(ours_manifest(with_check=False))
    return root


def ours_manifest(with_check):
    check = """
        .executableTarget(name: "OursCheck", dependencies: ["ViduClients", "ViduRuntime"]),""" if with_check else ""
    return f"""// swift-tools-version:6.0
// Throwaway package (ViduKit benchmarks): copies of Generated/ and Sources/ViduRuntime.
import PackageDescription
let package = Package(
    name: "lib-ours",
    targets: [
        .target(name: "ViduRuntime"),
        .target(name: "ViduClients", dependencies: ["ViduRuntime"]),{check}
    ]
)
"""


def anchor_library_package(generated):
    root = os.path.join(BENCH, "lib-anchor")
    shutil.rmtree(os.path.join(root, "Sources"), ignore_errors=True)
    os.makedirs(os.path.join(root, "Sources"))
    for name in SPECS:
        shutil.copytree(os.path.join(generated, NAMESPACE[name]), os.path.join(root, "Sources", f"Anchor{NAMESPACE[name]}"))
    with open(os.path.join(root, "Package.swift"), "w") as f:
        f.write(anchor_manifest(with_check=False))
    return root


def anchor_manifest(with_check):
    targets = ",\n".join(
        f"""        .target(name: "Anchor{NAMESPACE[name]}", dependencies: [
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
        ])""" for name in SPECS)
    check = ",\n        .executableTarget(name: \"AnchorCheck\", dependencies: [" + ", ".join(
        f"\"Anchor{NAMESPACE[name]}\"" for name in SPECS) + "])" if with_check else ""
    return f"""// swift-tools-version:5.9
// Throwaway package (ViduKit benchmarks): swift-openapi-generator {ANCHOR_GENERATOR} output for the
// four specs (one target each: the anchor has no namespace option) with its runtime and transport.
import PackageDescription
let package = Package(
    name: "lib-anchor",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "{GITHUB}swift-openapi-runtime", exact: "{ANCHOR_RUNTIME}"),
        .package(url: "{GITHUB}swift-openapi-urlsession", exact: "{ANCHOR_URLSESSION}"),
    ],
    targets: [
{targets}{check}
    ]
)
"""


def clean_build(root):
    shutil.rmtree(os.path.join(root, ".build"), ignore_errors=True)
    # Resolution (cloning from the local mirror) is not build time; it is timed separately.
    start = time.perf_counter()
    run(["swift", "package", "resolve"], cwd=root)
    resolve = time.perf_counter() - start
    seconds, _ = timed(["swift", "build"], cwd=root)
    return seconds, resolve


def touch_tree(directory):
    now = time.time()
    for base, _, files in os.walk(directory):
        for name in files:
            os.utime(os.path.join(base, name), (now, now))


def build_times(ours_root, anchor_root, runs):
    times = {"ours": [], "anchor": [], "ours_resolve": [], "anchor_resolve": [],
             "ours_incremental": [], "anchor_incremental": []}
    for index in range(runs):
        order = [("ours", ours_root), ("anchor", anchor_root)]
        if index % 2 == 1:
            order.reverse()
        for who, root in order:
            seconds, resolve = clean_build(root)
            times[who].append(seconds)
            times[f"{who}_resolve"].append(resolve)
            say(f"   clean debug build {who} #{index + 1}: {seconds:.1f} s (resolve {resolve:.1f} s, load {load()})")
    # Generated code only: touch the generated sources of a built package and rebuild; only the
    # generated modules compile again (the runtime and dependencies are up to date).
    for index in range(runs):
        order = [("ours", ours_root, ["ViduClients"]),
                 ("anchor", anchor_root, [f"Anchor{NAMESPACE[n]}" for n in SPECS])]
        if index % 2 == 1:
            order.reverse()
        for who, root, targets in order:
            for target in targets:
                touch_tree(os.path.join(root, "Sources", target))
            seconds, _ = timed(["swift", "build"], cwd=root)
            times[f"{who}_incremental"].append(seconds)
            say(f"   generated-code-only rebuild {who} #{index + 1}: {seconds:.1f} s")
    return times


# ---------------------------------------------------------------------------------------------
# 5. Generated lines per operation

def count_lines(directory):
    code = 0
    total_bytes = 0
    files = 0
    for base, _, names in os.walk(directory):
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            files += 1
            path = os.path.join(base, name)
            total_bytes += os.path.getsize(path)
            in_block = False
            with open(path, encoding="utf-8") as f:
                for line in f:
                    text = line.strip()
                    if in_block:
                        if "*/" in text:
                            in_block = False
                            text = text.split("*/", 1)[1].strip()
                        else:
                            continue
                    if not text or text.startswith("//"):
                        continue
                    if text.startswith("/*"):
                        if "*/" not in text:
                            in_block = True
                        continue
                    code += 1
    return {"lines": code, "bytes": total_bytes, "files": files}


def operation_counts():
    operations = webhooks = 0
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)
        for item in document.get("paths", {}).values():
            operations += sum(1 for method, op in item.items() if isinstance(op, dict) and "operationId" in op)
        webhooks += len(document.get("webhooks", {}))
    return operations, webhooks


# ---------------------------------------------------------------------------------------------
# 6. What each output enforces

def spec_constraints():
    """(spec, pointer, keyword, side) for every constraint keyword in the specs."""
    found = []
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)

        def visit(schema, pointer):
            for keyword in CONSTRAINTS:
                if keyword in schema:
                    if keyword in ("required", "dependentRequired") and not schema[keyword]:
                        continue
                    found.append((name, pointer, keyword))
        document_schemas(document, visit)
    return found


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def defaults_exposed(ours_output):
    """Every `default` in the specs, and whether ours exposes it as API (`<property>Default` and
    `<property>OrDefault`). A default on a reusable component counts for the properties that
    reference it; a default inside if/then/else is model-dependent."""
    sites = []
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)
        referrers = {}

        def collect(schema, pointer):
            for prop, sub in schema.get("properties", {}).items():
                if isinstance(sub, dict) and "$ref" in sub:
                    referrers.setdefault(sub["$ref"][1:], set()).add(prop)
        document_schemas(document, collect)
        text = ""
        for base, _, names in os.walk(os.path.join(ours_output, NAMESPACE[name])):
            for file in names:
                with open(os.path.join(base, file), encoding="utf-8") as f:
                    text += f.read()

        def visit(schema, pointer):
            if "default" not in schema:
                return
            tokens = pointer.split("/")
            conditional = any(t in ("if", "then", "else") for t in tokens)
            props = [tokens[-1]] if len(tokens) > 1 and tokens[-2] == "properties" else sorted(referrers.get(pointer, []))
            exposed = bool(props) and all(re.search(rf"public static let {camel(p)}Default\b", text) for p in props)
            sites.append({"spec": name, "pointer": pointer, "conditional": conditional, "exposed": exposed,
                          "properties": props})
        document_schemas(document, visit)
    return sites


def unknown_state_cases():
    """A documented status body per provider with its state replaced by an unknown value."""
    marker = "bench-unknown-state"
    cases = []
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)
        operations = {op["operationId"]: op for item in document["paths"].values()
                      for op in item.values() if isinstance(op, dict) and "operationId" in op}
        create = next(op for op in operations.values() if "x-task" in op)
        task = create["x-task"]
        status_op = operations[task["statusOperation"]]
        media = status_op["responses"]["200"]["content"]["application/json"]
        examples = list(media.get("examples", {}).values())
        if not examples:  # e.g. UniAll: the status call answers the create call's schema
            other = create["responses"]["200"]["content"]["application/json"]
            if other.get("schema") == media.get("schema"):
                examples = list(other.get("examples", {}).values())
        body = copy.deepcopy(examples[0]["value"])
        tokens = task["state"].split("/")[1:]
        parent = pointer_get(body, "/" + "/".join(tokens[:-1])) if len(tokens) > 1 else body
        parent[tokens[-1]] = marker
        schema = media["schema"]["$ref"].split("/")[-1]
        cases.append({"provider": name, "operationID": task["statusOperation"], "status": "200", "body": body,
                      "marker": marker, "schema": schema, "statePointer": task["state"]})
    return cases


def anchor_check_source(cases):
    lines = ["// Generated by Tests/Benchmarks/bench.py: decodes status bodies with an unknown state",
             "// into the anchor's generated types.", "import Foundation"]
    lines += [f"import Anchor{NAMESPACE[n]}" for n in SPECS]
    lines += ["", "let cases = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))) as! [[String: Any]]",
              "var out: [[String: Any]] = []",
              "func check<T: Decodable>(_ type: T.Type, _ item: [String: Any]) {",
              "    let body = try! JSONSerialization.data(withJSONObject: item[\"body\"]!)",
              "    let marker = item[\"marker\"] as! String",
              "    var record: [String: Any] = [\"provider\": item[\"provider\"]!, \"type\": String(reflecting: T.self)]",
              "    do {",
              "        let value = try JSONDecoder().decode(T.self, from: body)",
              "        record[\"decoded\"] = true",
              "        record[\"keepsValue\"] = String(reflecting: value).contains(marker)",
              "    } catch {",
              "        record[\"decoded\"] = false",
              "        record[\"detail\"] = \"\\(error)\"",
              "    }",
              "    out.append(record)",
              "}",
              "for item in cases {",
              "    switch item[\"provider\"] as! String {"]
    for case in cases:
        module = f"Anchor{NAMESPACE[case['provider']]}"
        lines.append(f"    case \"{case['provider']}\": check({module}.Components.Schemas.{case['schema']}.self, item)")
    lines += ["    default: fatalError()", "    }", "}",
              "print(String(decoding: try! JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self))", ""]
    return "\n".join(lines)


# Swift that checks a value at run time: none of these appear in the anchor's output unless it
# enforces something (listed so a reader can see what was searched for).
RUNTIME_CHECK_PATTERNS = [r"\.count\s*[<>]=?", r"\bminLength\b", r"\bmaxLength\b", r"\bminimum\b", r"\bmaximum\b",
                          r"\bRegex\b", r"NSRegularExpression", r"\bprecondition\(", r"\bguard\b.*\bthrow\b",
                          r"\bmultipleOf\b", r"\bminItems\b", r"\bmaxItems\b"]


def anchor_enforcement(anchor_output):
    hits = []
    closed_enums = 0
    for base, _, names in os.walk(anchor_output):
        for name in names:
            if not name.endswith(".swift"):
                continue
            with open(os.path.join(base, name), encoding="utf-8") as f:
                text = f.read()
            closed_enums += len(re.findall(r"@frozen public enum \w+: String, Codable, Hashable, Sendable, CaseIterable", text))
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip().startswith("//"):
                    continue
                for pattern in RUNTIME_CHECK_PATTERNS:
                    if re.search(pattern, line):
                        hits.append(f"{os.path.relpath(os.path.join(base, name), anchor_output)}:{number}: {line.strip()}")
    return hits, closed_enums


def enforcement(ours_constraints_json):
    constraints = spec_constraints()
    table = {}
    for provider, nodes in ours_constraints_json.items():
        for node in nodes:
            table.setdefault((provider, node["location"]), set()).update(node["keywords"])
    per_keyword = {}
    missing = []
    for provider, pointer, keyword in constraints:
        row = per_keyword.setdefault(keyword, [0, 0])
        row[0] += 1
        if keyword in table.get((provider, pointer), set()):
            row[1] += 1
        else:
            missing.append(f"{provider}#{pointer} {keyword}")
    return per_keyword, missing, len(constraints)


# ---------------------------------------------------------------------------------------------
# 7. Validation vs encoding

def request_examples():
    examples = []
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)
        for item in document["paths"].values():
            for op in item.values():
                if not isinstance(op, dict) or "x-task" not in op:
                    continue
                media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                for key, example in media.get("examples", {}).items():
                    examples.append({"provider": name, "operationID": op["operationId"], "example": key,
                                     "body": example["value"]})
    return examples


def validation_package(generated):
    root = os.path.join(BENCH, "valbench")
    shutil.rmtree(os.path.join(root, "Sources"), ignore_errors=True)
    os.makedirs(os.path.join(root, "Sources"))
    shutil.copytree(os.path.join(REPO, "Sources", "ViduRuntime"), os.path.join(root, "Sources", "ViduRuntime"))
    shutil.copytree(generated, os.path.join(root, "Sources", "ViduClients"))
    shutil.copytree(os.path.join(HERE, "Sources", "ValBench"), os.path.join(root, "Sources", "ValBench"))
    with open(os.path.join(root, "Package.swift"), "w") as f:
        f.write("""// swift-tools-version:6.0
// Throwaway package (ViduKit benchmarks): validate() against JSONEncoder, release build.
import PackageDescription
let package = Package(
    name: "valbench",
    targets: [
        .target(name: "ViduRuntime"),
        .target(name: "ViduClients", dependencies: ["ViduRuntime"]),
        .executableTarget(name: "ValBench", dependencies: ["ViduClients", "ViduRuntime"]),
    ]
)
""")
    return root


def build_validation_bench(generated):
    """Builds ValBench (release) over `generated`; returns its binary and the examples file."""
    val_root = validation_package(generated)
    examples_path = os.path.join(BENCH, "request-examples.json")
    with open(examples_path, "w") as f:
        json.dump(request_examples(), f, indent=2, ensure_ascii=False)
    run(["swift", "build", "-c", "release", "--product", "ValBench"], cwd=val_root)
    val_bin = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=val_root).stdout.strip(), "ValBench")
    return val_bin, examples_path


def run_validation_bench(val_bin, examples_path):
    return [json.loads(line) for line in run([val_bin, examples_path]).stdout.splitlines() if line.strip()]


def validation_rows(validation):
    """Table rows (measure, ours, anchor, ratio) for the validation results."""
    rows = []
    for v in validation:
        if "error" in v:
            rows.append((f"validate() vs encode: {v['provider']} {v['operationID']}", "error", v["error"], ""))
            continue
        rows.append((f"{v['provider']} {v['operationID']} ({v['bytes']} B): validate() / JSONEncoder().encode, ns/op (min)",
                     f"{v['validateMin']:.0f} / {v['encodeMin']:.0f}", "— (no validation)",
                     f"validate = {v['validateMin'] / v['encodeMin']:.2f}× encode"))
        rows.append((f"{v['provider']} {v['operationID']}: schema walk alone (pre-encoded JSONValue), ns/op (min)",
                     f"{v['walkMin']:.0f}", "—", f"walk = {v['walkMin'] / v['encodeMin']:.2f}× encode"))
        rows.append((f"{v['provider']} {v['operationID']}: building the JSONValue inside validate() (validate − walk), ns/op",
                     f"{v['validateMin'] - v['walkMin']:.0f}", "—", f"= {(v['validateMin'] - v['walkMin']) / v['encodeMin']:.2f}× encode"))
    return rows


def validation_goal_of(validation):
    worst = max((v["validateMin"] / v["encodeMin"] for v in validation if "error" not in v), default=float("nan"))
    return worst, ("validate() cheaper than JSONEncoder().encode, every provider (min)", worst < 1,
                   f"worst validate/encode = {worst:.2f}")


def validation_only(args):
    """`--only validation`: section 7 on the committed Generated/, written to its own block."""
    os.makedirs(BENCH, exist_ok=True)
    started = time.time()
    info = machine()
    info["load_start"] = load()
    say("== 7. validate() vs JSONEncoder().encode (release), committed Generated/")
    val_bin, examples_path = build_validation_bench(os.path.join(REPO, "Generated"))
    info["load_validation"] = load()
    validation = run_validation_bench(val_bin, examples_path)
    info["load_end"] = load()
    worst, goal = validation_goal_of(validation)
    table = ["| Measure | ViduKit | swift-openapi-generator " + ANCHOR_GENERATOR + " | Ratio |", "|---|---|---|---|"]
    table += [f"| {m} | {o} | {a} | {r} |" for m, o, a, r in validation_rows(validation)]
    say("")
    for line in table:
        say(line)
    say(f"{'MET   ' if goal[1] else 'MISSED'} {goal[0]}: {goal[2]}")
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    if args.no_write or args.quick:
        return
    lines = [f"Measured {info['date']} with `python3 Tests/Benchmarks/bench.py --only validation` "
             f"({(time.time() - started) / 60:.1f} min, on the committed `Generated/`).", "",
             f"Machine: {info['nproc']} CPUs, {info['cpu']}, {info['swift']}. Load average (1/5/15 min) at the start "
             f"{info['load_start']}, during validation {info['load_validation']}, at the end {info['load_end']}.", ""]
    lines += table
    lines += ["", f"- **{'met' if goal[1] else 'MISSED'}**: {goal[0]}: {goal[2]}."]
    for v in validation:
        if "error" not in v:
            lines.append(f"- {v['provider']} `{v['operationID']}`: example `{v['example']}`, {v['bytes']} bytes encoded; "
                         f"ns/op min/median: encode {v['encodeMin']:.0f}/{v['encodeMedian']:.0f}, validate() "
                         f"{v['validateMin']:.0f}/{v['validateMedian']:.0f}, walk {v['walkMin']:.0f}/{v['walkMedian']:.0f} "
                         f"({v['batches']} batches × {v['iterations']} iterations)")
    replace_block("<!-- BEGIN VALIDATION RESULTS (written by bench.py --only validation) -->", "<!-- END VALIDATION RESULTS -->",
                  "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# Drift observer overhead per decoded response

def status_examples():
    """The documented 200 examples of every operation that has no request body (the status calls)."""
    examples = []
    for name in SPECS:
        with open(os.path.join(REPO, "specs", f"{name}.json")) as f:
            document = json.load(f)
        for item in document["paths"].values():
            for op in item.values():
                if not isinstance(op, dict) or "requestBody" in op or "operationId" not in op:
                    continue
                media = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
                for key, example in media.get("examples", {}).items():
                    examples.append({"provider": name, "operationID": op["operationId"], "status": 200, "example": key,
                                     "body": example["value"]})
    return examples


def drift_only(args):
    """`--only drift`: DriftObserver.observeResponse against the generated decode, per response (prints only)."""
    os.makedirs(BENCH, exist_ok=True)
    root = os.path.join(BENCH, "driftbench")
    shutil.rmtree(os.path.join(root, "Sources"), ignore_errors=True)
    os.makedirs(os.path.join(root, "Sources"))
    shutil.copytree(os.path.join(REPO, "Sources", "ViduRuntime"), os.path.join(root, "Sources", "ViduRuntime"))
    shutil.copytree(os.path.join(REPO, "Generated"), os.path.join(root, "Sources", "ViduClients"))
    shutil.copytree(os.path.join(HERE, "Sources", "DriftBench"), os.path.join(root, "Sources", "DriftBench"))
    with open(os.path.join(root, "Package.swift"), "w") as f:
        f.write("""// swift-tools-version:6.0
// Throwaway package (ViduKit benchmarks): drift observer overhead, release build.
import PackageDescription
let package = Package(
    name: "driftbench",
    targets: [
        .target(name: "ViduRuntime"),
        .target(name: "ViduClients", dependencies: ["ViduRuntime"]),
        .executableTarget(name: "DriftBench", dependencies: ["ViduClients", "ViduRuntime"]),
    ]
)
""")
    examples_path = os.path.join(BENCH, "status-examples.json")
    with open(examples_path, "w") as f:
        json.dump(status_examples(), f, indent=2, ensure_ascii=False)
    say("== Drift observer overhead per decoded response (release), committed Generated/")
    say(f"   load at start: {load()}")
    run(["swift", "build", "-c", "release", "--product", "DriftBench"], cwd=root)
    binary = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root).stdout.strip(), "DriftBench")
    results = [json.loads(line) for line in run([binary, examples_path]).stdout.splitlines() if line.strip()]
    say(f"   load at end: {load()}")
    say("| Body | bytes | drifts | decode ns/op (min/median) | observer ns/op (min/median) | observer / decode |")
    say("|---|---|---|---|---|---|")
    for r in results:
        if "error" in r:
            say(f"| {r['provider']} {r['operationID']} | error: {r['error']} | | | | |")
            continue
        say(f"| {r['provider']} {r['operationID']} `{r['example']}` | {r['bytes']} | {r['drifts']} | "
            f"{r['decodeMin']:.0f} / {r['decodeMedian']:.0f} | {r['observeMin']:.0f} / {r['observeMedian']:.0f} | "
            f"{r['observeMin'] / r['decodeMin']:.2f}× |")
    return results


# ---------------------------------------------------------------------------------------------
# Profiles for missed goals

def ensure_perf():
    if shutil.which("perf"):
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        run(["apt-get", "update", "-q"], check=False)
        run(["apt-get", "install", "-y", "-q", "linux-perf"], check=False)
    return shutil.which("perf") is not None


def perf_top(cmd, cwd, label, limit=18, env=None):
    """Top symbols (self time) of `cmd` under perf, demangled, or a note why there is none."""
    if not ensure_perf():
        return [f"(no profile for {label}: perf is not installed and could not be installed)"]
    data = os.path.join(BENCH, f"perf-{label}.data")
    record = run(["perf", "record", "-F", "2000", "-o", data, "--"] + cmd, cwd=cwd, check=False,
                 env=dict(os.environ, **(env or {})))
    if record.returncode != 0:
        return [f"(no profile for {label}: perf record failed: {record.stdout.strip().splitlines()[-1:]})"]
    report = run(["perf", "report", "-i", data, "--no-children", "--stdio", "--percent-limit", "1.2",
                  "--sort", "dso,symbol", "-g", "none"], check=False).stdout
    rows = []
    for line in report.splitlines():
        match = re.match(r"^\s*([0-9.]+%)\s+(\S+)\s+\[\.\]\s+(.*?)\s*(-\s+-)?\s*$", line)
        if match:
            rows.append((match.group(1), match.group(2), match.group(3)))
    rows = rows[:limit]
    demangled = run(["swift", "demangle", "--simplified"] + [r[2] for r in rows], check=False).stdout.splitlines() \
        if shutil.which("swift") and rows else []
    if len(demangled) != len(rows):
        demangled = [r[2] for r in rows]
    return [f"{percent:>7}  {dso:<16} {symbol.split(' ---> ')[-1][:150]}" for (percent, dso, _), symbol in zip(rows, demangled)]


def build_profile(ours_root, anchor_root):
    """Where a clean debug build spends its time: each package built in two steps (its runtime and
    dependencies first, then the generated modules; ours with -debug-time-function-bodies, which
    adds a little time), and the slowest function bodies of ours."""
    rows = []
    log = ""
    flags = ["-Xswiftc", "-Xfrontend", "-Xswiftc", "-debug-time-function-bodies"]
    for who, root, first in (("ours", ours_root, ["--target", "ViduRuntime"]),
                             ("anchor", anchor_root, ["--target", "OpenAPIURLSession"])):
        extra = flags if who == "ours" else []
        shutil.rmtree(os.path.join(root, ".build"), ignore_errors=True)
        run(["swift", "package", "resolve"], cwd=root)
        runtime, result = timed(["swift", "build"] + first + extra, cwd=root)
        log += result.stdout
        generated, result = timed(["swift", "build"] + extra, cwd=root)
        log += result.stdout if who == "ours" else ""
        label = "ViduRuntime" if who == "ours" else "OpenAPIRuntime + OpenAPIURLSession + HTTPTypes + DequeModule"
        rows.append(f"{who}: {label}: {runtime:.1f} s, then the generated module(s): {generated:.1f} s (load {load()})")
    bodies = set()
    for line in log.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and re.match(r"^\s*[0-9.]+ms$", parts[0]):
            what = parts[2].split("@")[0]
            where = parts[1] if parts[1] == "<invalid loc>" else os.path.relpath(parts[1], ours_root)
            bodies.add((float(parts[0].strip()[:-2]), where, what))
    bodies = sorted(bodies, reverse=True)
    total = sum(b[0] for b in bodies)
    per_module = {}
    for ms, _, what in bodies:
        match = re.search(r"(\w+)\.\(file\)", what)
        module = match.group(1) if match else "other"
        per_module[module] = per_module.get(module, 0) + ms
    rows.append(f"ours: type-checking function bodies: {total / 1000:.1f} s in all (the rest of the build is other "
                "frontend work: parsing, SILGen, IRGen, LLVM, module emission); " +
                ", ".join(f"{m} {v / 1000:.1f} s" for m, v in sorted(per_module.items(), key=lambda i: -i[1])))
    rows.append("ours: slowest function bodies:")
    rows += [f"  {ms:8.1f} ms  {where}  {what[:90]}" for ms, where, what in bodies[:12]]
    return rows


# ---------------------------------------------------------------------------------------------
# Report

def stats(values):
    return min(values), statistics.median(values)


def fmt_s(value):
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


# ---------------------------------------------------------------------------------------------
# Build scaling (issue 14): debug build time of the generated target against the number of
# component schemas, on synthetic specs (synth_spec.py), for this commit's vidu-codegen and for
# an older one (the array-literal tables) in the same run.

SCALING_COUNTS = [25, 100, 400, 1600]  # the issue asks for 100, 400, 1600; 25 is where the old generator still builds
SCALING_OLD_REVISION = "3decc20"  # the commit before the SchemaTable(encoded:) tables


def scaling_codegen(tree, label):
    """Builds vidu-codegen (release) in `tree`; returns the binary."""
    say(f"   building vidu-codegen (release) in {tree} ({label})")
    seconds, _ = timed(["swift", "build", "-c", "release", "--product", "vidu-codegen"], cwd=tree)
    binary = os.path.join(run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=tree).stdout.strip(),
                          "vidu-codegen")
    say(f"   ready in {seconds:.1f} s: {binary}")
    return binary


def scaling_old_tree(path, revision):
    """A worktree of `revision` at `path` (created when absent, detached, never committed to)."""
    if not os.path.isdir(path):
        run(["git", "worktree", "add", "--detach", path, revision], cwd=REPO)
    head = run(["git", "rev-parse", "--short", "HEAD"], cwd=path).stdout.strip()
    wanted = run(["git", "rev-parse", "--short", revision], cwd=REPO).stdout.strip()
    if head != wanted:
        raise SystemExit(f"{path} is at {head}, not {revision} ({wanted}): remove it or pass --old-tree")
    return path


def schema_table_nodes(directory):
    """Nodes in the generated schema tables: one JSON object a line inside
    `SchemaTable(encoded: #\"\"\" … \"\"\"#)` (this commit), or one `SchemaNode(…)` a line inside
    `SchemaTable(nodes: [ … ])` (before)."""
    nodes = 0
    for base, _, names in os.walk(directory):
        for name in names:
            if not name.endswith(".swift"):
                continue
            inside = None
            with open(os.path.join(base, name), encoding="utf-8") as f:
                for line in f:
                    text = line.strip()
                    if inside is None:
                        if "SchemaTable(encoded: #\"\"\"" in text:
                            inside = "encoded"
                        elif "SchemaTable(nodes: [" in text:
                            inside = "nodes"
                        continue
                    if (inside == "encoded" and text.startswith('"""#')) or (inside == "nodes" and text.startswith("])")):
                        inside = None
                    elif (inside == "encoded" and text.startswith("{")) or (inside == "nodes" and text.startswith("SchemaNode(")):
                        nodes += 1
    return nodes


def physical_lines(directory):
    total = 0
    for base, _, names in os.walk(directory):
        for name in names:
            if name.endswith(".swift"):
                with open(os.path.join(base, name), encoding="utf-8") as f:
                    total += sum(1 for _ in f)
    return total


def scaling_spec(codegen, n, directory, label):
    """Writes the synthetic spec for `n` schemas into `directory` and lints it with `codegen`. A
    generator older than `info.x-provider` gets the same document without it."""
    sys.path.insert(0, HERE)
    import synth_spec
    shutil.rmtree(directory, ignore_errors=True)
    synth_spec.write_spec(n, directory)
    lint = run([codegen, "lint", "--specs", directory], cwd=REPO, check=False)
    note = ""
    if lint.returncode != 0 and "x-provider" in lint.stdout:
        synth_spec.write_spec(n, directory, provider_extension=False)
        lint = run([codegen, "lint", "--specs", directory], cwd=REPO, check=False)
        note = "without info.x-provider (this generator predates it)"
    if lint.returncode != 0:
        raise SystemExit(f"{label}: vidu-codegen lint rejects the synthetic spec (N={n}):\n{lint.stdout[-3000:]}")
    return note


def scaling_package(root, tree, counts):
    """A throwaway package at `root` with one target `Synth<N>` per count (its Generated/ output),
    each depending on ViduRuntime of the ViduKit package at `tree`, by path."""
    identity = os.path.basename(os.path.normpath(tree)).lower()
    targets = ",\n".join(
        f'        .target(name: "Synth{n}", dependencies: [.product(name: "ViduRuntime", package: "{identity}")], '
        f'path: "Synth{n}/Generated")' for n in counts)
    with open(os.path.join(root, "Package.swift"), "w") as f:
        f.write(f"""// swift-tools-version:6.0
// Throwaway package (ViduKit benchmarks, build-scaling): generated code for synthetic specs,
// one target per schema count, against ViduRuntime of {tree}.
import PackageDescription
let package = Package(
    name: "scaling",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [.package(path: "{tree}")],
    targets: [
{targets}
    ]
)
""")


def session_processes(session):
    """Process ids in `session` (the build and the compilers it starts: swift-build puts each
    swiftc in a process group of its own, but they stay in the session)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) == session:
                found.append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    return found


def tree_usage(session):
    """(resident KiB, CPU seconds so far) of every live process in `session` (the build and the
    compilers it starts). The CPU figure is what a killed build had used: its rusage never
    reaches wait4 when the compilers die before the build reaps them."""
    total = 0
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # field 6 of stat: session id
                continue
            ticks += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except (OSError, IndexError, ValueError):
            continue
    return total, ticks / os.sysconf("SC_CLK_TCK")


def measured_build(cmd, cwd, limit_gib, timeout):
    """Runs `cmd` in a session of its own; returns wall and CPU seconds (user+sys of the build and
    every compiler process it waited for: wait4's rusage), the largest single-process RSS (MiB),
    the peak summed RSS of the session (MiB, sampled every 0.2 s), the CPU seconds its live
    processes had used at the last sample, and how it ended. Each process of the session is
    killed (by its own id) when its summed RSS passes `limit_gib` or it runs past `timeout` s, so
    an old generator's output cannot take the shared machine's memory."""
    import signal
    import threading
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    state = {"peak": 0, "killed": None, "cpu_seen": 0.0}
    done = threading.Event()

    def watch():
        while not done.wait(0.2):
            rss, cpu = tree_usage(proc.pid)
            state["peak"] = max(state["peak"], rss)
            state["cpu_seen"] = max(state["cpu_seen"], cpu)
            reason = None
            if rss > limit_gib * 1024 * 1024:
                reason = f"killed: the build's processes passed {limit_gib} GiB resident"
            elif time.perf_counter() - start > timeout:
                reason = f"killed: still building after {timeout:.0f} s"
            if reason:
                state["killed"] = reason
                # Each process of the session, by its id; again until none is left (a compiler
                # started in the meantime).
                for _ in range(20):
                    pids = session_processes(proc.pid)
                    if not pids:
                        break
                    for pid in pids:
                        try:
                            os.kill(pid, signal.SIGKILL)
                        except ProcessLookupError:
                            pass
                    time.sleep(0.1)
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    output = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    done.set()
    watcher.join()
    outcome = state["killed"] or ("ok" if proc.returncode == 0 else f"failed (exit {proc.returncode})")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "sys": usage.ru_stime,
            "maxrss_mib": usage.ru_maxrss / 1024, "peak_tree_mib": state["peak"] / 1024, "outcome": outcome,
            "cpu_seen": state["cpu_seen"],
            "load": load(), "tail": "" if outcome == "ok" else output[-1500:]}


def scaling_prepare(label, codegen, tree, root, counts):
    """Specs, generated code and the package for one generator; ViduRuntime built (the warm-up)."""
    shutil.rmtree(os.path.join(root, "Sources"), ignore_errors=True)
    os.makedirs(root, exist_ok=True)
    info = {}
    for n in counts:
        specs = os.path.join(root, f"Synth{n}", "specs")
        note = scaling_spec(codegen, n, specs, label)
        out = os.path.join(root, f"Synth{n}", "Generated")
        shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        run([codegen, "generate", "--specs", specs, "--output", out], cwd=REPO)
        seconds = time.perf_counter() - started
        counted = count_lines(out)
        info[n] = {"lines": counted["lines"], "physical_lines": physical_lines(out), "bytes": counted["bytes"],
                   "files": counted["files"], "nodes": schema_table_nodes(out), "generate_s": seconds, "note": note}
        say(f"   {label} N={n}: generated in {seconds:.2f} s, {counted['lines']} code lines "
            f"({info[n]['physical_lines']} in all, {counted['files']} files), {info[n]['nodes']} schema-table nodes"
            + (f"; spec {note}" if note else ""))
    scaling_package(root, tree, counts)
    shutil.rmtree(os.path.join(root, ".build"), ignore_errors=True)
    run(["swift", "package", "resolve"], cwd=root)
    seconds, _ = timed(["swift", "build", "--target", "ViduRuntime"], cwd=root)
    say(f"   {label}: ViduRuntime built (debug, warm-up, untimed) in {seconds:.1f} s")
    return info


def scaling_run(root, n, limit_gib, timeout):
    """One timed debug build of target Synth<n> after touching its sources (only it compiles)."""
    touch_tree(os.path.join(root, f"Synth{n}", "Generated"))
    return measured_build(["swift", "build", "--target", f"Synth{n}"], root, limit_gib, timeout)


def scaling_summary(runs):
    ok = [r for r in runs if r["outcome"] == "ok"]
    if not ok:
        return None
    return {"wall": statistics.median(r["wall"] for r in ok), "cpu": statistics.median(r["cpu"] for r in ok),
            "maxrss_mib": max(r["maxrss_mib"] for r in ok), "peak_tree_mib": max(r["peak_tree_mib"] for r in ok),
            "runs": len(ok)}


def build_scaling(args):
    """`--only build-scaling`: debug build time of the generated target for N = 100, 400, 1600
    synthetic schemas (this commit's vidu-codegen), the same for the old generator at the N
    given by --old-counts, in one run; rewrites its own block of BENCHMARKS.md."""
    counts = [int(c) for c in args.counts.split(",")]
    old_counts = [int(c) for c in args.old_counts.split(",")] if args.old_counts else []
    root = os.path.join(BENCH, "scaling")
    os.makedirs(root, exist_ok=True)
    started = time.time()
    info = machine()
    info["load_start"] = load()
    say(f"== build scaling: N = {', '.join(map(str, counts))}; {args.scaling_runs} timed debug builds of the generated "
        f"target each; old generator ({args.old_revision}) at N = {', '.join(map(str, old_counts)) or 'none'}; load {info['load_start']}")
    new_codegen = scaling_codegen(REPO, "this commit")
    old_codegen = None
    if old_counts:
        old_tree = scaling_old_tree(args.old_tree, args.old_revision)
        old_codegen = scaling_codegen(old_tree, f"old, {args.old_revision}")
    new_root = os.path.join(root, "new")
    generated = {"new": scaling_prepare("new", new_codegen, REPO, new_root, counts)}
    if old_counts:
        old_root = os.path.join(root, "old")
        generated["old"] = scaling_prepare("old", old_codegen, old_tree, old_root, old_counts)
    info["load_builds"] = load()

    # Timed runs, new generator: rounds over every N, the order reversed every other round so a
    # change of load hits each N alike.
    runs = {"new": {n: [] for n in counts}, "old": {n: [] for n in old_counts}}
    noop = {n: [] for n in counts}
    for index in range(args.scaling_runs):
        order = counts if index % 2 == 0 else list(reversed(counts))
        for n in order:
            result = scaling_run(new_root, n, args.memory_limit_gib, args.build_timeout)
            runs["new"][n].append(result)
            say(f"   new N={n} #{index + 1}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s "
                f"(user {result['user']:.1f} + sys {result['sys']:.1f}), max RSS {result['maxrss_mib']:.0f} MiB, "
                f"{result['outcome']}, load {result['load']}")
            if result["outcome"] != "ok":
                say(result["tail"])
    # What swift build costs when nothing is to compile (manifest, plan, up-to-date checks).
    for n in counts:
        for _ in range(args.scaling_runs):
            noop[n].append(measured_build(["swift", "build", "--target", f"Synth{n}"], new_root,
                                          args.memory_limit_gib, args.build_timeout))
        say(f"   new N={n} no-op build: CPU {statistics.median(r['cpu'] for r in noop[n]):.2f} s, "
            f"wall {statistics.median(r['wall'] for r in noop[n]):.2f} s (median of {len(noop[n])})")
    # Old generator: stop repeating an N once a run was killed; skip the larger N when a smaller
    # one did not finish.
    stop = False
    for n in old_counts:
        for index in range(args.scaling_runs):
            if stop:
                break
            result = scaling_run(old_root, n, args.old_memory_limit_gib, args.old_timeout)
            runs["old"][n].append(result)
            say(f"   old N={n} #{index + 1}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s, "
                f"max RSS {result['maxrss_mib']:.0f} MiB (session peak {result['peak_tree_mib']:.0f} MiB), "
                f"{result['outcome']}, load {result['load']}")
            if result["outcome"] != "ok":
                say(result["tail"][-600:])
                stop = True
        if stop and not runs["old"][n]:
            say(f"   old N={n}: skipped (a smaller N did not finish)")
    info["load_end"] = load()
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    elapsed = time.time() - started

    summary = {who: {n: scaling_summary(r) for n, r in per.items()} for who, per in runs.items()}
    noop_cpu = {n: statistics.median(r["cpu"] for r in noop[n]) for n in counts}
    noop_wall = {n: statistics.median(r["wall"] for r in noop[n]) for n in counts}
    results = {"machine": info, "command": " ".join(["python3", "Tests/Benchmarks/bench.py"] + sys.argv[1:]), "counts": counts, "old_counts": old_counts, "old_revision": args.old_revision,
               "generated": generated, "runs": runs, "noop": noop, "summary": summary,
               "noop_cpu": noop_cpu, "noop_wall": noop_wall, "limit_gib": args.old_memory_limit_gib,
               "old_timeout": args.old_timeout}
    with open(os.path.join(BENCH, "build-scaling.json"), "w") as f:
        json.dump(results, f, indent=2, default=str)
    lines = scaling_report(results, elapsed)
    say("")
    for line in lines:
        say(line)
    if not args.no_write:
        replace_block("<!-- BEGIN BUILD-SCALING RESULTS (written by bench.py --only build-scaling) -->",
                      "<!-- END BUILD-SCALING RESULTS -->", "\n".join(lines))
    return results


def scaling_report(results, elapsed):
    info, counts, summary = results["machine"], results["counts"], results["summary"]
    new, gen = summary["new"], results["generated"]
    command = results.get("command", "python3 Tests/Benchmarks/bench.py --only build-scaling")
    lines = [f"Measured {info['date']} with `{command}` ({elapsed / 60:.1f} min).", "",
             f"Machine: {info['nproc']} CPUs, {info['cpu']}, {info['swift']}. Load average (1/5/15 min) at the start "
             f"{info['load_start']}, when the timed builds began {info['load_builds']}, at the end {info['load_end']}. "
             "Other work shared the machine, so CPU time (user+sys of `swift build` and every compiler process it "
             "ran), which load inflates less than wall time, is the figure to read; wall time is shown beside it.", "",
             "| N schemas | generated code lines (all lines) | schema-table nodes | debug build of the generated target: "
             "wall, median | CPU, median | CPU minus a no-op `swift build` | largest process RSS | runs |",
             "|---|---|---|---|---|---|---|---|"]
    for n in counts:
        s, g = new[n], gen["new"][n]
        if s is None:
            lines.append(f"| {n} | {g['lines']} ({g['physical_lines']}) | {g['nodes']} | failed | | | | |")
            continue
        lines.append(f"| {n} | {g['lines']} ({g['physical_lines']}) | {g['nodes']} | {s['wall']:.1f} s | {s['cpu']:.1f} s | "
                     f"{s['cpu'] - results['noop_cpu'][n]:.1f} s | {s['maxrss_mib']:.0f} MiB | {s['runs']} |")
    lines += ["", "Growth for 4× the schemas (goal: at most 4.5×):", ""]
    goals = []
    for small, large in zip(counts, counts[1:]):
        a, b = new[small], new[large]
        if a is None or b is None or large != 4 * small:
            continue
        cpu = b["cpu"] / a["cpu"]
        wall = b["wall"] / a["wall"]
        compile_only = (b["cpu"] - results["noop_cpu"][large]) / (a["cpu"] - results["noop_cpu"][small])
        nodes = gen["new"][large]["nodes"] / gen["new"][small]["nodes"]
        met = cpu <= 4.5
        goals.append(met)
        lines.append(f"- **{'met' if met else 'MISSED'}**: t({large})/t({small}) = {cpu:.2f}× CPU "
                     f"({'≤' if cpu <= 4.5 else '>'} 4.5); wall {wall:.2f}× ({'≤' if wall <= 4.5 else '>'} 4.5); "
                     f"CPU minus the no-op build {compile_only:.2f}× ({'≤' if compile_only <= 4.5 else '>'} 4.5); "
                     f"for {nodes:.2f}× the nodes and {gen['new'][large]['lines'] / gen['new'][small]['lines']:.2f}× the code lines.")
    old = summary.get("old", {})
    if results["old_counts"]:
        lines += ["", f"The old generator (commit {results['old_revision']}: one `SchemaTable(nodes: [SchemaNode(…), …])` "
                  "array literal per spec) on the same specs, built the same way against its own ViduRuntime; "
                  f"a build is killed when its processes pass {results['limit_gib']} GiB resident in all or run "
                  f"past {results['old_timeout']:.0f} s:", "",
                  "| N schemas | generator | code lines (all lines) | schema-table nodes | wall, median | CPU, median | "
                  "largest process RSS | outcome |", "|---|---|---|---|---|---|---|---|"]
        for n in results["old_counts"]:
            for who in ("new", "old"):
                g = gen[who].get(n)
                if g is None:
                    continue
                s = summary[who].get(n)
                attempts = results["runs"][who].get(n, [])
                if s is not None:
                    outcome = f"{s['runs']} of {len(attempts)} run(s) built"
                    lines.append(f"| {n} | {who} | {g['lines']} ({g['physical_lines']}) | {g['nodes']} | {s['wall']:.1f} s | "
                                 f"{s['cpu']:.1f} s | {s['maxrss_mib']:.0f} MiB | {outcome} |")
                elif attempts:
                    last = attempts[-1]
                    cpu = (f"> {last['cpu_seen']:.0f} s (sampled until stopped)" if last.get("cpu_seen")
                           else "not counted (the compilers were killed before the build reaped them)")
                    lines.append(f"| {n} | {who} | {g['lines']} ({g['physical_lines']}) | {g['nodes']} | "
                                 f"> {last['wall']:.0f} s (stopped) | {cpu} | "
                                 f"{last['peak_tree_mib']:.0f} MiB in all (the build's processes together) | {last['outcome']} |")
                else:
                    lines.append(f"| {n} | {who} | {g['lines']} ({g['physical_lines']}) | {g['nodes']} | — | — | — | not run |")
        for n in results["old_counts"]:
            if new.get(n) and old.get(n):
                lines.append("")
                lines.append(f"At N={n} the old output takes {old[n]['cpu'] / new[n]['cpu']:.1f}× the CPU time of the new "
                             f"({old[n]['cpu']:.1f} s vs {new[n]['cpu']:.1f} s).")
    lines += ["", "Raw timings (wall s / CPU s per run; no-op build CPU s):", ""]
    for who, per in results["runs"].items():
        for n, rs in per.items():
            if rs:
                lines.append(f"- {who} N={n}: " + ", ".join(f"{r['wall']:.1f}/{r['cpu']:.1f}" if r["outcome"] == "ok"
                                                          else f"{r['wall']:.1f}/not counted ({r['outcome']})" for r in rs)
                             + ("; no-op " + ", ".join(f"{r['cpu']:.2f}" for r in results["noop"][n]) if who == "new" else ""))
    return lines


def clean_build_only(args):
    """`--only clean-build`: section 4 alone (clean debug build of the generated library plus its
    runtime, and of the anchor's with its dependencies; then the generated code alone), with CPU
    time beside wall time; rewrites its own block of BENCHMARKS.md. The ratio is the one the
    full run reports (ours / anchor, min of the runs, wall)."""
    os.makedirs(BENCH, exist_ok=True)
    started = time.time()
    info = machine()
    info["load_start"] = load()
    ours, anchor = build_generators()
    ours_specs, workarounds = base_specs(ours)
    anchor_specs, _ = make_anchor_specs(ours_specs)
    with open(os.path.join(BENCH, "anchor-config.yaml"), "w") as f:
        f.write(ANCHOR_CONFIG)
    scratch = os.path.join(BENCH, "gen")
    for who in ("ours-warm", "anchor-warm"):
        shutil.rmtree(os.path.join(scratch, who), ignore_errors=True)
    ours_out, anchor_out = os.path.join(scratch, "ours-warm"), os.path.join(scratch, "anchor-warm")
    generate_ours(ours, ours_specs, ours_out)
    generate_anchor(anchor, anchor_specs, anchor_out)
    drift = run(["diff", "-r", "-q", "-x", ".*", ours_out, os.path.join(REPO, "Generated")], check=False).stdout.strip()
    ours_root = ours_library_package(ours_out)
    anchor_root = anchor_library_package(anchor_out)
    say(f"== 4. clean debug builds: {args.build_runs} runs each, alternating (load {load()})")
    info["load_build"] = load()
    times = {k: [] for k in ("ours", "anchor", "ours_cpu", "anchor_cpu", "ours_incremental", "anchor_incremental",
                             "ours_incremental_cpu", "anchor_incremental_cpu", "ours_resolve", "anchor_resolve")}
    for index in range(args.build_runs):
        order = [("ours", ours_root), ("anchor", anchor_root)]
        if index % 2 == 1:
            order.reverse()
        for who, root in order:
            shutil.rmtree(os.path.join(root, ".build"), ignore_errors=True)
            resolve, _ = timed(["swift", "package", "resolve"], cwd=root)
            result = measured_build(["swift", "build"], root, args.memory_limit_gib, args.build_timeout)
            if result["outcome"] != "ok":
                raise SystemExit(f"clean build {who}: {result['outcome']}\n{result['tail']}")
            times[who].append(result["wall"])
            times[f"{who}_cpu"].append(result["cpu"])
            times[f"{who}_resolve"].append(resolve)
            say(f"   clean debug build {who} #{index + 1}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s "
                f"(resolve {resolve:.1f} s, load {result['load']})")
    for index in range(args.build_runs):
        order = [("ours", ours_root, ["ViduClients"]), ("anchor", anchor_root, [f"Anchor{NAMESPACE[n]}" for n in SPECS])]
        if index % 2 == 1:
            order.reverse()
        for who, root, targets in order:
            for target in targets:
                touch_tree(os.path.join(root, "Sources", target))
            result = measured_build(["swift", "build"], root, args.memory_limit_gib, args.build_timeout)
            times[f"{who}_incremental"].append(result["wall"])
            times[f"{who}_incremental_cpu"].append(result["cpu"])
            say(f"   generated-code-only rebuild {who} #{index + 1}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s")
    info["load_end"] = load()
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ours_lines, anchor_lines = count_lines(ours_out), count_lines(anchor_out)
    rows = []
    for label, key in (("Clean debug build, library + runtime (+ deps)", ""), ("Generated code only, debug rebuild", "_incremental")):
        for unit, suffix in (("wall", ""), ("CPU", "_cpu")):
            o, a = stats(times[f"ours{key}{suffix}"]), stats(times[f"anchor{key}{suffix}"])
            rows.append((f"{label}, {unit}, min of {args.build_runs}", fmt_s(o[0]), fmt_s(a[0]), f"{o[0] / a[0]:.2f} of anchor"))
            rows.append((f"{label}, {unit}, median of {args.build_runs}", fmt_s(o[1]), fmt_s(a[1]), f"{o[1] / a[1]:.2f} of anchor"))
    rows.append(("Dependency resolution before a clean build (not in build time), median",
                 fmt_s(statistics.median(times["ours_resolve"])), fmt_s(statistics.median(times["anchor_resolve"])), ""))
    rows.append(("Generated Swift lines (non-blank, non-comment), total", f"{ours_lines['lines']}", f"{anchor_lines['lines']}",
                 f"{ours_lines['lines'] / anchor_lines['lines']:.2f}×"))
    table = ["| Measure | ViduKit | swift-openapi-generator " + ANCHOR_GENERATOR + " | Ratio |", "|---|---|---|---|"]
    table += [f"| {m} | {o} | {a} | {r} |" for m, o, a, r in rows]
    ratio = min(times["ours"]) / min(times["anchor"])
    goal = ("Clean build of library+runtime ≤ half of the anchor's (min, wall)", ratio <= 0.5,
            f"{ratio:.2f} of the anchor's (median {statistics.median(times['ours']) / statistics.median(times['anchor']):.2f}; "
            f"CPU min {min(times['ours_cpu']) / min(times['anchor_cpu']):.2f})")
    elapsed = time.time() - started
    lines = [f"Measured {info['date']} with `python3 Tests/Benchmarks/bench.py --only clean-build` ({elapsed / 60:.1f} min).", "",
             f"Machine: {info['nproc']} CPUs, {info['cpu']}, {info['swift']}. Load average (1/5/15 min) at the start "
             f"{info['load_start']}, during builds {info['load_build']}, at the end {info['load_end']}. Runs alternate "
             "ViduKit and the anchor. CPU = user+sys of `swift build` and every compiler process it ran.", ""]
    lines += table
    lines += ["", f"- **{'met' if goal[1] else 'MISSED'}**: {goal[0]}: {goal[2]}."]
    if drift:
        lines.append(f"- Note: this commit's vidu-codegen output differs from the committed Generated/: {drift}")
    if workarounds:
        lines += [f"- Workaround applied to both: {w}" for w in workarounds]
    lines += ["", "Raw timings (seconds, wall / CPU):", ""]
    for key, label in (("", "clean build"), ("_incremental", "generated-only rebuild")):
        for who in ("ours", "anchor"):
            lines.append(f"- {label} {who}: " + ", ".join(f"{w:.1f}/{c:.1f}" for w, c in zip(times[f"{who}{key}"], times[f"{who}{key}_cpu"])))
    say("")
    for line in lines:
        say(line)
    with open(os.path.join(BENCH, "clean-build.json"), "w") as f:
        json.dump({"machine": info, "times": times, "table": table}, f, indent=2)
    if not args.no_write:
        replace_block("<!-- BEGIN CLEAN-BUILD RESULTS (written by bench.py --only clean-build) -->",
                      "<!-- END CLEAN-BUILD RESULTS -->", "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# Download memory (issue 13, row 5): `vidu wait` downloading a large result from a loopback
# server, side by side with `curl -o` of the same file. Peak memory is the kernel's VmHWM
# ("Maximum resident set size" of /usr/bin/time -v); wall time is the whole command.

def download_server(size):
    """A loopback server: apixo's status call answers `success` with a result URL on itself;
    /files/big.mp4 streams `size` bytes (an MP4 ftyp box, then zeros) with a Content-Length."""
    import http.server
    import threading

    block = bytearray(1 << 20)
    head = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41"
    first = bytes(head) + bytes(block[len(head):])

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            port = self.server.server_address[1]
            if self.path.startswith("/api/v1/statusTask/"):
                result = json.dumps({"resultUrls": [f"http://127.0.0.1:{port}/files/big.mp4"]})
                body = json.dumps({"code": 200, "message": "success",
                                   "data": {"taskId": "bench", "state": "success", "resultJson": result}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            sent = 0
            chunk = memoryview(block)
            try:
                while sent < size:
                    part = first if sent == 0 else chunk
                    part = part[:min(len(part), size - sent)]
                    self.wfile.write(part)
                    sent += len(part)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peak_run(cmd, cwd, env=None):
    """Runs `cmd` under /usr/bin/time -v: (wall seconds, peak RSS in MiB, exit code)."""
    start = time.time()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.time() - start
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    peak = int(match.group(1)) / 1024 if match else float("nan")
    return wall, peak, proc.returncode, proc.stderr[-600:]


def download_memory(size_mib=1024, runs=3, binary=None):
    binary = binary or os.path.join(REPO, ".build", "release", "vidu")
    if not os.path.exists(binary):
        binary = os.path.join(REPO, ".build", "debug", "vidu")
    say(f"== download memory: {size_mib} MiB through `vidu wait` ({os.path.relpath(binary, REPO)}) and `curl -o`, {runs} runs each")
    size = size_mib << 20
    server = download_server(size)
    port = server.server_address[1]
    work = os.path.join(BENCH, "download")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, APIXO_API_KEY="bench-key")
    rows = {"vidu wait": [], "curl -o": []}
    try:
        for _ in range(runs):
            for name in rows:
                target = os.path.join(work, "out.mp4")
                if os.path.exists(target):
                    os.remove(target)
                if name == "vidu wait":
                    cmd = [binary, "wait", "--provider", "apixo", "--base-url", f"http://127.0.0.1:{port}",
                           "--first-poll-after", "0", "--output", target, "bench"]
                else:
                    cmd = ["curl", "-s", "-o", target, f"http://127.0.0.1:{port}/files/big.mp4"]
                wall, peak, code, tail = peak_run(cmd, work, env)
                ok = code == 0 and os.path.getsize(target) == size
                if not ok:
                    say(f"   {name} failed (exit {code}): {tail}")
                rows[name].append((wall, peak))
                os.remove(target) if os.path.exists(target) else None
    finally:
        server.shutdown()
    result = {}
    for name, values in rows.items():
        walls = [w for w, _ in values]
        peaks = [p for _, p in values]
        result[name] = (statistics.median(walls), max(peaks))
        say(f"   {name:10s} wall median {statistics.median(walls):6.2f} s   peak RSS max {max(peaks):7.1f} MiB   ({', '.join(f'{w:.2f}s/{p:.0f}MiB' for w, p in values)})")
    ratio = result["vidu wait"][0] / max(result["curl -o"][0], 1e-9)
    say(f"   goal: peak < 64 MiB: {'met' if result['vidu wait'][1] < 64 else 'MISSED'}; wall within 1.2x of curl: {ratio:.2f}x, {'met' if ratio <= 1.2 else 'MISSED'}")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 generation runs, 1 build run; no BENCHMARKS.md")
    parser.add_argument("--gen-runs", type=int, default=11)
    parser.add_argument("--build-runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="do not rewrite BENCHMARKS.md")
    parser.add_argument("--no-profile", action="store_true", help="skip profiles of missed goals")
    parser.add_argument("--only", choices=["validation", "download", "drift", "corpus", "build-scaling", "clean-build"],
                        help="run one section alone: 'validation' times validate() against JSONEncoder on the committed "
                             "Generated/ (no anchor, no generators) and rewrites only its own block of BENCHMARKS.md; "
                             "'download' measures peak memory and wall time of `vidu wait` downloading a large result "
                             "from a loopback server, side by side with `curl -o` (prints only); 'drift' times "
                             "DriftObserver.observeResponse beside the generated decode of each documented status "
                             "answer (prints only); 'build-scaling' times the debug build of the generated target for "
                             "synthetic specs of 100, 400 and 1600 schemas, with the old generator beside it, and "
                             "rewrites only its own block of BENCHMARKS.md; 'clean-build' runs section 4 alone (clean "
                             "debug builds of ours and the anchor's, wall and CPU) and rewrites only its own block; "
                             "'corpus' generates and builds each published OpenAPI document with ours and the anchor")
    parser.add_argument("--download-mib", type=int, default=1024, help="size of the download in the 'download' section")
    parser.add_argument("--corpus", action="append", help="with --only corpus: this document only (repeatable)")
    parser.add_argument("--counts", default=",".join(map(str, SCALING_COUNTS)),
                        help="build-scaling: schema counts, comma-separated (each 4× the one before for the ratios)")
    parser.add_argument("--old-counts", default="25,400,1600",
                        help="build-scaling: counts to run through the old generator too ('' for none)")
    parser.add_argument("--old-revision", default=SCALING_OLD_REVISION, help="build-scaling: the old generator's commit")
    parser.add_argument("--old-tree", default="/tmp/oldgen", help="build-scaling: worktree of --old-revision (created if absent)")
    parser.add_argument("--scaling-runs", type=int, default=3, help="build-scaling: timed builds per N")
    parser.add_argument("--memory-limit-gib", type=float, default=16,
                        help="build-scaling: kill a build whose processes pass this much resident memory in all")
    parser.add_argument("--old-memory-limit-gib", type=float, default=8,
                        help="build-scaling: the same for an old-generator build")
    parser.add_argument("--build-timeout", type=float, default=900, help="build-scaling: kill a new-generator build after this many s")
    parser.add_argument("--old-timeout", type=float, default=300, help="build-scaling: kill an old-generator build after this many s")
    args = parser.parse_args()
    if args.only == "corpus":
        sys.path.insert(0, HERE)
        import corpus_bench
        corpus_bench.corpus_only(args, {
            "say": say, "run": run, "peak_run": peak_run, "build_generators": build_generators, "BENCH": BENCH,
            "REPO": REPO, "ANCHOR_CONFIG": ANCHOR_CONFIG, "ANCHOR_RUNTIME": ANCHOR_RUNTIME,
            "ANCHOR_URLSESSION": ANCHOR_URLSESSION, "GITHUB": GITHUB})
        return
    if args.only == "download":
        download_memory(size_mib=args.download_mib)
        return
    if args.only == "validation":
        validation_only(args)
        return
    if args.only == "drift":
        drift_only(args)
        return
    if args.only == "build-scaling":
        build_scaling(args)
        return
    if args.only == "clean-build":
        clean_build_only(args)
        return
    if args.quick:
        args.gen_runs, args.build_runs, args.no_write = 3, 1, True
    for tool in ("swift", "git"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is required")
    os.makedirs(BENCH, exist_ok=True)
    started = time.time()
    info = machine()
    info["load_start"] = load()
    say(f"ViduKit benchmarks vs swift-openapi-generator {ANCHOR_GENERATOR}: {info['nproc']} CPUs ({info['cpu']}), "
        f"{info['memory']}, {info['swift']}, load {info['load_start']}")

    ours, anchor = build_generators()

    say("== 2. spec documents")
    ours_specs, workarounds = base_specs(ours)
    for note in workarounds:
        say(f"   workaround: {note}")
    say("   anchor copies (.bench/anchor-specs): removed because swift-openapi-generator cannot read them")
    anchor_specs, removed = make_anchor_specs(ours_specs)
    for name in SPECS:
        say(f"   {name}.json: {len(removed[name])} removal(s)")
        for pointer, why in removed[name]:
            say(f"     - {pointer}  ({why})")

    with open(os.path.join(BENCH, "anchor-config.yaml"), "w") as f:
        f.write(ANCHOR_CONFIG)
    untyped = anchor_unmodified_evidence(anchor, ours_specs)
    say(f"   without the removals the anchor exits 0 but makes these schemas untyped blobs (valueN: OpenAPIValueContainer, "
        f"their properties dropped): {', '.join(untyped) or 'none'}")
    say(f"== 3. generation: {args.gen_runs} runs each, alternating (ours: 1 invocation for 4 specs; anchor: 4 invocations)")
    info["load_generation"] = load()
    gen, ours_out, anchor_out = generation_times(ours, anchor, ours_specs, anchor_specs, args.gen_runs)
    say(f"   ours   {' '.join(f'{t:.3f}' for t in gen['ours'])}")
    say(f"   anchor {' '.join(f'{t:.3f}' for t in gen['anchor'])}")
    drift = run(["diff", "-r", "-q", "-x", ".*", ours_out, os.path.join(REPO, "Generated")], check=False).stdout.strip()
    if drift:
        say(f"   note: vidu-codegen output differs from the committed Generated/:\n{drift}")

    say(f"== 4. clean debug builds: {args.build_runs} runs each, alternating")
    ours_root = ours_library_package(ours_out)
    anchor_root = anchor_library_package(anchor_out)
    info["load_build"] = load()
    builds = build_times(ours_root, anchor_root, args.build_runs)

    say("== 5. generated lines")
    operations, webhooks = operation_counts()
    ours_lines = count_lines(ours_out)
    anchor_lines = count_lines(anchor_out)

    say("== 6. enforcement: building the decode checks")
    cases = unknown_state_cases()
    cases_path = os.path.join(BENCH, "unknown-state.json")
    with open(cases_path, "w") as f:
        json.dump(cases, f, indent=2)
    with open(os.path.join(ours_root, "Package.swift"), "w") as f:
        f.write(ours_manifest(with_check=True))
    shutil.copytree(os.path.join(HERE, "Sources", "OursCheck"), os.path.join(ours_root, "Sources", "OursCheck"))
    run(["swift", "build", "--product", "OursCheck"], cwd=ours_root)
    ours_bin = run(["swift", "build", "--show-bin-path"], cwd=ours_root).stdout.strip()
    ours_constraints = json.loads(run([os.path.join(ours_bin, "OursCheck"), "constraints"]).stdout)
    ours_unknown = json.loads(run([os.path.join(ours_bin, "OursCheck"), "unknown-state", cases_path]).stdout)
    with open(os.path.join(anchor_root, "Package.swift"), "w") as f:
        f.write(anchor_manifest(with_check=True))
    os.makedirs(os.path.join(anchor_root, "Sources", "AnchorCheck"), exist_ok=True)
    with open(os.path.join(anchor_root, "Sources", "AnchorCheck", "main.swift"), "w") as f:
        f.write(anchor_check_source(cases))
    run(["swift", "build", "--product", "AnchorCheck"], cwd=anchor_root)
    anchor_bin = run(["swift", "build", "--show-bin-path"], cwd=anchor_root).stdout.strip()
    anchor_unknown = json.loads(run([os.path.join(anchor_bin, "AnchorCheck"), cases_path]).stdout)
    per_keyword, missing, total_constraints = enforcement(ours_constraints)
    anchor_hits, anchor_closed_enums = anchor_enforcement(anchor_out)
    defaults = defaults_exposed(ours_out)
    defaults_spec = len(defaults)
    defaults_ours = sum(1 for d in defaults if d["exposed"])
    unconditional = [d for d in defaults if not d["conditional"]]

    say("== 7. validate() vs JSONEncoder().encode (release)")
    val_bin, examples_path = build_validation_bench(ours_out)
    info["load_validation"] = load()
    validation = run_validation_bench(val_bin, examples_path)
    info["load_end"] = load()

    # ---- Table
    g_ours, g_anchor = stats(gen["ours"]), stats(gen["anchor"])
    b_ours, b_anchor = stats(builds["ours"]), stats(builds["anchor"])
    i_ours, i_anchor = stats(builds["ours_incremental"]), stats(builds["anchor_incremental"])
    rows = []

    def row(metric, ours_value, anchor_value, ratio):
        rows.append((metric, ours_value, anchor_value, ratio))

    row(f"Generation, 4 specs, min of {args.gen_runs}", fmt_s(g_ours[0]), fmt_s(g_anchor[0]), f"{g_anchor[0] / g_ours[0]:.2f}× faster")
    row(f"Generation, 4 specs, median of {args.gen_runs}", fmt_s(g_ours[1]), fmt_s(g_anchor[1]), f"{g_anchor[1] / g_ours[1]:.2f}× faster")
    row(f"Clean debug build, library + runtime (+ deps), min of {args.build_runs}", fmt_s(b_ours[0]), fmt_s(b_anchor[0]),
        f"{b_ours[0] / b_anchor[0]:.2f} of anchor")
    row(f"Clean debug build, library + runtime (+ deps), median of {args.build_runs}", fmt_s(b_ours[1]), fmt_s(b_anchor[1]),
        f"{b_ours[1] / b_anchor[1]:.2f} of anchor")
    row(f"Generated code only, debug rebuild, min of {args.build_runs}", fmt_s(i_ours[0]), fmt_s(i_anchor[0]),
        f"{i_ours[0] / i_anchor[0]:.2f} of anchor")
    row(f"Generated code only, debug rebuild, median of {args.build_runs}", fmt_s(i_ours[1]), fmt_s(i_anchor[1]),
        f"{i_ours[1] / i_anchor[1]:.2f} of anchor")
    row("Dependency resolution before a clean build (not in build time), median",
        fmt_s(statistics.median(builds["ours_resolve"])), fmt_s(statistics.median(builds["anchor_resolve"])), "")
    row(f"Generated Swift lines (non-blank, non-comment), total", f"{ours_lines['lines']}", f"{anchor_lines['lines']}",
        f"{ours_lines['lines'] / anchor_lines['lines']:.2f}×")
    row(f"Generated lines per operation ({operations} operations)", f"{ours_lines['lines'] / operations:.0f}",
        f"{anchor_lines['lines'] / operations:.0f}", f"{ours_lines['lines'] / anchor_lines['lines']:.2f}×")
    row("Generated bytes, total (files)", f"{ours_lines['bytes']} ({ours_lines['files']})",
        f"{anchor_lines['bytes']} ({anchor_lines['files']})", f"{ours_lines['bytes'] / anchor_lines['bytes']:.2f}×")
    enforced = sum(v[1] for v in per_keyword.values())
    row(f"Spec constraints enforced at run time (of {total_constraints})", f"{enforced}", f"{0 if not anchor_hits else '?'}", "")
    row(f"Documented defaults exposed as API (of {defaults_spec}: {len(unconditional)} unconditional, "
        f"{defaults_spec - len(unconditional)} model-dependent in if/then)",
        f"{defaults_ours} ({sum(1 for d in unconditional if d['exposed'])} unconditional)", "0 (doc comments only)", "")
    ok_ours = sum(1 for r in ours_unknown if r["decoded"])
    ok_anchor = sum(1 for r in anchor_unknown if r["decoded"])
    row("Status body with an unknown state decodes (of 4 providers)", f"{ok_ours}", f"{ok_anchor}", "")
    with open(os.path.join(REPO, "Package.swift")) as f:
        manifest = f.read()
    deps = 0 if re.search(r"^\s*dependencies:\s*\[", manifest[:manifest.find("targets:")], re.M) is None else "?"
    row("Package dependencies of the generated library", f"{deps}", "2 direct (runtime, urlsession), " +
        f"{len(os.listdir(os.path.join(anchor_root, '.build', 'checkouts')))} packages checked out", "")
    rows += validation_rows(validation)

    table = ["| Measure | ViduKit | swift-openapi-generator " + ANCHOR_GENERATOR + " | Ratio |", "|---|---|---|---|"]
    table += [f"| {m} | {o} | {a} | {r} |" for m, o, a, r in rows]

    goals = []
    gen_ratio = g_anchor[0] / g_ours[0]
    goals.append(("Generation ≥3× faster than the anchor (min)", gen_ratio >= 3, f"{gen_ratio:.2f}× (median {g_anchor[1] / g_ours[1]:.2f}×)"))
    build_ratio = b_ours[0] / b_anchor[0]
    goals.append(("Clean build of library+runtime ≤ half of the anchor's (min)", build_ratio <= 0.5,
                  f"{build_ratio:.2f} of the anchor's (median {b_ours[1] / b_anchor[1]:.2f})"))
    goals.append(("Zero package dependencies (Package.swift)", deps == 0, "none declared" if deps == 0 else "found"))
    worst, validation_goal = validation_goal_of(validation)
    goals.append(validation_goal)

    profiles = {}
    if not args.no_profile:
        if gen_ratio < 3:
            profiles["vidu-codegen generate (perf, self time)"] = perf_top(
                [ours, "generate", "--specs", ours_specs, "--output", os.path.join(BENCH, "gen", "perf-out")],
                REPO, "ours-gen")
            shutil.rmtree(os.path.join(BENCH, "gen", "perf-out"), ignore_errors=True)
        if build_ratio > 0.5:
            profiles["clean debug build (two-step builds, -debug-time-function-bodies)"] = build_profile(ours_root, anchor_root)
        if worst >= 1:
            for loop in ("validate", "walk"):
                profiles[f"ValBench, {loop} loop only (perf, self time)"] = perf_top(
                    [val_bin, examples_path], REPO, f"valbench-{loop}", env={"VALBENCH_ONLY": loop, "VALBENCH_BATCHES": "15"})

    elapsed = time.time() - started
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = "python3 Tests/Benchmarks/bench.py"

    say("")
    for line in table:
        say(line)
    say("")
    for goal, met, detail in goals:
        say(f"{'MET   ' if met else 'MISSED'} {goal}: {detail}")
    say(f"load: start {info['load_start']}, generation {info['load_generation']}, builds {info['load_build']}, "
        f"validation {info['load_validation']}, end {info['load_end']}; {elapsed / 60:.1f} min")

    results = {"machine": info, "generation": gen, "builds": builds, "lines": {"ours": ours_lines, "anchor": anchor_lines,
               "operations": operations, "webhooks": webhooks}, "removed": removed, "constraints": per_keyword,
               "not_enforced": missing, "anchor_check_hits": anchor_hits, "anchor_closed_enums": anchor_closed_enums,
               "unknown_state": {"ours": ours_unknown, "anchor": anchor_unknown}, "validation": validation,
               "goals": goals, "profiles": profiles, "workarounds": workarounds, "untyped": untyped, "table": table, "defaults": defaults}
    with open(os.path.join(BENCH, "results.json"), "w") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)

    if args.no_write:
        return
    write_markdown(results, command, elapsed)


def write_markdown(results, command, elapsed):
    info = results["machine"]
    lines = [f"Measured {info['date']} with `{command}` ({elapsed / 60:.1f} min, anchor CLI cached).",
             "",
             f"Machine: {info['nproc']} CPUs, {info['cpu']}, {info['memory']} RAM, {info['swift']}, Linux {info['kernel']}. "
             f"Load average (1/5/15 min) at the start {info['load_start']}, during generation {info['load_generation']}, "
             f"during builds {info['load_build']}, during validation {info['load_validation']}, at the end {info['load_end']}. "
             "Other work shared the machine; every pair of measurements alternates ViduKit and the anchor so load hits both alike.",
             "", "Both generators are release builds; the generated libraries are built in debug (`swift build`).", ""]
    lines += results["table"]
    lines += ["", "Goals:", ""]
    for goal, met, detail in results["goals"]:
        lines.append(f"- **{'met' if met else 'MISSED'}**: {goal}: {detail}.")
    lines += ["", "Constraints per keyword (in the specs / compiled into ViduKit's SchemaTables):", "",
              "| keyword | in specs | ViduKit enforces | anchor enforces at run time |", "|---|---|---|---|"]
    for keyword in CONSTRAINTS:
        if keyword in results["constraints"]:
            total, ours = results["constraints"][keyword]
            lines.append(f"| {'if/then/else' if keyword == 'if' else keyword} | {total} | {ours} | 0 |")
    if results["not_enforced"]:
        lines += ["", "Not in ViduKit's SchemaTables:", ""] + [f"- `{m}`" for m in results["not_enforced"]]
    lines += ["", f"Anchor output searched for run-time checks ({', '.join('`' + p + '`' for p in RUNTIME_CHECK_PATTERNS)}): "
              f"{len(results['anchor_check_hits'])} hit(s)."]
    lines += [f"- `{h}`" for h in results["anchor_check_hits"][:20]]
    lines += [f"The anchor generates {results['anchor_closed_enums']} closed (`@frozen`) string enums: those values are "
              "limited by the type system when building a request, and make decoding fail on any other value.", ""]
    lines += ["Unknown state in a status body (decoded into each output's status type):", "",
              "| provider | ViduKit type | decodes | keeps the value | anchor type | decodes | keeps the value |", "|---|---|---|---|---|---|---|"]
    for ours, anchor in zip(results["unknown_state"]["ours"], results["unknown_state"]["anchor"]):
        lines.append(f"| {ours['provider']} | `{ours['type']}` | {ours['decoded']} | {ours.get('keepsValue', False)} | "
                     f"`{anchor['type']}` | {anchor['decoded']} | {anchor.get('keepsValue', False)} |")
    if results["workarounds"]:
        lines += ["", "Applied to the documents BOTH generators read (this commit's vidu-codegen cannot read them as they are):", ""]
        lines += [f"- {note}" for note in results["workarounds"]]
    lines += ["", "Removed from the anchor's copies of the specs (by `anchor_removals` in bench.py):", ""]
    for name in SPECS:
        for pointer, why in results["removed"][name]:
            lines.append(f"- `specs/{name}.json#{pointer}`: {why}")
    if not any(results["removed"].values()):
        lines.append("- nothing")
    lines += ["", "On the unmodified documents the anchor exits 0 without a warning, but these schemas come out as "
              "structs of untyped `valueN: OpenAPIValueContainer` members, their own properties dropped: "
              + (", ".join(f"`{u}`" for u in results["untyped"]) or "none") + "."]
    lines += ["", "Validation examples (the first documented request example that decodes and validates cleanly):", ""]
    for v in results["validation"]:
        if "error" not in v:
            lines.append(f"- {v['provider']} `{v['operationID']}`: example `{v['example']}`, {v['bytes']} bytes encoded; "
                         f"ns/op min/median: encode {v['encodeMin']:.0f}/{v['encodeMedian']:.0f}, validate() "
                         f"{v['validateMin']:.0f}/{v['validateMedian']:.0f}, walk {v['walkMin']:.0f}/{v['walkMedian']:.0f} "
                         f"({v['batches']} batches × {v['iterations']} iterations)"
                         + (f"; skipped: {', '.join(v['skipped'])}" if v["skipped"] else ""))
    for title, rows in results["profiles"].items():
        lines += ["", f"Profile: {title}", "", "```"] + rows + ["```"]
    raw = ["", "Raw timings (seconds):", "",
           f"- generation ours: {', '.join(f'{t:.3f}' for t in results['generation']['ours'])}",
           f"- generation anchor: {', '.join(f'{t:.3f}' for t in results['generation']['anchor'])}",
           f"- clean build ours: {', '.join(f'{t:.1f}' for t in results['builds']['ours'])}",
           f"- clean build anchor: {', '.join(f'{t:.1f}' for t in results['builds']['anchor'])}",
           f"- generated-only rebuild ours: {', '.join(f'{t:.1f}' for t in results['builds']['ours_incremental'])}",
           f"- generated-only rebuild anchor: {', '.join(f'{t:.1f}' for t in results['builds']['anchor_incremental'])}"]
    lines += raw
    replace_block("<!-- BEGIN RESULTS (written by bench.py) -->", "<!-- END RESULTS -->", "\n".join(lines))


def replace_block(begin, end, block):
    """Replaces the text between `begin` and `end` in BENCHMARKS.md (appending both when absent)."""
    path = os.path.join(HERE, "BENCHMARKS.md")
    text = open(path).read() if os.path.exists(path) else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    with open(path, "w") as f:
        f.write(f"{head}{begin}\n{block}\n{end}{tail}")
    say(f"wrote {os.path.relpath(path, REPO)}")


if __name__ == "__main__":
    main()
