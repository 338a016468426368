#!/usr/bin/env python3
"""Validates a CycloneDX 1.6 JSON BOM against the schema files beside this script.

Exit status: 0 valid, 1 invalid (errors on stderr), 2 bad usage or unreadable input,
3 the jsonschema module is not installed."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate_bom.py: the Python module jsonschema is missing "
          "(Debian package python3-jsonschema)", file=sys.stderr)
    sys.exit(3)

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "http://cyclonedx.org/schema/"


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def main():
    if len(sys.argv) != 2:
        print("usage: validate_bom.py BOM.json", file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            bom = json.load(f)
    except (OSError, ValueError) as error:
        print(f"validate_bom.py: {sys.argv[1]}: {error}", file=sys.stderr)
        return 2
    schemas = {BASE + n: load(n) for n in
               ("bom-1.6.schema.json", "spdx.schema.json", "jsf-0.82.schema.json")}
    root = schemas[BASE + "bom-1.6.schema.json"]
    cls = jsonschema.validators.validator_for(root)
    try:
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (uri, Resource.from_contents(s)) for uri, s in schemas.items())
        validator = cls(root, registry=registry)
    except ImportError:  # jsonschema before 4.18 (Debian 12 has 4.10)
        resolver = jsonschema.RefResolver(base_uri=BASE, referrer=root, store=schemas)
        validator = cls(root, resolver=resolver)
    errors = sorted(validator.iter_errors(bom), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"{sys.argv[1]}: /{path}: {error.message[:300]}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
