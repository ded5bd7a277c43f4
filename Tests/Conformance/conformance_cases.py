"""Shared by the conformance scripts: finds, reads and classifies the case files.

The case format is described in Tests/Conformance/README.md.
"""

import json
import pathlib

CONFORMANCE = pathlib.Path(__file__).resolve().parent
CASES = CONFORMANCE / "cases"
ROOT = CONFORMANCE.parents[1]
SPECS = ROOT / "specs"
# Every provider: the base name of each spec (`specs/<provider>.json`), in file order, as
# vidu-codegen reads them; case folders are named the same.
PROVIDERS = [path.stem for path in sorted(SPECS.glob("*.json"))]
MEMBERS = {"provider", "operation", "webhook", "direction", "status", "parameter",
           "instance", "expect", "source", "example", "evidence"}
EVIDENCE_MEMBERS = {"source", "verdict", "facts"}
KINDS = ["positive", "negative", "forward-compat", "evidence"]
FACTS_FILE = CONFORMANCE / "evidence-facts.json"


class Case:
    """One case file."""

    def __init__(self, path):
        self.path = path
        self.name = f"{path.parent.name}/{path.name}"
        data = json.loads(path.read_text(encoding="utf-8"))
        unknown = set(data) - MEMBERS
        if unknown:
            raise ValueError(f"{self.name}: unknown members {sorted(unknown)}")
        self.provider = data["provider"]
        self.operation = data.get("operation")
        self.webhook = data.get("webhook")
        self.direction = data["direction"]
        self.status = data.get("status")
        self.parameter = data.get("parameter")
        self.raw_instance = data["instance"]
        self.instance = expand(data["instance"])
        self.expect = data["expect"]
        self.source = data.get("source", "")
        self.example = data.get("example")
        self.evidence = data.get("evidence")
        if self.direction not in ("request", "response"):
            raise ValueError(f"{self.name}: direction must be request or response")
        if (self.operation is None) == (self.webhook is None):
            raise ValueError(f"{self.name}: exactly one of operation and webhook")
        if self.direction == "response" and self.status is None:
            raise ValueError(f"{self.name}: a response case needs a status")
        if self.expect != "valid" and not (isinstance(self.expect, list) and self.expect):
            raise ValueError(f"{self.name}: expect must be \"valid\" or a non-empty list")
        if self.evidence is not None:
            problem = self.evidence_problem()
            if problem:
                raise ValueError(f"{self.name}: {problem}")

    @property
    def provider_sent(self):
        """A response body, or a callback's body or header: what the provider sends."""
        return self.direction == "response" or self.webhook is not None

    def evidence_problem(self):
        """Why the `evidence` member is malformed or contradicts `expect` (README.md, "Evidence cases")."""
        ev = self.evidence
        if not isinstance(ev, dict):
            return "evidence must be an object"
        unknown = set(ev) - EVIDENCE_MEMBERS
        if unknown:
            return f"unknown evidence members {sorted(unknown)}"
        if not isinstance(ev.get("source"), str) or not ev["source"].strip():
            return "evidence.source must be a non-empty string"
        facts = ev.get("facts")
        if not (isinstance(facts, list) and facts and all(isinstance(f, str) for f in facts)):
            return "evidence.facts must be a non-empty list of fact names"
        if self.example is not None:
            return "an evidence case is not a spec example; drop `example`"
        verdict = ev.get("verdict")
        if self.provider_sent:
            if verdict != "observed":
                return f"a response or callback body's verdict is \"observed\", not {verdict!r}"
            if self.expect != "valid":
                return "an observed body must expect \"valid\""
        elif verdict == "accepted":
            if self.expect != "valid":
                return "an accepted request must expect \"valid\""
        elif verdict == "refused":
            if self.expect == "valid":
                return "a refused request must expect its violations"
        else:
            return f"a request's verdict is \"accepted\" or \"refused\", not {verdict!r}"
        return None

    @property
    def kind(self):
        """evidence (a body from a named real source), positive (a spec example), forward-compat
        (an accepted response or callback body that is not an example) or negative (everything
        else: instances built for a request rule, and rejected response bodies)."""
        if self.evidence is not None:
            return "evidence"
        if self.example is not None:
            return "positive"
        if self.expect == "valid" and (self.direction == "response" or self.webhook is not None):
            return "forward-compat"
        return "negative"

    @property
    def expected_pairs(self):
        """The expected (pointer, keyword) pairs, sorted; empty when valid."""
        if self.expect == "valid":
            return []
        return sorted((item["pointer"], item["keyword"]) for item in self.expect)


def expand(value):
    """Replaces every {"$repeat": S, "times": N} with S repeated N times."""
    if isinstance(value, dict):
        if set(value) == {"$repeat", "times"}:
            return value["$repeat"] * value["times"]
        return {key: expand(member) for key, member in value.items()}
    if isinstance(value, list):
        return [expand(element) for element in value]
    return value


def load_cases():
    """Every case file, in a stable order."""
    return [Case(path) for path in sorted(CASES.glob("*/*.json"))]


def kind_counts(cases, passed_names=None):
    """`positive 42, negative 300, …`: cases by kind (only those in passed_names, when given)."""
    counts = {kind: 0 for kind in KINDS}
    for case in cases:
        if passed_names is None or case.name in passed_names:
            counts[case.kind] += 1
    return ", ".join(f"{kind} {n}" for kind, n in counts.items())


def load_spec(provider):
    return json.loads((SPECS / f"{provider}.json").read_text(encoding="utf-8"))
