#!/usr/bin/python3
"""Checks a Kubernetes manifest (YAML) against the batch/v1 Job API as Debian's Kubernetes client
library (python3-kubernetes) describes it: apiVersion batch/v1 and kind Job; every field a field
of the model at its place (V1Job, V1JobSpec, V1PodTemplateSpec, V1Container, ...), of that
field's type; every field the API requires present (the models refuse a missing one).

Usage: k8s_job_check.py MANIFEST.yaml
Exit status: 0 valid; 1 invalid, each problem on standard error with its path; 77 this Python
cannot check (python3-yaml or python3-kubernetes missing), with the reason.
"""
import re
import sys

try:
    import yaml
    from kubernetes import client
except ImportError as error:
    print(f"k8s_job_check: cannot check: {error} (apt-get install python3-yaml "
          "python3-kubernetes)", file=sys.stderr)
    sys.exit(77)

PRIMITIVES = {"str": (str,), "int": (int,), "bool": (bool,), "float": (int, float),
              "object": (object,), "datetime": (str,), "date": (str,)}


def check(value, type_name, path, problems):
    """Appends to `problems` what is wrong with `value` as a `type_name` of the client models."""
    if value is None:
        problems.append(f"{path}: null where a {type_name} belongs")
        return None
    listed = re.fullmatch(r"list\[(.+)\]", type_name)
    if listed:
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list of {listed.group(1)}")
            return None
        return [check(v, listed.group(1), f"{path}[{i}]", problems) for i, v in enumerate(value)]
    mapped = re.fullmatch(r"dict\(str, (.+)\)", type_name)
    if mapped:
        if not isinstance(value, dict):
            problems.append(f"{path}: expected a map of {mapped.group(1)}")
            return None
        return {k: check(v, mapped.group(1), f"{path}.{k}", problems) for k, v in value.items()}
    if type_name in PRIMITIVES:
        wrong_bool = type_name in ("int", "float") and isinstance(value, bool)
        if wrong_bool or not isinstance(value, PRIMITIVES[type_name]):
            problems.append(f"{path}: expected {type_name}, got {type(value).__name__} "
                            f"{value!r}")
        return value
    model = getattr(client, type_name)
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object ({type_name})")
        return None
    attribute_of = {json_name: attribute for attribute, json_name in model.attribute_map.items()}
    arguments = {}
    for key, item in value.items():
        if key not in attribute_of:
            problems.append(f"{path}.{key}: not a field of {type_name}")
            continue
        attribute = attribute_of[key]
        arguments[attribute] = check(item, model.openapi_types[attribute], f"{path}.{key}",
                                     problems)
    try:
        model(**arguments)  # the model refuses a missing required field
    except (ValueError, TypeError) as error:
        problems.append(f"{path}: {type_name}: {error}")
    return arguments


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as file:
        try:
            manifest = yaml.safe_load(file)
        except yaml.YAMLError as error:
            print(f"{sys.argv[1]}: not YAML: {error}", file=sys.stderr)
            return 1
    problems = []
    if not isinstance(manifest, dict):
        problems.append("the manifest is not a YAML mapping")
    else:
        if manifest.get("apiVersion") != "batch/v1":
            problems.append(f"apiVersion: expected batch/v1, got {manifest.get('apiVersion')!r}")
        if manifest.get("kind") != "Job":
            problems.append(f"kind: expected Job, got {manifest.get('kind')!r}")
        check(manifest, "V1Job", "Job", problems)
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{sys.argv[1]}: a valid batch/v1 Job (python3-kubernetes "
              f"{getattr(__import__('kubernetes'), '__version__', '?')})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
