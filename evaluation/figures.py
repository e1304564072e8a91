"""Score figures against NewsQuant-format data (a JSON list of sentences with quantities).

    python evaluation/figures.py ../shared/data/newsquant/dev.json [--errors FILE] [--folds 5]

Scored as CQE scores it: per sentence, a predicted figure matches a gold quantity on value
(relative tolerance 1e-5; ranges compare both ends), one to one. Reported: F1 for value,
value+unit and value+bound, and the speed in sentences per second (the parse included).
Gold `change` mixes bounds and direction: `=` exact (ranges too), `~` approx, `>` lower,
`<` upper, `up`/`down` a change; we compare it with our qualifier, or our direction for up/down.

`--folds K` is the cross-check: the sentences are dealt into K folds (sentence i to fold i mod K)
and each fold is scored on its own. The rules are written by hand, not fitted, so there is
nothing to train on the other folds; what the folds show is how evenly a score holds across
sentences: a rule that fits a few dev sentences lifts one fold and not the others, and the
spread (and the lowest fold) is a fairer guess at unseen sentences than the pooled score.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from pathlib import Path

from whatweknow import clean, extract_many, load_nlp
from whatweknow.extract import unneeded_components
from whatweknow.model import Article

# Our unit or currency -> NewsQuant's normalised unit names.
UNIT_NAMES = {
    "%": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "HKD": "hong kong dollar",
    "MYR": "malaysian ringgit",
    "INR": "indian rupee",
    "KRW": "south korean won",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "ILS": "israeli new shekel",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "μm": "micrometre",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "ft": "foot",
    "°": "degree",
    "°C": "degree celsius",
    "°F": "degree fahrenheit",
    "l": "litre",
    "hp": "horsepower",
    "mAh": "milliampere-hour",
    "kg": "kilogram",
    "g": "gram",
    "lb": "pound-mass",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt hour",
    "Hz": "hertz",
    "GHz": "gigahertz",
    "MHz": "megahertz",
    "GB": "gigabyte",
    "TB": "terabyte",
    "rpm": "revolutions per minute",
    "ppb": "parts-per-billion",
    "ppm": "parts-per-million",
    "basis point": "basis point",
    "percentage point": "percentage point",
    "year of age": "year of age",
    "month of age": "month of age",
    "m/s": "metre per second",
    "lb-ft": "pound-foot",
    "barrels per day": "barrel per day",
    "nm": "nanometre",
    "m²": "square metre",
    "km²": "square kilometre",
    "fold": "count",
    "fraction": "%",
    "pence": "penny",
    "sen": "sen",
    "cent": "cent",
}
BOUNDS = {"=": ("exact", "range"), "~": ("approx",), ">": ("lower",), "<": ("upper",)}


def singular(word: str) -> str:
    word = word.lower().strip()
    for suffix, replacement in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("ses", "s")):
        if word.endswith(suffix) and len(word) > 4:
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def gold_values(value: str) -> tuple[float, float] | None:
    match = re.fullmatch(r"\s*(-?[\d.]+)\s*-\s*(-?[\d.]+)\s*", value)
    if match:
        return float(match.group(1)), float(match.group(2))
    try:
        number = float(value)
    except ValueError:
        return None
    return number, number


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def predicted_values(figure: dict) -> tuple[float, float] | None:
    if figure.get("tally"):  # "2-0 down": NewsQuant writes both counts of a score as "2-0"
        return figure["tally"][0], figure["tally"][1]
    if (
        figure["qualifier"] in ("range", "vague")
        and figure["low"] is not None
        and (figure["high"] is not None)
    ):
        return figure["low"], figure["high"]
    if figure["value"] is None:
        return None
    if (figure.get("quantity") or {}).get("share"):
        # "Half the condos": a share in words we give in percent (50), as "a majority" is;
        # NewsQuant writes it as a fraction of one (0.5, unit "% condos")
        return figure["value"] / 100, figure["value"] / 100
    return figure["value"], figure["value"]


def unit_matches(figure: dict, gold: dict) -> bool:
    """Our unit (or currency, or counted noun) against the gold unit, leniently: the gold
    unit is often a whole noun phrase ("european countries"), ours its head ("countries")."""
    gold_norm = (gold.get("normalized_unit") or "-").lower().strip()
    gold_unit = (gold.get("unit") or "-").lower().strip()
    ours = figure["unit"] or figure["currency"]
    if ours is None and figure["counted"]:
        ours = figure["counted"]
    if ours is None:
        return gold_norm in ("-", "") or gold_unit in ("-", "")
    name = UNIT_NAMES.get(ours, ours).lower()
    if figure.get("per"):
        rate = f"{name} per {' per '.join(figure['per'])}"
        if rate == gold_norm:
            return True
    if name == gold_norm or singular(name) == singular(gold_norm):
        return True
    if name == "%" and gold_norm.startswith("%"):
        return True
    if gold_norm.endswith(" " + name) or name.endswith(" " + gold_norm):
        return True
    gold_words = {singular(w) for w in f"{gold_unit} {gold_norm}".split()}
    return singular(ours) in gold_words or singular(name) in gold_words


def bound_matches(figure: dict, gold: dict) -> bool:
    change = gold["change"]
    if change in ("up", "down"):
        return figure.get("direction") == change
    return figure["qualifier"] in BOUNDS.get(change, ())


def expand(figures: list[dict]) -> list[dict]:
    """A paired conversion is one figure to us; NewsQuant lists the bracketed amount too."""
    out = []
    for figure in figures:
        out.append(figure)
        for equivalent in figure["equivalents"]:
            out.append(
                {
                    **figure,
                    "value": equivalent["value"],
                    "currency": equivalent["currency"],
                    "text": equivalent["text"],
                    "qualifier": "exact",
                    "low": None,
                    "high": None,
                }
            )
    return out


def score(sentences: list[dict], predictions: list[list[dict]], errors: list | None = None) -> dict:
    counts = {"pred": 0, "gold": 0, "value": 0, "unit": 0, "bound": 0}
    for sentence, preds in zip(sentences, predictions, strict=True):
        golds = [g for g in sentence["quantities"] if gold_values(str(g["value"])) is not None]
        counts["pred"] += len(preds)
        counts["gold"] += len(golds)
        used: set[int] = set()
        matched_gold: set[int] = set()
        for j, gold in enumerate(golds):
            low, high = gold_values(str(gold["value"]))  # type: ignore[misc]
            for i, figure in enumerate(preds):
                values = predicted_values(figure)
                if i in used or values is None:
                    continue
                if (close(values[0], low) and close(values[1], high)) or (
                    close(values[0], high) and close(values[1], low)
                ):
                    used.add(i)
                    matched_gold.add(j)
                    counts["value"] += 1
                    counts["unit"] += unit_matches(figure, gold)
                    counts["bound"] += bound_matches(figure, gold)
                    if errors is not None and not unit_matches(figure, gold):
                        errors.append(
                            {
                                "kind": "unit",
                                "text": sentence["text"],
                                "gold": gold,
                                "ours": [figure["unit"], figure["currency"], figure["counted"]],
                            }
                        )
                    break
        if errors is not None:
            for j, gold in enumerate(golds):
                if j not in matched_gold:
                    errors.append(
                        {
                            "kind": "missed",
                            "text": sentence["text"],
                            "gold": gold,
                            "ours": [f["text"] for f in preds],
                        }
                    )
            for i, figure in enumerate(preds):
                if i not in used:
                    errors.append(
                        {
                            "kind": "spurious",
                            "text": sentence["text"],
                            "figure": figure["text"],
                            "value": figure["value"],
                        }
                    )
    return counts


def f1(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(sentences: list[dict], name: str) -> tuple[list[list[dict]], float]:
    """Our figures of each sentence (a paired conversion expanded), and the seconds taken."""
    parts = ("figures",)
    nlp = load_nlp(exclude=unneeded_components(parts))
    documents = [clean(Article(s["text"], f"{name}:{i}", "text")) for i, s in enumerate(sentences)]
    started = time.perf_counter()
    extractions = extract_many(documents, nlp, parts=parts)
    predictions = [expand([f.to_dict() for f in x.figures]) for x in extractions]
    return predictions, time.perf_counter() - started


def folds(path: Path, k: int) -> str:
    """The cross-check: each of `k` folds of the sentences scored on its own."""
    sentences = json.loads(path.read_text("utf-8"))
    predictions, _ = predict(sentences, path.name)
    rows = [
        "| fold | sentences | gold | value F1 | value + unit F1 | value + bound F1 |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    scores: dict[str, list[float]] = {"value": [], "unit": [], "bound": []}
    for fold in range(k):
        chosen = [i for i in range(len(sentences)) if i % k == fold]
        counts = score([sentences[i] for i in chosen], [predictions[i] for i in chosen])
        cells = []
        for key in scores:
            value = f1(counts[key], counts["pred"], counts["gold"])[2]
            scores[key].append(value)
            cells.append(f"{value:.3f}")
        rows.append(
            f"| {fold + 1} | {len(chosen)} | {counts['gold']} | " + " | ".join(cells) + " |"
        )
    for label, pick in (("mean", statistics.mean), ("lowest", min)):
        rows.append(
            f"| {label} | | | " + " | ".join(f"{pick(v):.3f}" for v in scores.values()) + " |"
        )
    spread = " | ".join(f"{statistics.pstdev(v):.3f}" for v in scores.values())
    rows.append(f"| sd | | | {spread} |")
    return "\n".join(rows)


def evaluate(path: Path, errors: list | None = None) -> tuple[dict, float, int]:
    sentences = json.loads(path.read_text("utf-8"))
    predictions, seconds = predict(sentences, path.name)
    return score(sentences, predictions, errors), seconds, len(sentences)


def table(counts: dict, seconds: float, n: int) -> str:
    rows = ["| match on | precision | recall | F1 |", "| --- | ---: | ---: | ---: |"]
    for key, label in (("value", "value"), ("unit", "value + unit"), ("bound", "value + bound")):
        p, r, f = f1(counts[key], counts["pred"], counts["gold"])
        rows.append(f"| {label} | {p:.3f} | {r:.3f} | **{f:.3f}** |")
    rows.append(
        f"\n{n} sentences, {counts['gold']} gold quantities, {counts['pred']} predicted; "
        f"{n / seconds:.0f} sentences/s for figures alone (parse without NER included)."
    )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "path", type=Path, help="NewsQuant JSON, e.g. ../shared/data/newsquant/dev.json"
    )
    parser.add_argument(
        "--errors", type=Path, help="write misses and spurious figures here (JSONL)"
    )
    parser.add_argument("--folds", type=int, help="score each of K folds on its own")
    args = parser.parse_args()
    if not args.path.is_file():
        sys.exit(
            f"{args.path}: not found; give a NewsQuant JSON file such as "
            "../shared/data/newsquant/dev.json"
        )
    if args.folds:
        print(folds(args.path, args.folds))
        return
    errors: list | None = [] if args.errors else None
    counts, seconds, n = evaluate(args.path, errors)
    print(table(counts, seconds, n))
    if args.errors and errors is not None:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), "utf-8")


if __name__ == "__main__":
    main()
