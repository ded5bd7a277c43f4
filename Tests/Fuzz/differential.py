#!/usr/bin/env python3
"""Differential fuzzing of the generated Swift validators against Python's jsonschema.

For every request-body schema and every webhook body schema in specs/*.json, this builds at
least 10,000 JSON instances from a fixed seed (valid ones from a schema walker plus a few from
hypothesis-jsonschema, then boundary, enum, required/extra, model x duration x resolution,
wrong-type, Unicode-length and near-miss-URL mutations), runs them through
`vidu validate <provider> <operationId> --jsonl -` (or `--webhook <name>`), one process per
schema, and through jsonschema's Draft202012Validator on the same spec, and compares the
valid/invalid verdicts. See Tests/Fuzz/README.md.

Exit status: 0 all agree; 1 any disagreement or a schema with fewer than the required number of
instances; 2 setup error (missing binary, no batch mode, bad specs, missing Python packages).
"""

import argparse
import copy
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SPECS = os.path.join(ROOT, "specs")
DEFAULT_BINARY = os.path.join(ROOT, ".build", "debug", "vidu")

SEED = 20260404          # the fixed seed; --seed overrides it for exploration only
TARGET = 10_000          # minimum instances per schema (--quick: 1,000)
HYPOTHESIS_VALID = 6     # valid instances per schema from hypothesis-jsonschema (slow: 0.1-0.5 s each)
VALID_POOL = 1_500       # valid instances per schema from the walker

REQUIRED_PACKAGES = [  # (import name, pip requirement)
    ("jsonschema", "jsonschema>=4.26"),
    ("referencing", "referencing"),
    ("hypothesis", "hypothesis>=6.155"),
    ("hypothesis_jsonschema", "hypothesis-jsonschema>=0.23"),
]


def ensure_packages(need_hypothesis):
    import importlib
    missing = []
    for module, requirement in REQUIRED_PACKAGES:
        if module.startswith("hypothesis") and not need_hypothesis:
            continue
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(requirement)
    if missing:
        print("installing: " + " ".join(missing), flush=True)
        rc = subprocess.call([sys.executable, "-m", "pip", "install", "--quiet", *missing])
        if rc != 0:
            print("setup error: pip install failed for " + " ".join(missing))
            sys.exit(2)
        importlib.invalidate_caches()


