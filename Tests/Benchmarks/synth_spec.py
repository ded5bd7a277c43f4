#!/usr/bin/env python3
"""A synthetic OpenAPI 3.1 spec with N component schemas, in the style of specs/ (issue 14).

    python3 Tests/Benchmarks/synth_spec.py 400 --output /tmp/synth/synth.json

Deterministic: the same N and seed give the same bytes. The document follows specs/README.md:
request objects are closed (`additionalProperties: false`) and every bound is asserted; the
response side uses no `enum`, `const` or `additionalProperties: false` (known values go in
`x-known-values`); two-form values are a `oneOf` whose branches are disjoint by type; model-
dependent rules are `if`/`then` items inside `allOf`, each `if` with a `required`; `$ref` is
only `#/components/schemas/Name`; schema names are UpperCamelCase and property names snake_case
as on the wire. It passes `vidu-codegen lint` (bench.py's `build-scaling` section checks that).

The schemas, in a fixed rotation perturbed by the seed (about 60% objects, the rest leaves that
the objects refer to):
- objects with 5-15 properties: strings with minLength/maxLength, strings with a pattern,
  integers and numbers with minimum/maximum, booleans with a default, inline string enums,
  arrays of strings or of $refs with minItems/maxItems, nested $refs to earlier schemas (never a
  later one, so there are no cycles; objects in 4 tiers, so nesting is at most 4 objects deep),
  a required subset, and on about a third of them an `allOf`
  of one or two if/then rules over an inline enum property;
- string enums (3-8 values);
- strings with a pattern and length bounds;
- two-form values: `oneOf` integer | digit string, or string | array of strings.
The last two of the N are the operations' own: a create call whose request body refers to a sample of the
objects, and a status call (path parameter); both answer an open object.
"""

import argparse
import json
import os
import random

SEED = 14  # issue 14

WORDS = ["title", "prompt", "caption", "model", "style", "region", "camera", "motion", "scene", "voice",
         "track", "frame", "layer", "asset", "preset", "label", "source", "target", "locale", "theme",
         "palette", "subject", "lens", "light", "filter", "mask", "shot", "beat", "mood", "channel"]
SUFFIXES = ["", "_id", "_name", "_url", "_count", "_mode", "_level", "_hint", "_ratio", "_tag"]
ENUM_WORDS = ["auto", "small", "medium", "large", "general", "anime", "cinematic", "documentary", "draft",
              "final", "portrait", "landscape", "square", "fast", "balanced", "quality", "none", "soft",
              "hard", "warm", "cool", "neutral", "low", "high"]
PATTERNS = [("^https?://\\S+$", "An http:// or https:// URL."),
            ("^[a-z][a-z0-9_-]{2,31}$", "A lower-case slug of 3-32 characters."),
            ("^[A-Z]{2}(-[A-Z]{2})?$", "A region code such as `US` or `US-CA`."),
            ("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", "A lower-case UUID."),
            ("^#[0-9A-Fa-f]{6}$", "An RGB colour such as `#1A2B3C`.")]
# The rotation of schema kinds: 6 objects in 10.
KINDS = ["object", "enum", "object", "pattern", "object", "oneOf", "object", "enum", "object", "object"]


def schema_names(n):
    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    # The first schemas are leaves, so the first objects have something to refer to.
    if n >= 4:
        kinds[:4] = ["enum", "pattern", "oneOf", "object"]
    prefix = {"object": "Record", "enum": "Choice", "pattern": "Code", "oneOf": "Either"}
    return [(f"Synth{prefix[kind]}{index:04d}", kind) for index, kind in enumerate(kinds)]


def enum_values(rng, low=3, high=8):
    return rng.sample(ENUM_WORDS, rng.randint(low, high))


