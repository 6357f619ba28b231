#!/usr/bin/env python3
"""Makes a rule repository of a given size from the shared corpus, for timing the validate goal.

Usage: make-perf-corpus.py CORPUS_DIR OUT_DIR [COUNT]   (COUNT defaults to 2192, the upstream corpus size)

Every corpus rule is copied as is; then the first rules (sorted by path) are copied a second time, until COUNT
rules exist. A second copy gets a fresh rule_id (a UUID derived from the original, so runs are repeatable), " (copy)"
after its [rule] name and "_copy" before its file extension, so that the uniqueness checks stay clean.
"""
import re
import shutil
import sys
import uuid
from pathlib import Path

RULE_ID = re.compile(r'^(rule_id = ")([0-9a-fA-F-]+)(")$', re.MULTILINE)
SECTION = re.compile(r'^\[rule\]\n(.*?)(?=^\[\[?[\w.]+\]\]?$|\Z)', re.MULTILINE | re.DOTALL)
NAME = re.compile(r'^(name = ")(.*)(")$', re.MULTILINE)


def second_copy(text: str) -> str:
    rule = SECTION.search(text)
    if rule is None:
        raise ValueError("no [rule] table")
    body = rule.group(1)
    body, ids = RULE_ID.subn(lambda m: m.group(1) + str(uuid.uuid5(uuid.NAMESPACE_URL, m.group(2))) + m.group(3),
                             body, count=1)
    body, names = NAME.subn(lambda m: m.group(1) + m.group(2) + " (copy)" + m.group(3), body, count=1)
    if ids != 1 or names != 1:
        raise ValueError("rule_id or name not found in [rule]")
    return text[:rule.start(1)] + body + text[rule.end(1):]


def main() -> None:
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2192
    rules = sorted(corpus.rglob("*.toml"))
    if out.exists():
        shutil.rmtree(out)
    for rule in rules:
        target = out / rule.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rule, target)
    for rule in rules[:max(0, count - len(rules))]:
        target = out / rule.relative_to(corpus)
        target.with_name(target.stem + "_copy.toml").write_text(second_copy(rule.read_text(encoding="utf-8")),
                                                                 encoding="utf-8")
    print(f"{min(count, 2 * len(rules))} rules under {out}")


if __name__ == "__main__":
    main()