# ---------------------------------------------------------------------------------------------
# Known divergences between Python's `re` (used by jsonschema's `pattern`) and ECMA-262, the
# regular-expression dialect JSON Schema 2020-12 specifies (Validation spec, section 6.3.3 and
# Core 6.4). This is the ONLY place where the fuzzer departs from Draft202012Validator:
#
#  1. `$` (no multiline flag): Python's `re` also matches just before a final "\n"; ECMA-262
#     matches only at the end of the input. So "https://a.b\n" matches ^https?://\S+$ in Python
#     but not in ECMA-262.
#  2. `\s` / `\S`: Python's set (str.isspace) has U+001C..U+001F and U+0085, which ECMA-262's
#     WhiteSpace/LineTerminator set lacks; ECMA-262 has U+FEFF, which Python lacks.
#  3. `.`, `\d`, `\w` (not used by the specs today, translated for safety): ECMA-262's `.` also
#     excludes \r, U+2028, U+2029; its `\d` and `\w` are ASCII-only.
#
# Every instance is validated by Draft202012Validator. Instances that contain a string with one
# of the characters above are ALSO validated by the same validator with the `pattern` keyword
# evaluated by an ECMA-262-faithful translation of the pattern; when the two Python verdicts
# differ, the ECMA-262 verdict is the expected one and the instance is counted (and listed with
# --verbose) as "python-divergence". Nothing else is excluded.
# ---------------------------------------------------------------------------------------------
ECMA_SPACE = ("\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
ECMA_SPACE_CHARS = set("\t\n\u000b\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | {
    chr(c) for c in range(0x2000, 0x200B)}
PY_SPACE_CHARS = {chr(c) for c in range(0x110000) if chr(c).isspace()}
# Characters on which the two dialects can disagree for the specs' patterns (\s sets, `$`, `.`).
DIVERGENT_CHARS = (ECMA_SPACE_CHARS ^ PY_SPACE_CHARS) | {"\n", "\r", "\u2028", "\u2029"}


def ecma_to_python(pattern):
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            n = pattern[i + 1]
            body = {"d": "0-9", "w": "A-Za-z0-9_", "s": ECMA_SPACE}.get(n.lower())
            if body is not None:
                negated = n.isupper()
                if in_class:
                    if negated:
                        raise ValueError("negated class escape inside a class: " + pattern)
                    out.append(body)
                else:
                    out.append(("[^%s]" if negated else "[%s]") % body)
            else:
                out.append(c + n)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
        elif c == "$":
            out.append(r"\Z")
        elif c == ".":
            out.append("[^\n\r\u2028\u2029]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


DIVERGENT_RE = re.compile("[%s]" % "".join(re.escape(c) for c in sorted(DIVERGENT_CHARS)))


def has_divergent_char(value):
    if isinstance(value, str):
        return DIVERGENT_RE.search(value) is not None
    if isinstance(value, list):
        return any(has_divergent_char(v) for v in value)
    if isinstance(value, dict):
        return any(has_divergent_char(k) or has_divergent_char(v) for k, v in value.items())
    return False


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------
class Target:
    """One body schema: (provider, operationId or webhook name, $ref)."""

    def __init__(self, provider, spec, kind, name, ref):
        self.provider, self.spec, self.kind, self.name, self.ref = provider, spec, kind, name, ref

    @property
    def label(self):
        return "%s %s%s" % (self.provider, "webhook " if self.kind == "webhook" else "", self.name)

    def cli_args(self):
        if self.kind == "webhook":
            return ["validate", self.provider, "--webhook", self.name, "--jsonl", "-"]
        return ["validate", self.provider, self.name, "--jsonl", "-"]


def discover():
    targets = []
    for fname in sorted(os.listdir(SPECS)):
        if not fname.endswith(".json"):
            continue
        provider = fname[:-5]
        with open(os.path.join(SPECS, fname), encoding="utf-8") as f:
            spec = json.load(f)

        def body_ref(op, where):
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            if "$ref" not in schema:
                raise ValueError("%s: %s: body schema is not a $ref" % (fname, where))
            return schema["$ref"]

        for path, item in spec.get("paths", {}).items():
            for method, op in item.items():
                if isinstance(op, dict) and "requestBody" in op:
                    targets.append(Target(provider, spec, "operation", op["operationId"],
                                          body_ref(op, path)))
        for name, item in spec.get("webhooks", {}).items():
            for method, op in item.items():
                if isinstance(op, dict) and "requestBody" in op:
                    targets.append(Target(provider, spec, "webhook", name, body_ref(op, name)))
    return targets


# ---------------------------------------------------------------------------------------------
# Oracles
# ---------------------------------------------------------------------------------------------
def make_oracles(target):
    from jsonschema import Draft202012Validator, validators, ValidationError
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    uri = "urn:vidukit:spec:%s" % target.provider
    registry = Registry().with_resource(uri, Resource.from_contents(
        target.spec, default_specification=DRAFT202012))
    root = {"$ref": uri + target.ref}
    plain = Draft202012Validator(root, registry=registry)  # no format checker: format annotates

    compiled = {}

    def ecma_pattern(validator, pattern, instance, schema):
        if not validator.is_type(instance, "string"):
            return
        rx = compiled.get(pattern)
        if rx is None:
            rx = compiled[pattern] = re.compile(ecma_to_python(pattern))
        if not rx.search(instance):
            yield ValidationError("%r does not match %r (ECMA-262)" % (instance, pattern))

    Ecma = validators.extend(Draft202012Validator, {"pattern": ecma_pattern})
    ecma = Ecma(root, registry=registry)
    return plain, ecma, registry, uri


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# ---------------------------------------------------------------------------------------------
# Strings
# ---------------------------------------------------------------------------------------------
FLAG_FR = "\U0001F1EB\U0001F1F7"            # 2 code points, 4 UTF-16 units, 1 grapheme
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"  # ZWJ: 5 code points, 8 UTF-16, 1 grapheme
ASTRAL = "\U0001F600"                       # 1 code point, 2 UTF-16 units
E_ACUTE_NFD = "e\u0301"                     # 2 code points, 1 grapheme
TEXT_POOLS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-_/()'\"\\",
    "\u00e9\u00e8\u00fc\u00df\u00f1\u00c5\u00e6\u0153",
    "\u4e00\u4e8c\u4e09\u732b\u72d7\u65e5\u672c\u8a9e\uac00\ud55c",
    "\u0301\u0308\u0327\u20dd\u0489",                 # combining marks
    "\U0001F600\U0001F3A5\U0001F30A\U00010348\U0001D11E\U00020000",  # astral
    "\u200d\u200c\ufe0f\u200e\u200f\u2060",          # joiners, VS16, bidi marks
    "\t\n\r\u0000\u0001\u001f\u007f\u0085\u00a0\u2028\u2029\u3000\ufeff",
    "\u212a\u037e\u2126\uff21\u0661",                # singleton canonical equivalents, fullwidth
]
CLUSTERS = [FLAG_FR, FAMILY, E_ACUTE_NFD, "\U0001F44D\U0001F3FD", "\u0915\u094d\u0937",
            "\U0001F3F3\ufe0f\u200d\U0001F308", "\r\n"]


def cp_len(s):
    return len(s)


def random_text(rng, n):
    """A string of exactly n code points mixing ASCII, BMP, astral, combining, ZWJ, flags."""
    parts, have = [], 0
    ascii_bias = rng.random() < 0.5
    while have < n:
        r = rng.random()
        if r < 0.15 and n - have >= 2:
            cl = rng.choice(CLUSTERS)
            if len(cl) <= n - have:
                parts.append(cl)
                have += len(cl)
                continue
        pool = TEXT_POOLS[0] if (ascii_bias and rng.random() < 0.8) else rng.choice(TEXT_POOLS)
        parts.append(rng.choice(pool))
        have += 1
    s = "".join(parts)
    assert len(s) == n
    return s


def filled(unit, n, tail=""):
    """`unit` repeated to exactly n code points (padding with ASCII), then `tail`."""
    k = n // len(unit)
    s = unit * k
    s += "a" * (n - len(s))
    return s + tail


def length_specimens(n):
    """Strings of exactly n code points whose UTF-16 length and grapheme count differ from n."""
    if n <= 0:
        return [""]
    out = [filled("a", n), filled(FLAG_FR, n), filled(ASTRAL, n), filled(E_ACUTE_NFD, n),
           filled(FAMILY, n), filled("a", n - 1) + ASTRAL, filled("\u00e9", n),
           filled("\ufeff", n), ASTRAL + filled("\u0301", n - 1)]
    if n >= 2:
        out.append(filled("a", n - 2) + FLAG_FR)
    return out


# ---------------------------------------------------------------------------------------------
# A generator of strings matching a regex (Python's parse of the pattern; the specs' patterns
# mean the same in both dialects apart from the characters listed above, which it avoids).
# ---------------------------------------------------------------------------------------------
try:
    import re._parser as sre_parse      # Python >= 3.11
    import re._constants as sre_c
except ImportError:  # pragma: no cover
    import sre_parse
    import sre_constants as sre_c

NONSPACE_SAMPLE = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%"
                   "\u00e9\u4e00\U0001F600\U0001F1EB\u0301")


def regex_sample(rng, pattern):
    tree = sre_parse.parse(pattern)

    def category_chars(cat):
        if cat == sre_c.CATEGORY_DIGIT:
            return "0123456789"
        if cat == sre_c.CATEGORY_NOT_SPACE:
            return NONSPACE_SAMPLE
        if cat == sre_c.CATEGORY_SPACE:
            return " \t"
        if cat == sre_c.CATEGORY_WORD:
            return "abcXYZ019_"
        raise ValueError("category %s" % cat)

    def gen_in(items):
        chars = []
        negate = False
        for op, av in items:
            if op == sre_c.NEGATE:
                negate = True
            elif op == sre_c.LITERAL:
                chars.append(chr(av))
            elif op == sre_c.RANGE:
                lo, hi = av
                chars.extend(chr(c) for c in range(lo, min(hi, lo + 200) + 1))
            elif op == sre_c.CATEGORY:
                chars.extend(category_chars(av))
        if negate:
            return rng.choice([c for c in NONSPACE_SAMPLE if c not in chars])
        return rng.choice(chars)

    def gen(seq):
        out = []
        for op, av in seq:
            if op == sre_c.LITERAL:
                out.append(chr(av))
            elif op == sre_c.IN:
                out.append(gen_in(av))
            elif op == sre_c.ANY:
                out.append(rng.choice(NONSPACE_SAMPLE))
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
                lo, hi, sub = av
                hi = min(hi, lo + 12) if hi != sre_c.MAXREPEAT else lo + rng.choice([0, 1, 3, 12, 40])
                for _ in range(rng.randint(lo, hi)):
                    out.append(gen(sub))
            elif op == sre_c.SUBPATTERN:
                out.append(gen(av[-1]))
            elif op == sre_c.BRANCH:
                out.append(gen(rng.choice(av[1])))
            elif op == sre_c.AT:
                pass
            else:
                raise ValueError("regex op %s in %r" % (op, pattern))
        return "".join(out)

    return gen(tree)


