"""Score attributed statements against PolNeAR-format data (brat standoff).

    python evaluation/attribution.py ../shared/data/polnear/dev [--limit N] [--errors FILE]

The metric is the one described in the data's README:
- a predicted statement matches a gold attribution when their contents overlap with token
  F1 >= 0.5 (quote marks and edge punctuation stripped), one to one, best pairs first;
- on matched pairs, the source matches when the spans overlap or the predicted speaker's
  canonical name contains the gold source's head word; the cue matches when the spans overlap;
- every predicted statement is scored, those nested inside another's quote too ("“He says he
  is a Christian,” Santorum said": PolNeAR annotates a quote's own attribution only, so such a
  statement counts against precision unless an annotator marked it);
- precision, recall and F1 for content, content+source and full triples, overall and split by
  form (direct / mixed / indirect; recall by the gold form, precision by the predicted form),
  and exact-boundary content F1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whatweknow import clean, load_nlp, read
from whatweknow.extract import extract_doc

_TOKEN = re.compile(r"\w+")
_QUOTES = "“”\"‘’'«»"
_EDGE = " \n\t,.;:!?—–-()[]" + _QUOTES
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "i",
    "we",
    "you",
    "who",
    "which",
    "that",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "us",
    "me",
}
FORMS = ("direct", "mixed", "indirect")


@dataclass
class Item:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    speaker_name: str = ""
    form: str = "indirect"


def read_gold(ann: Path, text: str) -> list[Item]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in ann.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.match(r"^[TE]\d+$", parts[0]):
            continue
        if parts[0].startswith("T"):
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [
                (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
            ]
        else:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:]))
    items = []
    for relation in relations:
        content = [
            s
            for key in ("Content", "Content2")
            if key in relation
            for s in spans.get(relation[key], [])
        ]
        if not content:
            continue
        items.append(
            Item(
                content=content,
                source=spans.get(relation.get("Source", ""), []),
                cue=spans.get(relation.get("Cue", ""), []),
                form=gold_form(" ".join(text[s:e] for s, e in content)),
            )
        )
    return items


def gold_form(content: str) -> str:
    content = content.replace("''", '"').replace("``", '"')  # typewriter quotes (NYT files)
    stripped = content.strip(" \n\t,.;:!?—–-")
    if not any(q in stripped for q in '“”"'):
        return "indirect"
    inner = stripped.strip(_QUOTES + " ,.")
    if stripped[:1] in '“"' and stripped[-1:] in '”"' and not any(q in inner for q in '“”"'):
        return "direct"
    return "mixed"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def token_f1(a: list[str], b: list[str]) -> float:
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def content_text(text: str, spans: list[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans).strip(_EDGE)


def predicted(record: dict, raw: str, to_raw) -> list[Item]:
    """Our statements as items, every one of them (the scoring rules exclude none)."""
    items = []
    for statement in record["statements"]:
        pieces = statement["fragments"] or [statement["content"]]
        content = [(to_raw(p["start"]), to_raw(p["end"] - 1) + 1) for p in pieces]
        speaker = statement["speaker"]
        mention = speaker["mention"]
        source = [(to_raw(mention["start"]), to_raw(mention["end"] - 1) + 1)] if mention else []
        cue = statement["cue"]
        cues = [(to_raw(cue["start"]), to_raw(cue["end"] - 1) + 1)] if cue else []
        items.append(
            Item(content, source, cues, (speaker["name"] or "").lower(), statement["form"])
        )
    return items


def source_matches(text: str, pred: Item, gold: Item) -> bool:
    if not gold.source:
        return not pred.source and not pred.speaker_name
    if pred.source and overlaps(pred.source, gold.source):
        return True
    words = tokens(" ".join(text[s:e] for s, e in gold.source))
    if not words or words[-1] in _PRONOUNS:
        return False
    return bool(pred.speaker_name) and words[-1] in tokens(pred.speaker_name)


@dataclass
class Tally:
    pred: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    hit: Counter = field(default_factory=Counter)

    def prf(self, key: str, pred_key: str = "all", gold_key: str = "all") -> tuple[float, ...]:
        p = self.hit[f"{key}:p:{pred_key}"] / self.pred[pred_key] if self.pred[pred_key] else 0.0
        r = self.hit[f"{key}:r:{gold_key}"] / self.gold[gold_key] if self.gold[gold_key] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(
    text: str, preds: list[Item], golds: list[Item], tally: Tally, errors: list[dict] | None = None
) -> None:
    for item in preds:
        tally.pred["all"] += 1
        tally.pred[item.form] += 1
    for item in golds:
        tally.gold["all"] += 1
        tally.gold[item.form] += 1
    pairs = []
    pred_tokens = [tokens(content_text(text, p.content)) for p in preds]
    gold_tokens = [tokens(content_text(text, g.content)) for g in golds]
    for i, pt in enumerate(pred_tokens):
        for j, gt in enumerate(gold_tokens):
            if pt and gt:
                f1 = token_f1(pt, gt)
                if f1 >= 0.5:
                    pairs.append((f1, i, j))
    used_p, used_g = set(), set()
    for _f1, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pred, gold = preds[i], golds[j]
        source = source_matches(text, pred, gold)
        cue = overlaps(pred.cue, gold.cue) if gold.cue else not pred.cue
        exact = " ".join(content_text(text, pred.content).split()) == " ".join(
            content_text(text, gold.content).split()
        )
        for key, ok in (
            ("content", True),
            ("source", source),
            ("full", source and cue),
            ("exact", exact),
        ):
            if ok:
                for form_key in ("all", pred.form):
                    tally.hit[f"{key}:p:{form_key}"] += 1
                for form_key in ("all", gold.form):
                    tally.hit[f"{key}:r:{form_key}"] += 1
        if errors is not None and not source:
            errors.append(
                {
                    "kind": "source",
                    "gold_source": [text[s:e] for s, e in gold.source],
                    "pred_source": [text[s:e] for s, e in pred.source],
                    "pred_name": pred.speaker_name,
                    "content": content_text(text, gold.content)[:150],
                }
            )
    if errors is not None:
        for j, gold in enumerate(golds):
            if j not in used_g:
                cue_found = any(overlaps(p.cue, gold.cue) for p in preds if gold.cue)
                errors.append(
                    {
                        "kind": "missed",
                        "form": gold.form,
                        "cue_found": cue_found,
                        "cue": [text[s:e] for s, e in gold.cue],
                        "source": [text[s:e] for s, e in gold.source],
                        "content": content_text(text, gold.content)[:200],
                    }
                )
        for i, pred in enumerate(preds):
            if i not in used_p:
                errors.append(
                    {
                        "kind": "spurious",
                        "form": pred.form,
                        "cue": [text[s:e] for s, e in pred.cue],
                        "speaker": pred.speaker_name,
                        "content": content_text(text, pred.content)[:200],
                    }
                )


def articles(directory: Path, limit: int | None) -> list[tuple[Path, Path]]:
    pairs = []
    for text in sorted((directory / "text").glob("*.txt")):
        anns = sorted((directory / "attributions").glob(f"{text.stem}_*.ann"))
        if anns:
            pairs.append((text, anns[0]))
    return pairs[:limit] if limit else pairs


def textacy_items(doc, raw: str, to_raw) -> list[Item]:
    """textacy's direct_quotations as predictions (its speaker's text as the name)."""
    from textacy.extract import direct_quotations

    def span(tokens) -> list[tuple[int, int]]:
        tokens = list(tokens)
        if not tokens:
            return []
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        return [(to_raw(start), to_raw(end - 1) + 1)]

    try:
        quotes = list(direct_quotations(doc))
    except ValueError:  # textacy refuses documents with unbalanced quotation marks
        return []
    return [
        Item(
            span(q.content),
            span(q.speaker),
            span(q.cue),
            " ".join(t.text for t in q.speaker).lower(),
            "direct",
        )
        for q in quotes
    ]


def evaluate(
    directory: Path,
    limit: int | None = None,
    errors: list[dict] | None = None,
    baseline: str | None = None,
) -> dict:
    """Score whatweknow (or, with baseline="textacy", textacy's direct_quotations)."""
    pairs = articles(directory, limit)
    nlp = load_nlp()
    documents = [clean(a) for a in read([str(t) for t, _ in pairs])]
    tally = Tally()
    started = time.perf_counter()
    words = 0
    parsed = nlp.pipe(d.text for d in documents)
    for (text_path, ann), document, doc in zip(pairs, documents, parsed, strict=True):
        raw = text_path.read_text("utf-8")
        words += len(document.text.split())
        if baseline == "textacy":
            preds = textacy_items(doc, raw, document.offsets.to_raw)
        else:
            record = extract_doc(document, doc, nlp).to_dict()
            preds = predicted(record, raw, document.offsets.to_raw)
        score_document(raw, preds, read_gold(ann, raw), tally, errors)
    seconds = time.perf_counter() - started
    return {"tally": tally, "articles": len(pairs), "seconds": seconds, "words": words}


def table(result: dict) -> str:
    tally: Tally = result["tally"]
    rows = [
        "| slice | n gold | n pred | content P/R/F1 | content+source P/R/F1 | full P/R/F1 |",
        "| --- | ---: | ---: | --- | --- | --- |",
    ]

    def cell(key: str, form: str) -> str:
        p, r, f = tally.prf(key, form, form)
        return f"{p:.3f} / {r:.3f} / **{f:.3f}**"

    for form in ("all", *FORMS):
        rows.append(
            f"| {form} | {tally.gold[form]} | {tally.pred[form]} | {cell('content', form)} "
            f"| {cell('source', form)} | {cell('full', form)} |"
        )
    p, r, f = tally.prf("exact")
    rows.append(
        f"\nExact-boundary content: P {p:.3f} R {r:.3f} F1 {f:.3f}. "
        f"{result['articles']} articles, {result['words']} words, "
        f"{result['seconds']:.1f} s including the parse."
    )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path, help="a PolNeAR split: has text/ and attributions/")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--errors", type=Path, help="write unmatched items here as JSONL")
    parser.add_argument(
        "--baseline",
        choices=["textacy"],
        help="score textacy's direct_quotations instead (pip install textacy)",
    )
    args = parser.parse_args()
    if not (args.directory / "text").is_dir():
        sys.exit(
            f"{args.directory}: no text/ folder; give a PolNeAR split such as "
            "../shared/data/polnear/dev"
        )
    errors: list[dict] | None = [] if args.errors else None
    result = evaluate(args.directory, args.limit, errors, args.baseline)
    print(table(result))
    if args.errors and errors is not None:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), "utf-8")


if __name__ == "__main__":
    main()
