#!/usr/bin/env python3
"""Generate Rulesmith's bundled reference data from ../shared/reference-data.

Usage: python3 scripts/generate-reference-data.py [SHARED_REFERENCE_DATA_DIR] [OUTPUT_DIR]

Defaults: ../shared/reference-data and
rule-validator/src/main/resources/dev/rulesmith/validator/reference (relative to the project root).

Outputs (all JSON, deterministic: sorted keys, one entry per line, trailing newline):
  attack/enterprise-attack-catalog.json   ATT&CK Enterprise catalog, copied unchanged (keeps MITRE's licence field)
  attack/attack-technique-redirects.json  revoked technique -> replacement, copied unchanged
  attack/attack-v18-to-v19-map.yaml       Elastic's v18 -> v19 map, copied unchanged
  attack/attack-v18-to-v19-map.json       the same map as JSON (block-mapping YAML subset parsed here), plus the
                                          v19 tactic renames that Elastic's map does not list (TA0005 -> Stealth)
  fields/<schema>.json                    field schemas in one format:
      {"schema", "version", "source", "license", "index_patterns": [...],
       "fields": {name: type}, "patterns": {glob: type}, "aliases": {name: target}}
  packages/integration-manifests.json.gz  detection-rules' Fleet package manifests, copied unchanged (the Kibana
                                          export's related_integrations versions)
The generated files are committed; .ci/run regenerates them into a temporary folder and fails on any difference.
Only the Python standard library is used.
"""
import gzip
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(value, out, indent=1, sort_keys=True, ensure_ascii=False)
        out.write("\n")


# ATT&CK v19 changes to tactics that Elastic's id map does not carry (see reference-data/README.md, section 1).
V19_TACTIC_CHANGES = {
    "TA0005": {"id": "TA0005", "name": "Stealth", "reference": "https://attack.mitre.org/tactics/TA0005/"},
}


def yaml_scalar(text):
    """A plain, single- or double-quoted YAML scalar; null, ~, true and false as in YAML 1.2's core schema."""
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return json.loads(text)
    return {"null": None, "~": None, "": None, "true": True, "false": False}.get(text, text)


def yaml_block_mapping(path):
    """Parses a YAML file made only of block mappings with scalar values (what the version maps use)."""
    root = {}
    stack = [(-1, root)]
    for number, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        key, sep, rest = line.strip().partition(":")
        if not sep or (rest and not rest.startswith(" ")):
            sys.exit("%s:%d: not a block mapping entry: %s" % (path, number, line))
        rest = rest.split(" #", 1)[0].strip()
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if parent is None:
            sys.exit("%s:%d: entry under a scalar value" % (path, number))
        parent[key] = yaml_scalar(rest) if rest else {}
        stack.append((indent, None if rest else parent[key]))
    return root


def attack_version_map(ref):
    source = "attack-v18-to-v19-map.yaml"
    mapping = yaml_block_mapping(os.path.join(ref, "attack", source))
    for section in ("techniques", "subtechniques"):
        mapping[section] = {key: (value or None) for key, value in mapping.get(section, {}).items()}
    mapping["tactics"] = V19_TACTIC_CHANGES
    mapping["source"] = {"file": source, "repository": "elastic/detection-rules",
                         "path": "detection_rules/etc/attack-version-maps/attack_v18_to_v19.yaml",
                         "commit": "14cf530f0d2177023092449cd9d9348b4a8884c2", "license": "Elastic License 2.0",
                         "tactics": "ATT&CK v19 release: TA0005 Defense Evasion renamed Stealth"}
    return mapping


def ecs_schema(ref):
    ecs = json.load(open(os.path.join(ref, "ecs", "ecs-flat-9.5.0.json"), encoding="utf-8"))
    fields = {name: spec["type"] for name, spec in ecs["fields"].items()}
    allowed = {name: spec["allowed_values"] for name, spec in ecs["fields"].items() if "allowed_values" in spec}
    return {
        "schema": "ecs", "version": ecs["ecs_version"], "source": ecs["source"], "license": ecs["license"],
        "index_patterns": ["*"], "fields": fields, "patterns": {}, "aliases": {}, "allowed_values": allowed,
    }


def cloudtrail_schema(ref):
    aws = json.load(open(os.path.join(ref, "integrations", "aws-cloudtrail-fields.json"), encoding="utf-8"))
    fields = dict(aws["filebeat_fields"])
    fields.update(aws["fields"])
    fields.update(aws["integration_fields"])
    patterns = {name + ".*": "keyword" for name in aws["flattened_fields"]}
    return {
        "schema": "aws.cloudtrail", "version": "integration aws (cloudtrail data stream) + filebeat 9.5.0",
        "source": aws["sources"], "license": "Elastic License 2.0",
        "index_patterns": ["logs-aws.cloudtrail-*"],
        "fields": fields, "patterns": patterns, "aliases": {},
    }


def flatten(tree, prefix=""):
    for key, value in tree.items():
        name = prefix + key
        if isinstance(value, dict):
            yield from flatten(value, name + ".")
        else:
            yield name, value