# ---------------------------------------------------------------------------------------------
# Schema walker
# ---------------------------------------------------------------------------------------------
INT_SPECIALS = [0, -1, 1, 2**31 - 1, 2**31, -2**31, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64,
                -2**63, 10**20]
ANY_VALUES = [None, True, False, 0, -7, 3.5, 1e300, "", "x", [], {}, [1, "a"], {"k": None}]


class Walker:
    def __init__(self, target, plain):
        self.t = target
        self.plain = plain
        self.components = target.spec["components"]["schemas"]

    def deref(self, s):
        while isinstance(s, dict) and "$ref" in s:
            name = s["$ref"].rsplit("/", 1)[1]
            rest = {k: v for k, v in s.items() if k != "$ref"}
            s = dict(self.components[name], **rest) if rest else self.components[name]
        return s

    def root(self):
        return self.deref({"$ref": self.t.ref})

    # -- merge a conjunction of schemas into one flat view (assertions only) --
    def merge(self, schemas, rng):
        m = {"props": {}, "required": set(), "items": [], "patterns": []}
        queue = [self.deref(s) for s in schemas if isinstance(s, dict)]
        while queue:
            s = queue.pop()
            if "oneOf" in s or "anyOf" in s:
                queue.append(self.deref(rng.choice(s.get("oneOf") or s.get("anyOf"))))
            t = s.get("type")
            if t is not None:
                ts = set([t] if isinstance(t, str) else t)
                m["type"] = m["type"] & ts if "type" in m else ts
            if "const" in s:
                m["const"] = s["const"]
            if "enum" in s:
                e = s["enum"]
                m["enum"] = [v for v in m["enum"] if v in e] if "enum" in m else list(e)
            for k in ("minimum", "minLength", "minItems"):
                if k in s:
                    m[k] = max(m.get(k, s[k]), s[k])
            for k in ("maximum", "maxLength", "maxItems"):
                if k in s:
                    m[k] = min(m.get(k, s[k]), s[k])
            if "pattern" in s:
                m["patterns"].append(s["pattern"])
            for k, v in s.get("properties", {}).items():
                m["props"].setdefault(k, []).append(v)
            m["required"] |= set(s.get("required", []))
            if "items" in s:
                m["items"].append(s["items"])
        return m

    def gen(self, schemas, rng, depth=0):
        m = self.merge(schemas, rng)
        for _ in range(8):
            if m.get("type", True):
                break
            # Two `oneOf` branches of different types met (UniAll duration integer | digit
            # string, a repair schema against its base): choose the branches again.
            m = self.merge(schemas, rng)
        else:
            m = self.merge(schemas[-1:], rng)
        if "const" in m:
            return copy.deepcopy(m["const"])
        if m.get("enum"):
            return copy.deepcopy(rng.choice(m["enum"]))
        types = sorted(m.get("type", ["null", "boolean", "integer", "number", "string", "array",
                                       "object"]))
        if "type" not in m and not m["props"]:
            return copy.deepcopy(rng.choice(ANY_VALUES))
        if "type" not in m:
            types = ["object"]
        t = rng.choice(types)
        if t == "null":
            return None
        if t == "boolean":
            return rng.random() < 0.5
        if t in ("integer", "number"):
            lo, hi = m.get("minimum"), m.get("maximum")
            if lo is None and hi is None:
                v = rng.choice([rng.randint(-1000, 1000), rng.choice(INT_SPECIALS)])
            else:
                lo = lo if lo is not None else (hi - 1000)
                hi = hi if hi is not None else (lo + 1000)
                v = rng.choice([lo, hi, rng.randint(int(lo), int(hi))])
            if t == "number" and rng.random() < 0.3:
                return v + 0.5 if (hi is None or v + 0.5 <= hi) else v
            if rng.random() < 0.1 and abs(v) < 2**53:
                return float(v)            # 5.0 is an integer in JSON Schema
            return v
        if t == "string":
            if m["patterns"]:
                return regex_sample(rng, m["patterns"][0])
            lo, hi = m.get("minLength", 0), m.get("maxLength")
            r = rng.random()
            if hi is not None and hi <= 10_000 and r < 0.05:
                n = rng.randint(max(lo, hi - 2), hi)   # huge bounds: only the bound cases
            elif r < 0.1:
                n = lo
            else:
                n = rng.randint(lo, max(lo, min(hi if hi is not None else 80, lo + 80)))
            return random_text(rng, n)
        if t == "array":
            lo = m.get("minItems", 0)
            hi = m.get("maxItems", lo + 4)
            n = rng.randint(lo, min(hi, lo + 4))
            return [self.gen(m["items"], rng, depth + 1) for _ in range(n)]
        if t == "object":
            obj = {}
            for k, ss in m["props"].items():
                if k in m["required"] or rng.random() < 0.5:
                    obj[k] = self.gen(ss, rng, depth + 1)
            for k in sorted(m["required"]):     # sorted: set order varies with PYTHONHASHSEED
                if k not in obj:
                    obj[k] = self.gen(m["props"].get(k, [{}]), rng, depth + 1)
            if rng.random() < 0.1:
                obj["x_extra_%d" % rng.randint(0, 9)] = copy.deepcopy(rng.choice(ANY_VALUES))
            items = list(obj.items())
            rng.shuffle(items)
            return dict(items)
        raise ValueError(t)

    # -- schemas that apply (unconditionally) at an instance path --
    def base_at(self, path):
        s = [self.root()]
        for p in path:
            nxt = []
            for x in s:
                x = self.deref(x)
                for sub in [x] + [self.deref(a) for a in x.get("allOf", [])]:
                    if isinstance(p, int):
                        if "items" in sub:
                            nxt.append(sub["items"])
                    elif p in sub.get("properties", {}):
                        nxt.append(sub["properties"][p])
            s = nxt
        return s

    def make_valid(self, rng, inst=None, tries=25):
        x = self.gen([self.root()], rng) if inst is None else inst
        for _ in range(tries):
            errs = sorted(self.plain.iter_errors(x), key=lambda e: -len(e.absolute_path))
            if not errs:
                return x
            e = errs[0]
            path = list(e.absolute_path)
            kw = e.validator
            if kw in ("required", "dependentRequired"):
                obj = e.instance
                needed = e.validator_value if kw == "required" else [
                    d for k, ds in e.validator_value.items() if k in obj for d in ds]
                for k in needed:
                    if k not in obj:
                        ss = self.base_at(path + [k]) + [
                            e.schema.get("properties", {}).get(k, {})]
                        obj[k] = self.gen(ss, rng)
            elif kw == "additionalProperties" and e.validator_value is False and isinstance(e.instance, dict):
                # Closed request objects: drop the undeclared members.
                declared = e.schema.get("properties", {})
                for k in [k for k in e.instance if k not in declared]:
                    del e.instance[k]
            elif kw == "not":
                forbidden = []
                stack = [e.validator_value]
                while stack:
                    s = stack.pop()
                    forbidden += s.get("required", [])
                    stack += s.get("anyOf", []) + s.get("allOf", [])
                if not forbidden:
                    return None
                for k in forbidden:
                    e.instance.pop(k, None)
            else:
                value = self.gen(self.base_at(path) + [e.schema], rng)
                if not path:
                    x = value
                else:
                    parent = x
                    for p in path[:-1]:
                        parent = parent[p]
                    parent[path[-1]] = value
        return None


