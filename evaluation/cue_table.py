"""Count, on PolNeAR train, how often each verb and noun is an annotated attribution cue, per
complement shape, and write the cue tables the extractor reads.

    python evaluation/cue_table.py ../shared/data/polnear/train [--write] [--show LEMMA ...]

Every verb of every article is read as the extractor reads it: its key (lemma with particle,
`shapes.key`) and its complement shape (`shapes.shape`: clause, quote, obj+to, to, as,
obj+prep, prep, obj, none). It counts as a cue when its characters lie inside a Cue span of
the article's first annotator. Nouns are counted where the sentence names whose they are (a
possessor, "Democratic criticism", "criticism from X", or the subject of the verb whose object
they are), by `shapes.noun_shape`. For a cue noun that is a verb's object ("issued a warning
that …"), it counts whether the verb's subject lies in the annotated source: the verbs where
it does (`SOURCE_VERBS`) lend their subject to the noun. The decisions (see `decide`) go to
`src/whatweknow/extract/attribution/cue_table.py` with `--write`; the table is generated,
never edited by hand. The same data with the same spaCy model gives the same table.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

from whatweknow import load_nlp
from whatweknow.extract.attribution import content, cues, shapes
from whatweknow.extract.quotes import quotes

OUT = Path(__file__).resolve().parent.parent / "src/whatweknow/extract/attribution/cue_table.py"

# The decision rule. A (key, shape) pair seen at least MIN_SEEN times is a cue when the lower
# bound of the 90% Wilson interval of its cue rate is at least CUE_AT (most of its uses are
# annotated cues, and not by chance of a few), and not a cue when the upper bound is below
# NOT_BELOW (few of its uses are). Pairs in between, or seen less, are left to the lexicon.
MIN_SEEN = 4
CUE_AT = 0.5
NOT_BELOW = 0.25
_Z = 1.645


def wilson(cue: int, seen: int) -> tuple[float, float]:
    """The 90% Wilson score interval of cue / seen."""
    if not seen:
        return 0.0, 1.0
    rate = cue / seen
    centre = rate + _Z * _Z / (2 * seen)
    spread = _Z * math.sqrt(rate * (1 - rate) / seen + _Z * _Z / (4 * seen * seen))
    denominator = 1 + _Z * _Z / seen
    return (centre - spread) / denominator, (centre + spread) / denominator


def decide(cue: int, seen: int) -> bool | None:
    """True (a cue), False (not a cue) or None (the data does not say)."""
    if seen < MIN_SEEN:
        return None
    low, high = wilson(cue, seen)
    if low >= CUE_AT:
        return True
    if high < NOT_BELOW:
        return False
    return None


def cue_spans(ann: Path) -> list[tuple[int, int]]:
    spans = []
    for line in ann.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and re.match(r"^T\d+$", parts[0]) and parts[1].startswith("Cue "):
            offsets = parts[1].partition(" ")[2]
            spans += [tuple(map(int, piece.split())) for piece in offsets.split(";")]
    return spans


def attributions(ann: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Each attribution of the article: (its cue's spans, its source's spans)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    links = []
    for line in ann.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if re.match(r"^T\d+$", parts[0]):
            offsets = parts[1].partition(" ")[2]
            spans[parts[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
        elif parts[0].startswith("E"):
            links.append(dict(role.split(":", 1) for role in parts[1].split() if ":" in role))
    return [(spans.get(r.get("Cue"), []), spans.get(r.get("Source"), [])) for r in links]


Counts = dict[tuple[str, str], list[int]]


def count(folder: Path, limit: int | None = None) -> tuple[Counts, Counts, Counts, Counts]:
    """Verbs and nouns: (key, shape) -> [times a cue, times seen]; the verbs of cue nouns:
    (lemma, "subject") -> [times their subject is the source, times seen]; and verbs with a
    clause "that" opens: (key, "that") -> [times a cue, times seen]."""
    nlp = load_nlp(exclude=("ner",))
    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    counts: Counts = {}
    nouns: Counts = {}
    verbs_of_nouns: Counts = {}
    that: Counts = {}
    for path in texts:
        anns = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        spans = cue_spans(anns[0])
        linked = attributions(anns[0])
        text = path.read_text("utf-8")
        inside_quotes = [(q.start, q.end) for q in quotes(text)]
        doc = nlp(text)
        for token in doc:
            if any(s < token.idx < e for s, e in inside_quotes):
                continue  # PolNeAR marks a quote's own attribution, not those inside it
            if token.pos_ == "NOUN":
                _count_noun(token, spans, linked, nouns, verbs_of_nouns)
            if token.pos_ != "VERB" or token.dep_ == "amod":
                continue  # "pledged delegates" is no verb of pledging
            key = shapes.key(token, cues.lemma(token))
            _add(counts, (key, shapes.shape(token)), token, spans)
            if cues.said_that(token):
                _add(that, (key, "that"), token, spans)
    return counts, nouns, verbs_of_nouns, that


def _inside(token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx and token.idx + len(token) <= e for s, e in spans)


def _add(counts: Counts, pair: tuple[str, str], token, spans: list[tuple[int, int]]) -> None:
    row = counts.setdefault(pair, [0, 0])
    row[0] += _inside(token, spans)
    row[1] += 1


def _count_noun(noun, spans, linked, nouns: Counts, verbs_of_nouns: Counts) -> None:
    verb = shapes.light_verb(noun)
    if content.owner(noun) is None and verb is None:
        return  # no one the sentence names holds it: the extractor could name no source
    _add(nouns, (cues.lemma(noun), shapes.noun_shape(noun)), noun, spans)
    if verb is None or not _inside(noun, spans):
        return
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    sources = [source for cue, source in linked if _inside(noun, cue)]
    row = verbs_of_nouns.setdefault((cues.lemma(verb), "subject"), [0, 0])
    row[0] += any(_inside(subject, source) for source in sources)
    row[1] += 1


def _decided(counts: Counts) -> dict[tuple[str, str], tuple[int, int, bool]]:
    return {
        pair: (cue, seen, verdict)
        for pair, (cue, seen) in counts.items()
        if (verdict := decide(cue, seen)) is not None
    }


def _table(name: str, decided: dict[tuple[str, str], tuple[int, int, bool]]) -> list[str]:
    lines = ["", f"{name}: dict[tuple[str, str], tuple[int, int, bool]] = {{"]
    for (key, shape), (cue, seen, verdict) in sorted(decided.items()):
        lines.append(f"    ({key!r}, {shape!r}): ({cue}, {seen}, {verdict}),")
    return [*lines, "}"]


def rare_verbs(counts: Counts, that: Counts) -> tuple[tuple[int, int, bool | None], frozenset[str]]:
    """The verbs seen fewer than MIN_SEEN times with a clause, pooled where `cues.said_that`:
    (times a cue, times seen, the decision on the pool); and the keys seen at least MIN_SEEN
    times with a clause, which are no rare verbs (the table decides them, or leaves them to
    the lexicon)."""
    common = frozenset(
        key for (key, shape), (_, uses) in counts.items() if shape == "clause" and uses >= MIN_SEEN
    )
    pool = [row for (key, _), row in that.items() if key not in common]
    cue, seen = sum(r[0] for r in pool), sum(r[1] for r in pool)
    return (cue, seen, decide(cue, seen)), common


def render(tables: tuple[Counts, Counts, Counts, Counts], articles: int) -> str:
    counts, nouns, verbs_of_nouns, that = tables
    decided = _decided(counts)
    pooled, common = rare_verbs(counts, that)
    lines = [
        '"""Generated by evaluation/cue_table.py from PolNeAR train; do not edit by hand.',
        "",
        f"Verbs of {articles} articles, by key (lemma with particle) and complement shape",
        "(`shapes.shape`): (times annotated a cue, times seen, decision). A pair is a cue when",
        f"the 90% Wilson lower bound of its cue rate is >= {CUE_AT}, not a cue when the upper",
        f"bound is < {NOT_BELOW}, each seen at least {MIN_SEEN} times; other pairs are not listed.",
        "",
        "NOUN_CUE_TABLE: nouns whose holder the sentence names, by `shapes.noun_shape`;",
        "SOURCE_VERBS: verbs with a cue noun for object, (lemma, 'subject'): (times their subject",
        "is the annotated source, times seen, decision).",
        f"RARE_CLAUSE_VERBS: verbs seen fewer than {MIN_SEEN} times with a clause, pooled where",
        '"that" opens it and a subject that can speak: (times a cue, times seen, decision);',
        "COMMON_CLAUSE_VERBS: the keys seen more often with a clause.",
        '"""',
        "",
        "CUE_TABLE: dict[tuple[str, str], tuple[int, int, bool]] = {",
    ]
    for (key, shape), (cue, seen, verdict) in sorted(decided.items()):
        lines.append(f"    ({key!r}, {shape!r}): ({cue}, {seen}, {verdict}),")
    lines.append("}")
    lines += _table("NOUN_CUE_TABLE", _decided(nouns))
    lines += _table("SOURCE_VERBS", _decided(verbs_of_nouns))
    lines += ["", f"RARE_CLAUSE_VERBS: tuple[int, int, bool | None] = {pooled!r}", ""]
    lines += ["COMMON_CLAUSE_VERBS: frozenset[str] = frozenset(", "    ("]
    lines += [f"        {key!r}," for key in sorted(common)]
    lines += ["    )", ")"]
    return "\n".join(lines).replace("'", '"') + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="PolNeAR train folder")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    parser.add_argument("--dump", type=Path, help="write all counts as JSON to this file")
    parser.add_argument("--show", nargs="*", default=[], help="print these keys' rows")
    args = parser.parse_args()
    if not (args.folder / "text").is_dir():
        sys.exit(f"{args.folder}: no text/ folder; give PolNeAR's train folder")
    began = time.time()
    tables = count(args.folder, args.limit)
    counts = tables[0]
    articles = len(sorted((args.folder / "text").glob("*.txt"))[: args.limit])
    print(f"{articles} articles, {len(counts)} (key, shape) pairs, {time.time() - began:.0f} s")
    for wanted in args.show:
        for (key, shape), (cue, seen) in sorted(counts.items()):
            if key == wanted:
                print(f"{key:20} {shape:9} {cue:4}/{seen:<4} {decide(cue, seen)}")
    if args.dump:
        rows = [[k, s, c, n] for (k, s), (c, n) in sorted(counts.items())]
        args.dump.write_text(json.dumps(rows), "utf-8")
    if args.write:
        OUT.write_text(render(tables, articles), "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
