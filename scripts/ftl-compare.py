#!/usr/bin/env python3
"""Compares a locale's Fluent files with English: same messages, same
attributes, same variables, no syntax errors. Used while translating; the
Rust tests check the same things for every locale.

    python3 scripts/ftl-compare.py ar
"""
import re
import sys
from pathlib import Path

from fluent.syntax import FluentParser, ast

ROOT = Path(__file__).resolve().parent.parent


def load(code):
    out, errors = {}, []
    for name in sorted(p.name for p in (ROOT / "locales" / "en").glob("*.ftl")):
        p = ROOT / "locales" / code / name
        if not p.exists():
            errors.append(f"{p} is missing")
            continue
        res = FluentParser().parse(p.read_text(encoding="utf-8"))
        for entry in res.body:
            if isinstance(entry, ast.Junk):
                errors.append(f"{name}: syntax error near: {entry.content[:80]!r}")
            elif isinstance(entry, ast.Message):
                text = p.read_text(encoding="utf-8")[entry.span.start:entry.span.end]
                attrs = {a.id.name for a in entry.attributes}
                variables = set(re.findall(r"\{\s*\$([a-zA-Z_-]+)", text))
                out[entry.id.name] = (attrs, variables)
    return out, errors


def main():
    code = sys.argv[1]
    ref, _ = load("en")
    mine, errors = load(code)
    for mid, (attrs, variables) in ref.items():
        if mid not in mine:
            errors.append(f"missing message {mid}")
            continue
        if mine[mid][0] != attrs:
            errors.append(f"{mid}: attributes {sorted(mine[mid][0])}, expected {sorted(attrs)}")
        if mine[mid][1] != variables:
            errors.append(f"{mid}: variables {sorted(mine[mid][1])}, expected {sorted(variables)}")
    for mid in mine:
        if mid not in ref:
            errors.append(f"extra message {mid} (not in English)")
    for e in errors:
        print(e)
    print(f"{code}: {len(mine)} messages, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