# ---------------------------------------------------------------------------------------------
# Constraint sites (read from the schema, including inside if/then/else)
# ---------------------------------------------------------------------------------------------
class Site:
    def __init__(self, path, schema, cond):
        self.path = path        # instance path; "*" for array items
        self.schema = schema    # the (dereferenced) subschema at the path
        self.cond = cond        # None, or (object path, if-schema, polarity)


def collect_sites(walker):
    sites = []
    seen = set()

    def visit(s, path, cond, depth):
        s = walker.deref(s)
        if not isinstance(s, dict) or depth > 8:
            return
        key = (json.dumps(s, sort_keys=True), tuple(path), json.dumps(cond, sort_keys=True,
                                                                     default=str))
        if key in seen:
            return
        seen.add(key)
        sites.append(Site(path, s, cond))
        for k, v in s.get("properties", {}).items():
            visit(v, path + [k], cond, depth + 1)
        if "items" in s:
            visit(s["items"], path + ["*"], cond, depth + 1)
        for branch in s.get("oneOf", []) + s.get("anyOf", []):
            visit(branch, path, cond, depth + 1)
        for a in s.get("allOf", []):
            a = walker.deref(a)
            if "if" in a:
                if "then" in a:
                    visit(a["then"], path, (path, a["if"], True), depth + 1)
                if "else" in a:
                    visit(a["else"], path, (path, a["if"], False), depth + 1)
            else:
                visit(a, path, cond, depth + 1)

    visit(walker.root(), [], None, 0)
    return sites


def get_at(x, path):
    for p in path:
        x = x[p]
    return x


def set_at(x, path, value, rng):
    """Copy of x with `value` at path ("*" picks an existing element, else creates one)."""
    if not path:
        return value
    x = copy.deepcopy(x)
    parent = x
    for i, p in enumerate(path[:-1]):
        if p == "*":
            if not isinstance(parent, list) or not parent:
                return None
            p = rng.randrange(len(parent))
        if isinstance(parent, dict):
            if p not in parent or not isinstance(parent[p], (dict, list)):
                parent[p] = [] if path[i + 1] == "*" else {}
                if path[i + 1] == "*":
                    parent[p].append(None)
        elif not isinstance(parent, list) or not isinstance(p, int) or p >= len(parent):
            return None
        parent = parent[p]
    last = path[-1]
    if last == "*":
        if not isinstance(parent, list):
            return None
        if not parent:
            parent.append(value)
        else:
            parent[rng.randrange(len(parent))] = value
    elif isinstance(parent, dict) and isinstance(last, str):
        parent[last] = value
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = value
    else:
        return None
    return x


def del_at(x, path):
    x = copy.deepcopy(x)
    try:
        parent = get_at(x, path[:-1])
        if isinstance(parent, dict) and path[-1] in parent:
            del parent[path[-1]]
            return x
    except (KeyError, IndexError, TypeError):
        pass
    return None


# ---------------------------------------------------------------------------------------------
# Instance production
# ---------------------------------------------------------------------------------------------
WRONG_TYPES = [None, True, False, 0, 1, -1, 0.5, 7.0, 1e16, -0.0, 2**64, "", "7", "true",
               [], [None], {}, {"a": 1}]
