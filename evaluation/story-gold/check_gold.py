"""Check a story gold file against the BASIL articles: every fragment an exact substring that
occurs once, every id known, every field in the format of basil-gold/README.md.

    python evaluation/story-gold/check_gold.py FILE.json [FILE.json ...]

The BASIL articles are read from $BASIL (the folder holding `articles/`), else from
../shared/data/basil beside the repository; a gold with `"corpus": "polnear"` names PolNeAR
articles (`dev/NAME`, keyed by publisher), read from $POLNEAR, else ../shared/data/polnear.
"""

import json
import os
import sys
from pathlib import Path

BASIL = (
    Path(os.environ["BASIL"])
    if "BASIL" in os.environ
    else Path(__file__).resolve().parents[3] / "shared" / "data" / "basil"
) / "articles"
POLNEAR = (
    Path(os.environ["POLNEAR"])
    if "POLNEAR" in os.environ
    else Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear"
)
KINDS = {"person", "organisation", "group", "anonymous", "document"}
QUALIFIERS = {"exact", "approx", "lower", "upper", "range", "vague"}
FORMS = {"direct", "indirect", "mixed"}


def text_of(path, corpus=None):
    if corpus == "polnear":
        split, name = path.split("/", 1)
        return (POLNEAR / split / "text" / f"{name}.txt").read_text()
    article = json.loads((BASIL / path).read_text())
    return "\n\n".join(" ".join(sentences) for sentences in article["body-paragraphs"])


def check(file):
    gold = json.loads(Path(file).read_text())
    problems = []
    texts = {key: text_of(path, gold.get("corpus")) for key, path in gold["articles"].items()}
    people = {p["id"]: p for p in gold["people"]}
    quantities = {q["id"] for q in gold["quantities"]}
    for p in gold["people"]:
        if p.get("kind") not in KINDS:
            problems.append(f"people {p['id']}: kind {p.get('kind')!r}")
        if not p.get("aliases"):
            problems.append(f"people {p['id']}: no aliases")

    def fragment(section, item, key):
        text = texts.get(item.get("article"))
        if text is None:
            problems.append(f"{section}: article {item.get('article')!r}")
            return
        frag = item.get(key) or ""
        n = text.count(frag)
        if n != 1:
            problems.append(f"{section} [{item['article']}] occurs {n} times: {frag!r}")

    for s in gold["statements"]:
        fragment("statements", s, "content")
        if s.get("speaker") not in people:
            problems.append(
                f"statement speaker {s.get('speaker')!r} unknown: {s['content'][:50]!r}"
            )
        if s.get("form") not in FORMS:
            problems.append(f"statement form {s.get('form')!r}: {s['content'][:50]!r}")
        if not isinstance(s.get("negated"), bool):
            problems.append(f"statement negated not a bool: {s['content'][:50]!r}")
    for s in gold["not_statements"]:
        fragment("not_statements", s, "text")
    for f in gold["figures"]:
        fragment("figures", f, "text")
        if f.get("qualifier") not in QUALIFIERS:
            problems.append(f"figure qualifier {f.get('qualifier')!r}: {f['text']!r}")
        if f.get("source") is not None and f["source"] not in people:
            problems.append(f"figure source {f['source']!r} unknown: {f['text']!r}")
        if f.get("quantity") not in quantities:
            problems.append(f"figure quantity {f.get('quantity')!r} unknown: {f['text']!r}")
    for f in gold["not_figures"]:
        fragment("not_figures", f, "text")
    for e in gold["events"]:
        fragment("events", e, "text")
        if e.get("date_text") not in (e.get("text") or ""):
            problems.append(f"event date_text not in text: {e!r}")
    return gold, problems


if __name__ == "__main__":
    bad = 0
    for file in sys.argv[1:]:
        gold, problems = check(file)
        counts = {
            k: len(gold[k])
            for k in ("people", "statements", "not_statements", "figures", "not_figures", "events")
        }
        print(file, "OK" if not problems else f"{len(problems)} problems", counts)
        for p in problems:
            print("  ", p)
        bad += bool(problems)
    sys.exit(1 if bad else 0)
