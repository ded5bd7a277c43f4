#!/usr/bin/env python3
"""Refreshes the figures in README.md from the repository, so none is typed by hand.

Each figure sits between markers: <!-- figure:NAME -->VALUE<!-- /figure -->.
  python3 Tests/readme_figures.py          rewrite README.md with the current figures
  python3 Tests/readme_figures.py --check  exit 1 (naming each stale figure) when one is out of date (CI)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "Conformance"))
import conformance_cases  # noqa: E402

SUITE = ROOT / "Tests" / "JSONSchemaTestSuite" / "tests" / "draft2020-12"
CORE = ["type", "enum", "const", "properties", "required", "additionalProperties", "items", "prefixItems",
        "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if-then-else",
        "dependentRequired", "default", "format", "boolean_schema", "defs"]  # SuiteFiles.core


def suite_counts():
    """(core files, core cases, cases run in all files), as JSONSchemaSuiteTests runs them."""
    unsupported = json.loads((ROOT / "Tests" / "JSONSchemaSuiteTests" / "unsupported.json").read_text())
    skipped = {(entry["file"], entry["group"]) for entry in unsupported}
    files = sorted(str(path.relative_to(SUITE)) for path in SUITE.rglob("*.json"))
    core = run = 0
    for name in files:
        for group in json.loads((SUITE / name).read_text()):
            if (name, "*") in skipped or (name, group["description"]) in skipped:
                continue
            run += len(group["tests"])
            if name[:-5] in CORE:
                core += len(group["tests"])
    return len(CORE), core, run


def figures():
    kinds = [case.kind for case in conformance_cases.load_cases()]
    core_files, core_cases, all_cases = suite_counts()
    fuzz = (ROOT / "Tests" / "Fuzz" / "differential.py").read_text()
    target = int(re.search(r"^TARGET = ([0-9_]+)", fuzz, re.M).group(1).replace("_", ""))
    return {
        "suite-core-files": str(core_files),
        "suite-core-cases": str(core_cases),
        "suite-all-cases": str(all_cases),
        "examples": str(kinds.count("positive")),
        "rule-cases": str(kinds.count("negative")),
        "forward-compat-cases": str(kinds.count("forward-compat")),
        "evidence-cases": str(kinds.count("evidence")),
        "fuzz-per-schema": f"{target:,}",
        "key-variables": ", ".join(f"`{v}`" for v in key_variables()),
        "runtime-api": runtime_api(),
        "runtime-spi": str(runtime_spi_count()),
    }


RUNTIME = ROOT / "Sources" / "ViduRuntime"
TOP_LEVEL = re.compile(r"^public (?:final class|struct|enum|protocol|actor|typealias) ([A-Za-z_][A-Za-z0-9_]*)", re.M)


def runtime_api():
    """ViduRuntime's public top-level types, by folder: a Markdown table (one row per folder)."""
    rows = ["| folder | public types |", "|---|---|"]
    for folder in sorted(path for path in RUNTIME.iterdir() if path.is_dir()):
        names = sorted({name for file in folder.rglob("*.swift") for name in TOP_LEVEL.findall(file.read_text(encoding="utf-8"))})
        if names:
            rows.append(f"| `{folder.name}/` | " + ", ".join(f"`{name}`" for name in names) + " |")
    return "\n" + "\n".join(rows) + "\n"


def runtime_spi_count():
    """How many ViduRuntime declarations are behind `@_spi(Generated)`."""
    return sum(file.read_text(encoding="utf-8").count("@_spi(Generated)") for file in RUNTIME.rglob("*.swift"))


def key_variables():
    """Each provider's own key variable (its spec's info.x-provider), in spec file order."""
    specs = sorted((ROOT / "specs").glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8"))["info"]["x-provider"]["keyEnvironmentVariable"] for path in specs]


MARKER = re.compile(r"<!-- figure:([a-z0-9-]+) -->(.*?)<!-- /figure -->", re.S)


def main():
    check = "--check" in sys.argv[1:]
    readme = ROOT / "README.md"
    text = readme.read_text()
    values = figures()
    stale = []

    def replace(match):
        name, old = match.group(1), match.group(2)
        if name not in values:
            raise SystemExit(f"README.md: unknown figure '{name}'")
        if old != values[name]:
            stale.append(f"{name}: README says {old}, the repository has {values[name]}")
        return f"<!-- figure:{name} -->{values[name]}<!-- /figure -->"

    new = MARKER.sub(replace, text)
    missing = sorted(set(values) - {name for name, _ in MARKER.findall(text)})
    if missing:
        raise SystemExit(f"README.md: no marker for {', '.join(missing)}")
    if check:
        for line in stale:
            print(f"stale README figure: {line} (run python3 Tests/readme_figures.py)", file=sys.stderr)
        sys.exit(1 if stale else 0)
    readme.write_text(new)
    print(f"README.md: {len(values)} figures, {len(stale)} refreshed")


if __name__ == "__main__":
    main()