ENUM_TWISTS = [
    lambda v: v.upper(), lambda v: v.capitalize(), lambda v: " " + v, lambda v: v + " ",
    lambda v: v + "\n", lambda v: v + "\u0301", lambda v: v + "\u200d", lambda v: v[:-1],
    lambda v: v + v[-1:], lambda v: v.replace("-", "_"), lambda v: v.replace("p", "P"),
    lambda v: v.replace("k", "\u212a").replace("K", "\u212a"), lambda v: "\ufeff" + v,
    lambda v: v.replace(":", "\uff1a"), lambda v: v.replace("1", "\u0661"),
]
URL_TWISTS = [  # near misses (and near hits) of ^https?://\S+$ and the data: URL patterns
    lambda u: u + "\n", lambda u: u + "\r", lambda u: u + "\r\n", lambda u: u + "\u2028",
    lambda u: u + "\u2029", lambda u: u + "\u000b", lambda u: u + "\f", lambda u: u + "\n\n", lambda u: u + "\u0085", lambda u: u + "\u001c", lambda u: u + "\u001f",
    lambda u: u + "\ufeff", lambda u: u + "\u00a0", lambda u: u + "\u3000", lambda u: u + "\u180e",
    lambda u: u + "\u200b", lambda u: u + " ", lambda u: u + "\t", lambda u: " " + u,
    lambda u: "\n" + u, lambda u: u.replace("//", "/", 1), lambda u: u.replace("://", ":// ", 1),
    lambda u: u.upper(), lambda u: u.replace("http", "ftp", 1), lambda u: u.replace("s:", "ss:", 1),
    lambda u: u.replace(":", "\uff1a", 1), lambda u: u.replace(";", "\u037e", 1),
    lambda u: u.replace(";base64,", ";base64", 1), lambda u: u.replace("image/", "image//", 1),
    lambda u: u.replace("image/", "text/", 1), lambda u: u.replace("video/", "audio/", 1),
    lambda u: u.replace("audio/", "video/", 1), lambda u: u.split("://")[0] + "://",
    lambda u: u.split(",")[0] + ",", lambda u: u + "\U0001F600", lambda u: u + FLAG_FR,
    lambda u: u + "\u0301", lambda u: u[:len(u) // 2] + " " + u[len(u) // 2:],
    lambda u: u.replace("data:", "DATA:", 1), lambda u: u + "\u0000",
]
URL_SEEDS = ["http://a", "https://x.y/z?q=1#f", "https://\U0001F600", "https://\u00e9",
             "http://" + FAMILY, "data:image/png;base64,AAAA", "data:video/mp4;base64,=",
             "data:audio/x-wav;base64,abc", "data:image/svg+xml;base64,PHN2Zz4=",
             "data:image/;base64,A", "data:image/png;base64,", "https:/a", "https//a", "https://",
             "1:1", "16:9", "9999:9999", "10000:1", "0:1", "auto", "AUTO", "007", "12", "\u0661\u0662"]


class Producer:
    def __init__(self, target, plain, rng):
        self.t = target
        self.w = Walker(target, plain)
        self.plain = plain
        self.rng = rng
        self.sites = collect_sites(self.w)
        self.out = []
        self.seen = set()
        self.kinds = {}

    def add(self, inst, kind):
        if inst is None:
            return
        line = json.dumps(inst, ensure_ascii=False, separators=(",", ":"))
        if line in self.seen:
            return
        self.seen.add(line)
        self.out.append((kind, inst, line))
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def bases_for(self, site, n):
        """Valid instances in which the site's condition holds (or fails, for else)."""
        if site.cond is None:
            pool = self.valid
        else:
            opath, ifs, polarity = site.cond
            key = json.dumps(site.cond, sort_keys=True, default=str)
            pool = self.cond_pool.get(key)
            if pool is None:
                pool = []
                for v in self.valid:
                    try:
                        sub = get_at(v, opath)
                    except (KeyError, IndexError, TypeError):
                        continue
                    ok = self.if_validator(ifs).is_valid(sub)
                    if ok == polarity:
                        pool.append(v)
                self.cond_pool[key] = pool
        if not pool:
            return []
        return [self.rng.choice(pool) for _ in range(n)]

    def if_validator(self, ifs):
        key = json.dumps(ifs, sort_keys=True)
        v = self._ifv.get(key)
        if v is None:
            from jsonschema import Draft202012Validator
            v = self._ifv[key] = Draft202012Validator(ifs, registry=self.plain._registry)
        return v

    def concrete(self, path, base):
        """Replace "*" by an index that exists in base (or 0)."""
        out, x = [], base
        for p in path:
            if p == "*":
                p = self.rng.randrange(len(x)) if isinstance(x, list) and x else 0
            out.append(p)
            try:
                x = x[p]
            except (KeyError, IndexError, TypeError):
                x = None
        return out

    def produce(self, target_count, hypothesis_n):
        rng = self.rng
        self._ifv, self.cond_pool = {}, {}
        # 1. valid instances: hypothesis-jsonschema (independent generator) + the walker
        if hypothesis_n:
            for inst in hypothesis_valid(self.t, self.w, hypothesis_n):
                self.add(inst, "valid:hypothesis")
        self.valid = []
        attempts = 0
        pool_n = min(VALID_POOL, max(200, target_count // 6))
        while len(self.valid) < pool_n and attempts < pool_n * 4:
            attempts += 1
            v = self.w.make_valid(rng)
            if v is not None:
                self.valid.append(v)
                self.add(v, "valid:walker")
        if not self.valid:
            raise RuntimeError("%s: the walker produced no valid instance" % self.t.label)

        # 2. targeted mutations from the constraint sites
        for site in self.sites:
            s = site.schema
            per = 3 if site.cond is None else 4
            if s.get("maxLength", 0) > 100_000:
                per = 1     # 1 MiB strings: one base is enough (and keeps the run fast)
            for base in self.bases_for(site, per):
                path = self.concrete(site.path, base)
                # numeric bounds +-1 (and the bound), as int and as float
                for kw in ("minimum", "maximum"):
                    if kw in s:
                        b = s[kw]
                        for v in (b - 1, b, b + 1, float(b), b - 0.5, b + 0.5):
                            self.add(set_at(base, path, v, rng), "bound:" + kw)
                if "const" in s and isinstance(s["const"], (int, float)) and not isinstance(
                        s["const"], bool):
                    b = s["const"]
                    for v in (b - 1, b, b + 1, float(b), str(b)):
                        self.add(set_at(base, path, v, rng), "bound:const")
                # length bounds +-1 with code points / UTF-16 / graphemes disagreeing
                for kw in ("minLength", "maxLength"):
                    if kw in s:
                        b = s[kw]
                        lens = (b - 1, b, b + 1) if b < 2_000_000 else ()
                        for n in lens:
                            if n < 0:
                                continue
                            specimens = length_specimens(n)
                            if b > 100_000:  # the 1 MiB payload: a few, not every specimen
                                specimens = [specimens[0], specimens[1], specimens[-1]]
                            for sp in specimens:
                                self.add(set_at(base, path, sp, rng), "bound:" + kw)
                        if b >= 2:
                            self.add(set_at(base, path, filled("a", b - 1) + FLAG_FR, rng),
                                     "bound:" + kw)
                            self.add(set_at(base, path, filled("a", b) + "\u0301", rng),
                                     "bound:" + kw)
                # item-count bounds +-1
                for kw in ("minItems", "maxItems"):
                    if kw in s:
                        b = s[kw]
                        try:
                            cur = get_at(base, path)
                        except (KeyError, IndexError, TypeError):
                            cur = None
                        item_s = [s.get("items", {})] + self.w.base_at(
                            [p for p in path] + [0])
                        for n in (b - 1, b, b + 1):
                            if n < 0:
                                continue
                            arr = list(cur[:n]) if isinstance(cur, list) else []
                            while len(arr) < n:
                                arr.append(self.w.gen(item_s, rng))
                            self.add(set_at(base, path, arr, rng), "bound:" + kw)
                # enum / const values, right and wrong
                if "enum" in s or ("const" in s and isinstance(s["const"], str)):
                    values = s.get("enum", [s.get("const")])
                    for v in values:
                        self.add(set_at(base, path, v, rng), "enum:member")
                        if isinstance(v, str) and v:
                            for tw in ENUM_TWISTS:
                                self.add(set_at(base, path, tw(v), rng), "enum:wrong")
                    for v in rng.sample(self.all_enum_values(), min(8, len(self.all_enum_values()))):
                        self.add(set_at(base, path, v, rng), "enum:other")
                # patterns: near-miss URLs
                if "pattern" in s:
                    for u in URL_SEEDS:
                        self.add(set_at(base, path, u, rng), "pattern:seed")
                    good = regex_sample(rng, s["pattern"])
                    for tw in URL_TWISTS:
                        self.add(set_at(base, path, tw(good), rng), "pattern:twist")
                # required / forbidden / dependentRequired
                for k in s.get("required", []):
                    self.add(del_at(base, path + [k]), "required:missing")
                for k in s.get("dependentRequired", {}):
                    obj = base
                    try:
                        obj = get_at(base, path)
                    except (KeyError, IndexError, TypeError):
                        pass
                    if isinstance(obj, dict):
                        ps = self.w.base_at(path + [k])
                        self.add(set_at(base, path + [k], self.w.gen(ps, rng), rng),
                                 "dependentRequired")
                # wrong types
                for v in rng.sample(WRONG_TYPES, 6):
                    self.add(set_at(base, path, copy.deepcopy(v), rng), "type:wrong")
                # Unicode content in strings
                if "string" in str(s.get("type")) and "enum" not in s and "pattern" not in s:
                    for n in (0, 1, 2, 5, 17):
                        for sp in length_specimens(n):
                            self.add(set_at(base, path, sp, rng), "string:unicode")

        # 3. every discriminant x dependent-field combination (model x duration x resolution ...)
        self.combinations(rng)

        # 4. missing / extra properties on valid instances
        for base in rng.sample(self.valid, min(len(self.valid), 300)):
            for k in list(base.keys()) if isinstance(base, dict) else []:
                self.add(del_at(base, [k]), "required:drop")
            self.add(dict(base, **{"unknown_field": rng.choice(ANY_VALUES)}), "extra:root")
            for k, v in base.items():
                if isinstance(v, dict):
                    self.add(set_at(base, [k, "unknown_nested"], 1, rng), "extra:nested")

        # 5. random havoc on valid instances until the target is reached
        guard = 0
        while len(self.out) < target_count and guard < target_count * 20:
            guard += 1
            x = rng.choice(self.valid)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                x = self.havoc(x, rng)
                if x is None:
                    break
            self.add(x, "havoc")
        return self.out

    def all_enum_values(self):
        if not hasattr(self, "_enums"):
            vals = set()
            for st in self.sites:
                for v in st.schema.get("enum", []):
                    if isinstance(v, str):
                        vals.add(v)
            self._enums = sorted(vals)
        return self._enums

    def combinations(self, rng, limit=8000):
        by_obj = {}
        for st in self.sites:
            if st.cond is None:
                continue
            opath, ifs, _ = st.cond
            info = by_obj.setdefault(json.dumps(opath), {"opath": opath, "disc": {}, "dep": {}})
            for k, v in self.w.deref(ifs).get("properties", {}).items():
                info["disc"][k] = True
            rel = st.path[len(opath):]
            if len(rel) == 1:
                info["dep"].setdefault(rel[0], []).append(st.schema)
            for k in st.schema.get("required", []):
                info["dep"].setdefault(k, [])
            stack = [st.schema.get("not", {})]
            while stack:
                n = stack.pop()
                for k in n.get("required", []):
                    info["dep"].setdefault(k, [])
                stack += n.get("anyOf", []) + n.get("allOf", [])
        for info in by_obj.values():
            opath = info["opath"]
            obj_base = self.w.base_at(opath)

            def candidates(prop, extra):
                schemas = [self.w.deref(x) for x in self.w.base_at(opath + [prop])] + extra
                vals = set()
                nums = []
                for x in schemas:
                    for v in x.get("enum", []):
                        vals.add(json.dumps(v))
                    if "const" in x:
                        vals.add(json.dumps(x["const"]))
                    for kw in ("minimum", "maximum"):
                        if kw in x:
                            nums.append(x[kw])
                    if "const" in x and isinstance(x["const"], int):
                        nums.append(x["const"])
                if nums:
                    for n in range(int(min(nums)) - 1, int(max(nums)) + 2):
                        vals.add(json.dumps(n))
                out = [json.loads(v) for v in sorted(vals)]
                if not out:
                    out = [self.w.gen(schemas, rng)]
                return out + ["<absent>"]

            discs = sorted(info["disc"])
            deps = sorted(k for k in info["dep"] if k not in info["disc"])
            disc_vals = {d: candidates(d, []) for d in discs}
            dep_vals = {d: candidates(d, info["dep"][d]) for d in deps}
            # all deps in full if the product is small; else the two most constrained in full
            full = list(deps)

            def product_size(keys):
                n = 1
                for d in discs:
                    n *= len(disc_vals[d])
                for d in keys:
                    n *= len(dep_vals[d])
                return n

            if product_size(full) > limit:
                full = sorted(deps, key=lambda d: (-len(info["dep"][d]), -len(dep_vals[d]), d))[:2]
            import itertools
            keys = discs + full
            lists = [disc_vals[d] for d in discs] + [dep_vals[d] for d in full]
            bases = self.valid
            for combo in itertools.product(*lists):
                base = rng.choice(bases)
                x = copy.deepcopy(base)
                try:
                    obj = get_at(x, opath)
                except (KeyError, IndexError, TypeError):
                    continue
                if not isinstance(obj, dict):
                    continue
                for k, v in zip(keys, combo):
                    if v == "<absent>":
                        obj.pop(k, None)
                    else:
                        obj[k] = v
                for d in deps:
                    if d not in full:
                        v = rng.choice(dep_vals[d])
                        if v == "<absent>":
                            obj.pop(d, None)
                        else:
                            obj[d] = v
                self.add(x, "combination")

    def havoc(self, x, rng):
        # pick a random existing path
        paths = []

        def walk(v, p):
            paths.append(p)
            if isinstance(v, dict):
                for k, c in v.items():
                    walk(c, p + [k])
            elif isinstance(v, list):
                for i, c in enumerate(v):
                    walk(c, p + [i])
        walk(x, [])
        path = rng.choice(paths)
        r = rng.random()
        if r < 0.25 and path:
            return del_at(x, path)
        if r < 0.45:
            site_schemas = self.w.base_at(path)
            return set_at(x, path, self.w.gen(site_schemas or [{}], rng), rng)
        if r < 0.6:
            return set_at(x, path, copy.deepcopy(rng.choice(WRONG_TYPES)), rng)
        if r < 0.75:
            cur = get_at(x, path)
            if isinstance(cur, str):
                n = len(cur) + rng.choice([-1, 0, 1])
                return set_at(x, path, rng.choice(length_specimens(max(n, 0))), rng)
            if isinstance(cur, (int, float)) and not isinstance(cur, bool):
                return set_at(x, path, cur + rng.choice([-1, 1, 0.5, -0.5, 1000]), rng)
            if isinstance(cur, list):
                return set_at(x, path, cur + cur[:1] if cur else [None], rng)
            return x
        if r < 0.85:
            site = rng.choice(self.sites)
            try:
                base_x = x
                p = self.concrete(site.path, base_x)
                v = self.w.gen([site.schema], rng)
                return set_at(x, p, v, rng)
            except Exception:
                return x
        if r < 0.93:
            cur = get_at(x, path)
            if isinstance(cur, dict):
                return set_at(x, path + ["extra_%d" % rng.randint(0, 3)],
                              copy.deepcopy(rng.choice(ANY_VALUES)), rng)
            return x
        return set_at(x, path, rng.choice(self.all_enum_values() or ["x"]), rng)


def hypothesis_valid(target, walker, n):
    """n valid instances from hypothesis-jsonschema, deterministically (fixed seed)."""
    if n <= 0:
        return []
    from hypothesis import given, settings, seed, HealthCheck, Phase
    from hypothesis_jsonschema import from_schema

    def inline(node):
        if isinstance(node, dict):
            if "$ref" in node:
                rest = {k: v for k, v in node.items() if k != "$ref"}
                tgt = inline(walker.deref({"$ref": node["$ref"]}))
                return dict(tgt, **inline(rest)) if rest else tgt
            return {k: inline(v) for k, v in node.items() if k not in (
                "examples", "x-known-values", "description", "default", "contentMediaType",
                "contentSchema", "format")}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    schema = inline({"$ref": target.ref})
    # The 1 MiB payload string makes hypothesis very slow; cap it (the bound cases test it).
    text = json.dumps(schema).replace('"maxLength": 1048576', '"maxLength": 200')
    schema = json.loads(text)
    out = []
    strategy = from_schema(schema)

    @seed(SEED)
    @settings(max_examples=n, database=None, deadline=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(strategy)
    def collect(x):
        out.append(x)

    collect()
    return out


# ---------------------------------------------------------------------------------------------
# Swift side
# ---------------------------------------------------------------------------------------------
def run_swift(binary, target, lines, result):
    try:
        proc = subprocess.Popen([binary] + target.cli_args(), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        result["error"] = str(e)
        return
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out, err = proc.communicate(data)
    result["rc"] = proc.returncode
    result["stdout"] = out.decode("utf-8", "replace").splitlines()
    result["stderr"] = err.decode("utf-8", "replace")


UNDECODABLE = [0]   # conforming instances that do not fit the generated Swift types (info only)


def parse_swift(line):
    line = line.rstrip("\r")
    if line == "valid":
        return True, []
    if line.startswith("valid undecodable "):
        # JSON Schema's verdict is valid; the body just does not fit the generated Swift type
        # (an integer beyond Int64). Counted and reported, not a validator disagreement.
        UNDECODABLE[0] += 1
        return True, []
    if line.startswith("invalid"):
        rest = line[len("invalid"):].strip(" ")
        viol = []
        for item in rest.split("; ") if rest else []:
            ptr, _, kw = item.rpartition(" ")
            viol.append((ptr, kw))
        return False, viol
    if line.startswith("error"):
        return "error", line      # Swift could not read a line that is valid JSON: a failure
    return None, line


def check_binary(binary):
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print("setup error: %s not found. Build it first:\n  swift build --product vidu\n"
              "(or pass --binary PATH)" % binary)
        sys.exit(2)


# ---------------------------------------------------------------------------------------------
def python_pointers(validator, inst):
    """Python's error locations, with `required`/`dependentRequired` at the missing member
    (where vidu reports them) instead of at the object."""
    out = set()
    for e in validator.iter_errors(inst):
        base = list(e.absolute_path)
        if e.validator == "required" and isinstance(e.instance, dict):
            out |= {pointer(base + [k]) for k in e.validator_value if k not in e.instance}
        elif e.validator == "dependentRequired" and isinstance(e.instance, dict):
            out |= {pointer(base + [d]) for k, ds in e.validator_value.items() if k in e.instance
                    for d in ds if d not in e.instance}
        else:
            out.add(pointer(base))
    return out


def compare(job, args, failures_file):
    """Print one schema's result; returns (passed, failed)."""
    target, lines, swift = job["target"], job["lines"], job["swift"]
    instances, verdicts, plain = job["instances"], job["verdicts"], job["plain"]
    print(job["header"], flush=True)
    if "error" in swift:
        print("setup error: cannot run %s: %s" % (args.binary, swift["error"]))
        sys.exit(2)
    out = swift["stdout"]
    if swift["rc"] != 0 and len(out) != len(lines) or len(out) != len(lines):
        print("setup error: `%s %s` exited %s with %d output lines for %d inputs; stderr:\n%s"
              % (args.binary, " ".join(target.cli_args()), swift["rc"], len(out), len(lines),
                 swift["stderr"][-2000:]))
        print("(does this vidu have the batch mode `validate ... --jsonl`? merge the "
              "conformance branch and rebuild: swift build --product vidu)")
        sys.exit(2)

    reported = 0
    signatures = {}
    pointer_diffs = 0
    schema_failed = 0
    for (kind, inst, line), (expected, note), sline in zip(instances, verdicts, out):
        got, viol = parse_swift(sline)
        if got is None:
            print("setup error: unparseable Swift output line %r" % sline)
            sys.exit(2)
        if got != expected:
            schema_failed += 1
            sig = ("valid" if expected else "invalid",
                   "error" if got == "error" else "valid" if got else
                   "invalid [" + ", ".join(sorted({"%s %s" % (re.sub(r"/\d+", "/*", p), k)
                                                   for p, k in viol})) + "]")
            signatures[sig] = signatures.get(sig, 0) + 1
            if failures_file:
                failures_file.write(json.dumps({
                    "provider": target.provider, "schema": target.name, "kind": kind,
                    "instance": inst, "expected": "valid" if expected else "invalid",
                    "note": note, "swift": sline}, ensure_ascii=False) + "\n")
            if reported < args.max_report:
                reported += 1
                errors = sorted((job["ecma"] if note else plain).iter_errors(inst),
                                key=lambda e: list(e.absolute_path))
                print("FAIL %s [%s]\n  instance: %s\n  python: %s%s\n  swift:  %s" % (
                    target.label, kind, line if len(line) < 3000 else line[:3000] + "...",
                    "valid" if expected else "invalid",
                    (" (" + note + ")") if note else "", sline[:2000]))
                for e in errors[:6]:
                    print("    python error at %s [%s]: %s" % (
                        pointer(e.absolute_path), e.validator, e.message[:300]))
        elif not got and args.verbose:
            py_ptrs = python_pointers(job["ecma"] if note else plain, inst)
            sw_ptrs = {p for p, _ in viol}
            if py_ptrs != sw_ptrs:
                pointer_diffs += 1
                if pointer_diffs <= 3:
                    print("    info: pointer sets differ: python %s swift %s: %s" % (
                        sorted(py_ptrs), sorted(sw_ptrs), line[:200]))
        else:
            pass
    if reported < schema_failed:
        print("  ... %d more disagreements for %s" % (schema_failed - reported, target.label))
    for sig, n in sorted(signatures.items(), key=lambda kv: -kv[1]):
        print("  %5d x expected %s, swift %s" % (n, sig[0], sig[1]))
    if args.verbose:
        print("    info: %d both-invalid instances with different error pointer sets" %
              pointer_diffs)
    return len(instances) - schema_failed, schema_failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="1,000 instances per schema, no hypothesis")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--binary", default=os.environ.get("VIDU_BINARY", DEFAULT_BINARY))
    ap.add_argument("--only", help="substring of '<provider> <name>' to select schemas")
    ap.add_argument("--python-only", action="store_true",
                    help="no Swift: check the generators against Python (intended vs verdict)")
    ap.add_argument("--dump", metavar="DIR", help="write each schema's instances as JSONL to DIR")
    ap.add_argument("--failures", metavar="FILE",
                    help="write every disagreement as a JSON line (provider, schema, instance, verdicts)")
    ap.add_argument("--replay", metavar="FILE",
                    help="judge the JSON lines in FILE (e.g. a printed failing instance) instead of "
                         "generating; needs --only naming one schema")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--max-report", type=int, default=20, help="disagreements printed per schema")
    args = ap.parse_args()
    started = time.time()

    quick = args.quick
    target_count = 1_000 if quick else TARGET
    hyp_n = 0 if quick else HYPOTHESIS_VALID
    ensure_packages(need_hypothesis=hyp_n > 0)
    if not args.python_only:
        check_binary(args.binary)

    try:
        targets = discover()
    except (OSError, ValueError, KeyError) as e:
        print("setup error: reading specs: %s" % e)
        sys.exit(2)
    if args.only:
        targets = [t for t in targets if args.only in "%s %s" % (t.provider, t.name)]
    if not targets:
        print("setup error: no body schemas found")
        sys.exit(2)
    if args.replay:
        if len(targets) != 1:
            print("setup error: --replay needs --only naming exactly one schema, e.g. "
                  "--only 'vidu createText2Video'")
            sys.exit(2)
        target_count = 0

    passed = failed = 0
    short = []
    failures_file = open(args.failures, "w", encoding="utf-8") if args.failures else None
    print("seed %d, at least %d instances per schema, %d schemas" % (
        args.seed, target_count, len(targets)), flush=True)
    # Python generates and judges schema i while the Swift worker validates earlier schemas
    # (one `vidu` process at a time, in order); results are compared as they come back.
    import queue
    jobs = queue.Queue()

    def swift_worker():
        while True:
            job = jobs.get()
            if job is None:
                return
            run_swift(args.binary, job["target"], job["lines"], job["swift"])
            job["done"].set()

    worker = None
    if not args.python_only:
        worker = threading.Thread(target=swift_worker, daemon=True)
        worker.start()
    pending = []
    totals = {"passed": 0, "failed": 0}

    def drain(block):
        while pending and (block or pending[0]["done"].is_set()):
            job = pending.pop(0)
            job["done"].wait()
            p, f = compare(job, args, failures_file)
            totals["passed"] += p
            totals["failed"] += f

    for target in targets:
        t0 = time.time()
        rng = random.Random("%d:%s:%s" % (args.seed, target.provider, target.name))
        plain, ecma, registry, uri = make_oracles(target)
        producer = Producer(target, plain, rng)
        if args.replay:
            with open(args.replay, encoding="utf-8") as f:
                for text in f.read().splitlines():
                    if text.strip():
                        producer.add(json.loads(text), "replay")
            instances = producer.out
        else:
            instances = producer.produce(target_count, hyp_n)
        lines = [line for _, _, line in instances]
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]
        t_gen = time.time() - t0
        if args.dump:
            os.makedirs(args.dump, exist_ok=True)
            with open(os.path.join(args.dump, "%s-%s.jsonl" % (target.provider, target.name)),
                      "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
        job = {"target": target, "lines": lines, "swift": {}, "done": threading.Event(),
               "instances": instances, "plain": plain, "ecma": ecma}
        if worker:
            jobs.put(job)

        verdicts = []
        divergent = 0
        for kind, inst, line in instances:
            ok = plain.is_valid(inst)
            expected, note = ok, None
            if has_divergent_char(inst):
                ok2 = ecma.is_valid(inst)
                if ok2 != ok:
                    expected, note = ok2, "python-divergence (Draft202012Validator says %s)" % (
                        "valid" if ok else "invalid")
                    divergent += 1
            verdicts.append((expected, note))
        t_py = time.time() - t0 - t_gen
        job["verdicts"] = verdicts
        n_valid = sum(1 for e, _ in verdicts if e)
        job["header"] = ("%-36s %6d instances (%d valid, %d invalid, %d python-divergence) "
                         "sha %s; generate %.1fs, python %.1fs" % (
                             target.label, len(instances), n_valid, len(instances) - n_valid,
                             divergent, digest, t_gen, t_py))
        if args.verbose:
            job["header"] += "\n    kinds: " + ", ".join(
                "%s=%d" % kv for kv in sorted(producer.kinds.items()))
            bad = [(k, l) for (k, _, l), (e, _) in zip(instances, verdicts)
                   if k.startswith("valid") and not e]
            job["header"] += "\n    intended-valid but invalid per Python: %d" % len(bad)
            for k, l in bad[:5]:
                job["header"] += "\n      %s %s" % (k, l[:300])
        if len(instances) < target_count:
            short.append(target.label)
        if args.python_only:
            print(job["header"], flush=True)
            continue
        pending.append(job)
        drain(block=False)
    drain(block=True)
    if worker:
        jobs.put(None)
    passed, failed = totals["passed"], totals["failed"]

    elapsed = time.time() - started
    for label in short:
        print("FAIL %s: fewer than %d instances produced" % (label, target_count))
    print("elapsed %.1fs" % elapsed)
    if UNDECODABLE[0]:
        print("info: %d conforming instances do not fit the generated Swift types (integers beyond "
              "64 bits; `vidu validate` reports them as `decode` at the field, see README.md)" % UNDECODABLE[0])
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or short else 0)


if __name__ == "__main__":
    main()
