#!/usr/bin/env python3
"""Runs every conformance case through the built `vidu validate`, so the CLI and the library
cannot drift. Builds nothing: pass the binary (default .build/debug/vidu, which `swift test` builds).

    python3 Tests/Conformance/run_cli_cases.py [path/to/vidu]

Each case (a body, a parameter or a callback header) runs twice:
  1. alone: the exit code must be 0 (expect valid) or 1 (expect violations), and the pointers of
     the printed `<json-pointer>: <message>` lines must be exactly the expected pointers;
  2. in one `--jsonl` batch per provider/operation/direction: its output line must be `valid` or
     `invalid` with exactly the expected `<pointer> <keyword>` pairs.
Parameter and header cases use `--parameter <name>` (after the operation, or after
`--webhook <name>` for a callback header). Prints a line per failure and `N passed, N failed`;
exits 1 on any failure.
"""

import collections
import json
import pathlib
import subprocess
import sys
import tempfile

from conformance_cases import ROOT, kind_counts, load_cases


def command(binary, case, path):
    if case.webhook is not None:
        arguments = [binary, "validate", case.provider, "--webhook", case.webhook]
    else:
        arguments = [binary, "validate", case.provider, case.operation]
        if case.direction == "response" and case.parameter is None:
            arguments += ["--response", case.status]
    if case.parameter is not None:
        arguments += ["--parameter", case.parameter]
    return arguments + [path]


def printed_pointers(stdout):
    """Pointers of the `<json-pointer>: <message>` lines (the last line is the summary)."""
    lines = stdout.splitlines()[:-1]
    pointers = [line.split(": ", 1)[0] for line in lines]
    return sorted("" if pointer == "/" else pointer for pointer in pointers)


def parse_verdict(line):
    """`valid` → []; `invalid p k; p k` → sorted pairs; anything else → None."""
    if line == "valid":
        return []
    if not line.startswith("invalid "):
        return None
    pairs = []
    for item in line[len("invalid "):].split("; "):
        pointer, _, keyword = item.rpartition(" ")
        pairs.append((pointer, keyword))
    return sorted(pairs)


def run_single(binary, case, directory):
    path = directory / "body.json"
    path.write_text(json.dumps(case.instance, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(command(binary, case, str(path)), capture_output=True, text=True)
    want_status = 0 if case.expect == "valid" else 1
    if result.returncode != want_status:
        return f"exit {result.returncode} instead of {want_status}: {result.stdout.strip()} {result.stderr.strip()}"
    want = sorted(pointer for pointer, _ in case.expected_pairs)
    got = printed_pointers(result.stdout)
    if got != want:
        return f"printed pointers {got} instead of {want}"
    return None


def run_batches(binary, cases, directory):
    """Failures by case name, from one --jsonl run per target."""
    groups = collections.defaultdict(list)
    for case in cases:
        groups[(case.provider, case.operation, case.webhook, case.direction, case.status, case.parameter)].append(case)
    failures = {}
    for members in groups.values():
        path = directory / "batch.jsonl"
        path.write_text("".join(json.dumps(case.instance, ensure_ascii=False) + "\n" for case in members), encoding="utf-8")
        arguments = command(binary, members[0], str(path))
        arguments.insert(-1, "--jsonl")
        result = subprocess.run(arguments, capture_output=True, text=True)
        lines = result.stdout.splitlines()
        if result.returncode != 0 or len(lines) != len(members):
            for case in members:
                failures[case.name] = f"--jsonl batch exit {result.returncode}, {len(lines)} lines for {len(members)}: {result.stderr.strip()}"
            continue
        for case, line in zip(members, lines):
            got = parse_verdict(line)
            if got != case.expected_pairs:
                failures[case.name] = f"--jsonl printed {line!r}, expected {case.expected_pairs or 'valid'}"
    return failures


def main(arguments):
    binary = pathlib.Path(arguments[0] if arguments else ROOT / ".build/debug/vidu").resolve()
    if not binary.is_file():
        print(f"no vidu binary at {binary}; run `swift build --product vidu` (or `swift test`) first")
        return 1
    cases = load_cases()
    passed = failed = 0
    passed_names = set()
    with tempfile.TemporaryDirectory() as temporary:
        directory = pathlib.Path(temporary)
        batch_failures = run_batches(str(binary), cases, directory)
        for case in cases:
            problems = [problem for problem in (run_single(str(binary), case, directory), batch_failures.get(case.name)) if problem]
            if problems:
                failed += 1
                for problem in problems:
                    print(f"FAIL {case.name}: {problem}")
            else:
                passed += 1
                passed_names.add(case.name)
    print(f"{passed} passed, {failed} failed")
    print(f"by kind (passed): {kind_counts(cases, passed_names)}")
    print(f"({sum(1 for case in cases if case.parameter is not None)} of them parameter or header cases)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