def leaf(rng, kind, index):
    if kind == "enum":
        return {"type": "string", "enum": enum_values(rng),
                "description": f"A closed value set (synthetic schema {index})."}
    if kind == "pattern":
        pattern, what = rng.choice(PATTERNS)
        return {"type": "string", "pattern": pattern, "minLength": 1, "maxLength": rng.choice([64, 256, 2048]),
                "description": what}
    if rng.random() < 0.5:
        return {"oneOf": [{"type": "integer", "minimum": 0, "maximum": rng.choice([100, 10000, 2147483647])},
                          {"type": "string", "pattern": "^[0-9]+$"}],
                "description": "An integer, or the same integer as a digit string (both forms are sent)."}
    return {"oneOf": [{"type": "string", "minLength": 1},
                      {"type": "array", "minItems": 1, "maxItems": rng.randint(2, 8),
                       "items": {"type": "string", "minLength": 1}}],
            "description": "One string, or a list of them."}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def obj(rng, index, earlier):
    count = rng.randint(5, 15)
    names = []
    while len(names) < count:
        name = rng.choice(WORDS) + rng.choice(SUFFIXES)
        if name not in names:
            names.append(name)
    properties = {}
    enum_properties = []
    for name in names:
        roll = rng.random()
        if roll < 0.16:
            low = rng.choice([0, 1])
            high = rng.choice([32, 200, 5000])
            properties[name] = {"type": "string", "minLength": low, "maxLength": high,
                                "description": f"Free text, {low}-{high} characters."}
        elif roll < 0.26:
            pattern, what = rng.choice(PATTERNS)
            properties[name] = {"type": "string", "pattern": pattern, "description": what}
        elif roll < 0.38:
            low = rng.choice([-1, 0, 1])
            high = rng.choice([16, 100, 4096, 2147483647])
            properties[name] = {"type": "integer", "minimum": low, "maximum": high,
                                "description": f"An integer, {low} to {high}."}
        elif roll < 0.44:
            properties[name] = {"type": "number", "minimum": 0, "maximum": rng.choice([1, 10, 100]),
                                "description": "A number within bounds."}
        elif roll < 0.52:
            properties[name] = {"type": "boolean", "default": rng.choice([True, False]),
                                "description": "A flag with a documented default."}
        elif roll < 0.64:
            properties[name] = {"type": "string", "enum": enum_values(rng, 2, 6),
                                "description": "One of the listed values."}
            enum_properties.append(name)
        elif roll < 0.72:
            properties[name] = {"type": "array", "minItems": 1, "maxItems": rng.randint(2, 16),
                                "items": {"type": "string", "minLength": 1},
                                "description": "A non-empty list of strings."}
        elif roll < 0.80 and earlier:
            properties[name] = {"type": "array", "minItems": 0, "maxItems": rng.randint(2, 8),
                                "items": ref(rng.choice(earlier)), "description": "A list of nested values."}
        elif earlier:
            properties[name] = ref(rng.choice(earlier))
        else:
            properties[name] = {"type": "string", "minLength": 1, "description": "Free text."}
    required = sorted(rng.sample(names, rng.randint(1, max(1, count // 3))), key=names.index)
    schema = {"type": "object", "description": f"A synthetic request object ({count} properties).",
              "required": required, "properties": properties}
    if enum_properties and rng.random() < 0.35:
        rules = []
        for _ in range(rng.randint(1, 2)):
            selector = rng.choice(enum_properties)
            value = properties[selector]["enum"][0]
            optional = [p for p in names if p not in required and p != selector]
            if not optional:
                break
            needed = rng.choice(optional)
            rules.append({"description": f"{needed} is required when {selector} is {value}.",
                          "if": {"required": [selector], "properties": {selector: {"const": value}}},
                          "then": {"required": [needed]}})
        if rules:
            schema["allOf"] = rules
    schema["additionalProperties"] = False
    return schema


def make_spec(n, seed=SEED):
    rng = random.Random(seed * 1_000_003 + n)
    # N component schemas in all: N - 2 in the rotation, plus the request and the item.
    names = schema_names(max(n - 2, 1))
    schemas = {}
    objects = []
    tier = {}
    for index, (name, kind) in enumerate(names):
        if kind == "object":
            # Objects come in 4 tiers (in turn): one refers to the leaves and to objects of a lower
            # tier among the 40 schemas before it, so object nesting is at most 4 deep, as in a
            # real API, however large N is. (A chain of refs as deep as N/20 made SpecKit's
            # lint take 0.1 s at N=100, 1.6 s at 200 and 105 s CPU at 400: see bench.py.)
            tier[name] = len(objects) % 4
            earlier = [other for other, other_kind in names[max(0, index - 40):index]
                       if other_kind != "object" or tier[other] < tier[name]]
            schemas[name] = obj(rng, index, earlier)
            objects.append(name)
        else:
            schemas[name] = leaf(rng, kind, index)
    sample = objects[-12:] if len(objects) > 12 else objects
    request = {"type": "object",
               "description": "Request body of `POST /v1/synth/items`: refers to the last objects, which refer to earlier ones.",
               "required": ["name"],
               "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 200, "description": "A name."},
                              "mode": {"type": "string", "enum": ["fast", "quality"], "description": "Processing mode."},
                              "callback_url": {"type": "string", "pattern": "^https?://\\S+$",
                                               "description": "Where to POST the result."}},
               "allOf": [{"description": "callback_url is required in quality mode.",
                          "if": {"required": ["mode"], "properties": {"mode": {"const": "quality"}}},
                          "then": {"required": ["callback_url"]}}],
               "additionalProperties": False}
    for index, name in enumerate(sample):
        request["properties"][f"part_{index}"] = ref(name)
    schemas["SynthCreateRequest"] = request
    schemas["SynthItem"] = {"type": "object", "description": "An item as the status call and the create call return it.",
                            "required": ["id", "state"],
                            "properties": {"id": {"type": "string", "description": "The item's id."},
                                           "state": {"type": "string", "x-known-values": ["queued", "running", "done", "failed"],
                                                     "description": "Open: unknown states decode."},
                                           "progress": {"type": "integer", "description": "0-100."},
                                           "urls": {"type": "array", "items": {"type": "string"}}}}
    json_body = lambda name: {"application/json": {"schema": ref(name)}}  # noqa: E731
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {"title": f"Synthetic benchmark API ({n} schemas)", "version": "2026-12",
                 "x-swift-namespace": "Synth",
                 "x-provider": {"displayName": "Synth", "keyEnvironmentVariable": "SYNTH_API_KEY"},
                 "description": f"Generated by Tests/Benchmarks/synth_spec.py (N={n}, seed={seed}) for the build-scaling "
                                "benchmark (issue 14). Not a real provider."},
        "servers": [{"url": "https://api.synth.example", "description": "Fictional."}],
        "security": [{"bearerAuth": []}],
        "paths": {
            "/v1/synth/items": {"post": {
                "operationId": "createItem", "summary": "Create an item.",
                "requestBody": {"required": True, "content": json_body("SynthCreateRequest")},
                "responses": {"200": {"description": "Created.", "content": json_body("SynthItem")}}}},
            "/v1/synth/items/{item_id}": {"get": {
                "operationId": "getItem", "summary": "Read an item.",
                "parameters": [{"name": "item_id", "in": "path", "required": True, "description": "The item's id.",
                                "schema": {"type": "string", "minLength": 1}}],
                "responses": {"200": {"description": "The item.", "content": json_body("SynthItem")}}}},
        },
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "Authorization: Bearer <key>."}},
        },
    }


def write_spec(n, directory, seed=SEED, provider_extension=True):
    """Writes `<directory>/synth.json`; returns its path. `provider_extension=False` leaves out
    `info.x-provider` (for generators older than it)."""
    document = make_spec(n, seed)
    if not provider_extension:
        del document["info"]["x-provider"]
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "synth.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, help="number of component schemas (N)")
    parser.add_argument("--output", required=True, help="directory to write synth.json into")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-provider-extension", action="store_true", help="leave out info.x-provider")
    args = parser.parse_args()
    print(write_spec(args.count, args.output, args.seed, not args.no_provider_extension))


if __name__ == "__main__":
    main()
