"""Shared by the conformance scripts: finds, reads and classifies the case files.

The case format is described in Tests/Conformance/README.md.
"""

import json
import pathlib

CONFORMANCE = pathlib.Path(__file__).resolve().parent
CASES = CONFORMANCE / "cases"
ROOT = CONFORMANCE.parents[1]
SPECS = ROOT / "specs"
PROVIDERS = ["apimart", "apixo", "vidu", "uniall"]
MEMBERS = {"provider", "operation", "webhook", "direction", "status", "parameter",
           "instance", "expect", "source", "example"}


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
        if self.direction not in ("request", "response"):
            raise ValueError(f"{self.name}: direction must be request or response")
        if (self.operation is None) == (self.webhook is None):
            raise ValueError(f"{self.name}: exactly one of operation and webhook")
        if self.direction == "response" and self.status is None:
            raise ValueError(f"{self.name}: a response case needs a status")
        if self.expect != "valid" and not isinstance(self.expect, list):
            raise ValueError(f"{self.name}: expect must be \"valid\" or a list")

    @property
    def kind(self):
        """positive (a spec example), forward-compat (an accepted response or callback body that
        is not an example) or negative (everything else: instances built for a request rule, and
        rejected response bodies)."""
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


def load_spec(provider):
    return json.loads((SPECS / f"{provider}.json").read_text(encoding="utf-8"))