def non_ecs_schema(ref):
    data = json.load(open(os.path.join(ref, "detection-rules", "non-ecs-schema.json"), encoding="utf-8"))
    by_pattern = {pattern: dict(flatten(tree)) for pattern, tree in data.items()}
    return {
        "schema": "detection-rules.non-ecs", "version": "14cf530f0d2177023092449cd9d9348b4a8884c2",
        "source": {"repository": "elastic/detection-rules", "path": "detection_rules/etc/non-ecs-schema.json"},
        "license": "Elastic License 2.0", "by_index_pattern": by_pattern,
    }


def integration_schema(path):
    pkg = json.load(open(path, encoding="utf-8"))
    patterns = {}
    for pattern in pkg.get("patterns", []) + pkg.get("patterns_implied_by_object_type", []):
        patterns[pattern] = pkg["fields"].get(pattern, "keyword")
    fields = {name: kind for name, kind in pkg["fields"].items() if "*" not in name}
    index_patterns = sorted({ds["index_pattern"] for ds in pkg.get("data_streams", {}).values()
                             if ds.get("index_pattern")})
    return {
        "schema": pkg["package"], "version": "fleet package " + pkg["package"], "source": pkg["source"],
        "license": pkg["source"].get("license", "Elastic License 2.0"), "index_patterns": index_patterns,
        "fields": fields, "patterns": patterns, "aliases": pkg.get("aliases", {}),
    }


def beats_fields(fields, prefix, out):
    """Flattens a Beats fields.yml list: groups prefix their children; multi-fields become fields of their own."""
    for field in fields or []:
        if not isinstance(field, dict):
            continue
        name = field.get("name")
        if not isinstance(name, str):
            beats_fields(field.get("fields"), prefix, out)
            continue
        kind = field.get("type")
        if kind == "group" or (kind is None and "fields" in field):
            beats_fields(field.get("fields"), prefix + name + ".", out)
            continue
        out[prefix + name] = kind or "keyword"
        for multi in field.get("multi_fields") or []:
            if isinstance(multi, dict) and isinstance(multi.get("name"), str):
                out[prefix + name + "." + multi["name"]] = multi.get("type", "keyword")


def beats_tree(node, out):
    for fields in (node.get("files") or {}).values():
        if isinstance(fields, list):
            beats_fields(fields, "", out)
    for folder in (node.get("folders") or {}).values():
        beats_tree(folder, out)


def beats_schemas(ref):
    """One schema per Beat (libbeat's common fields included), applied to rules reading <beat>-* indices."""
    data = json.load(gzip.open(os.path.join(ref, "integrations", "beats-schema-v9.5.0.json.gz"), "rt",
                               encoding="utf-8"))
    common = {}
    beats_tree(data.get("libbeat", {}), common)
    schemas = []
    for beat in sorted(data):
        if beat == "libbeat":
            continue
        fields = dict(common)
        beats_tree(data[beat], fields)
        patterns = {name: kind for name, kind in fields.items() if "*" in name}
        schemas.append({
            "schema": "beats." + beat, "version": "beats 9.5.0",
            "source": {"repository": "elastic/detection-rules", "path": "detection_rules/etc/beats_schemas/v9.5.0.json.gz",
                       "origin": "elastic/beats v9.5.0 fields.yml files"},
            "license": "Apache 2.0 (Beats OSS) / Elastic License 2.0 (x-pack modules)",
            "index_patterns": [beat + "-*"],
            "fields": {name: kind for name, kind in fields.items() if "*" not in name},
            "patterns": patterns, "aliases": {},
        })
    return schemas


def main():
    ref = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference-data"))
    out = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        ROOT, "rule-validator", "src", "main", "resources", "dev", "rulesmith", "validator", "reference"))
    if not os.path.isdir(ref):
        sys.exit("reference data not found: " + ref)
    os.makedirs(os.path.join(out, "attack"), exist_ok=True)
    for name in ("enterprise-attack-catalog.json", "attack-technique-redirects.json", "attack-v18-to-v19-map.yaml"):
        shutil.copyfile(os.path.join(ref, "attack", name), os.path.join(out, "attack", name))
    write_json(os.path.join(out, "attack", "attack-v18-to-v19-map.json"), attack_version_map(ref))
    os.makedirs(os.path.join(out, "packages"), exist_ok=True)
    shutil.copyfile(os.path.join(ref, "integrations", "integration-manifests.json.gz"),
                    os.path.join(out, "packages", "integration-manifests.json.gz"))
    write_json(os.path.join(out, "fields", "ecs.json"), ecs_schema(ref))
    write_json(os.path.join(out, "fields", "aws.cloudtrail.json"), cloudtrail_schema(ref))
    write_json(os.path.join(out, "fields", "non-ecs.json"), non_ecs_schema(ref))
    integrations = os.path.join(ref, "integrations", "fields")
    names = []
    for file in sorted(os.listdir(integrations)):
        if file.endswith(".json"):
            schema = integration_schema(os.path.join(integrations, file))
            write_json(os.path.join(out, "fields", "integrations", file), schema)
            names.append(schema["schema"])
    beats = []
    for schema in beats_schemas(ref):
        write_json(os.path.join(out, "fields", schema["schema"] + ".json"), schema)
        beats.append(schema["schema"])
    write_json(os.path.join(out, "fields", "index.json"),
               {"schemas": ["ecs", "aws.cloudtrail"] + beats, "integrations": names, "non_ecs": "non-ecs"})
    print("reference data written to " + out)


if __name__ == "__main__":
    main()
