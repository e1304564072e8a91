"""Ingest BASIL's triplets (one event, three outlets) and report what the merge makes of them.

    python evaluation/basil.py ../shared/data/basil [--db basil.db] [--show 3] [--report-only]

Prints, per triplet: speakers quoted by more than one outlet (with the names the articles give
them, where they differ), figure clusters by status, copies found; then totals. Read it to see
how the cross-source features behave on real coverage. `--db FILE --report-only` reports on a
store built before, without ingesting again.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from whatweknow import Store, read, run
from whatweknow.merge import Linker, merge, speakers_index
from whatweknow.model import Extraction

OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


def to_jsonl(basil: Path, out: Path) -> dict[str, list[str]]:
    """BASIL articles as JSONL; returns triplet id -> article urls."""
    triplets: dict[str, list[str]] = {}
    with out.open("w", encoding="utf-8") as stream:
        for path in sorted((basil / "articles").glob("*/*.json")):
            article = json.loads(path.read_text("utf-8"))
            paragraphs = [" ".join(sentences) for sentences in article["body-paragraphs"]]
            url = article.get("url") or str(path)
            stream.write(
                json.dumps(
                    {
                        "text": "\n\n".join(p for p in paragraphs if p.strip()),
                        "title": article.get("title"),
                        "published": article.get("date"),
                        "outlet": OUTLETS.get(
                            (article.get("source") or "").lower(), article.get("source")
                        ),
                        "url": url,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            triplets.setdefault(article["triplet-uuid"], []).append(url)
    return triplets


def ingest(jsonl: Path, db: Path) -> tuple[int, float]:
    started = time.perf_counter()
    count = 0
    with Store(db) as store:
        linker = Linker(store)
        for result in run(read([str(jsonl)]), known=store.has):
            if isinstance(result, Extraction) and store.add(result):
                document = result.document
                linker.link(document.id, document.text, document.published)
                count += 1
    return count, time.perf_counter() - started


def report(db: Path, triplets: dict[str, list[str]], show: int) -> None:
    totals: Counter[str] = Counter()
    with Store(db) as store:
        by_url = {d["url"]: d for d in store.documents()}
        for number, (triplet, urls) in enumerate(sorted(triplets.items())):
            documents = [by_url[u] for u in urls if u in by_url]
            ledger = merge(store, documents)
            shared = [s for s in ledger["speakers"] if len(s["outlets"]) > 1]
            spelled = {s["name"]: s["names"] for s in speakers_index(store, documents)}
            statuses = Counter(c["status"] for c in ledger["figures"])
            totals.update(statuses)
            totals["triplets"] += 1
            totals["speakers"] += len(ledger["speakers"])
            totals["speakers in 2+ outlets"] += len(shared)
            totals["copies"] += ledger["coverage"]["copies_folded"]
            if number < show:
                print(f"\n## {documents[0]['title'] if documents else triplet}")
                print(f"outlets: {', '.join(ledger['coverage']['outlets'])}")
                # each with the names the articles give them: read these for wrong merges
                named = [
                    f"{s['name']} ({' / '.join(spelled.get(s['name'], []))})"
                    if spelled.get(s["name"], [s["name"]]) != [s["name"]]
                    else s["name"]
                    for s in shared
                ]
                print(f"speakers in 2+ outlets: {', '.join(named) or 'none'}")
                for cluster in ledger["figures"]:
                    if cluster["status"] != "single-source":
                        values = "; ".join(
                            f"{v['text']} ({v['source'] or v['location']['outlet']})"
                            for v in cluster["values"]
                        )
                        print(f"{cluster['status']}: {cluster['measure']}: {values}")
    print("\n" + ", ".join(f"{k}: {v}" for k, v in totals.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path, help="the BASIL folder, e.g. ../shared/data/basil")
    parser.add_argument("--db", type=Path, help="store to build (default: a temporary file)")
    parser.add_argument("--show", type=int, default=3, help="triplets to print in detail")
    parser.add_argument(
        "--report-only", action="store_true", help="report on the --db store as it is, no ingest"
    )
    args = parser.parse_args()
    if not (args.basil / "articles").is_dir():
        sys.exit(f"{args.basil}: no articles/ folder; give ../shared/data/basil")
    workdir = Path(tempfile.mkdtemp(prefix="basil-"))
    db = args.db or workdir / "basil.db"
    triplets = to_jsonl(args.basil, workdir / "basil.jsonl")
    if not (args.report_only and args.db):
        count, seconds = ingest(workdir / "basil.jsonl", db)
        print(f"ingested {count} articles in {seconds:.0f} s into {db}")
    report(db, triplets, args.show)


if __name__ == "__main__":
    main()
