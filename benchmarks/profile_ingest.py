"""Where the time of an ingest goes, stage by stage, and a pyinstrument profile of it.

    pip install 'whatweknow[bench]'
    python benchmarks/profile_ingest.py ../shared/data/polnear [--articles 60] [--html out.html]

Runs read -> clean -> parse -> extract -> store -> copy check on PolNeAR dev articles in this
process (one worker). Each stage's function is wrapped with a timer (a sampling profiler cannot
see into spaCy's compiled code, so the parse is the time left over: the wall time less every
timed stage). Prints a table of seconds and shares, then pyinstrument's tree of the same run
for the Python side (`--html` writes its interactive report).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyinstrument import Profiler

import whatweknow.extract  # noqa: F401 (loads the package the stages are looked up in)
from whatweknow import Store, pipeline, read
from whatweknow.merge import syndication

spent: dict[str, float] = defaultdict(float)


def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - started

    return wrapper


def instrument() -> None:
    """Wrap each stage where the pipeline looks it up."""
    extraction = sys.modules[
        "whatweknow.extract"
    ]  # the package; `whatweknow.extract` is a function
    pipeline._clean = timed("clean (captions, glued words)", pipeline._clean)
    for name in ("build_index", "statements", "figures", "events", "questions"):
        label = "entities" if name == "build_index" else name
        setattr(extraction, name, timed(f"extract: {label}", getattr(extraction, name)))
    Store.add = timed("store (SQLite, figure clusters)", Store.add)
    syndication.Linker.link = timed("copies (MinHash, LSH, containment)", syndication.Linker.link)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="../shared/data/polnear")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--html", type=Path, help="write pyinstrument's HTML report here")
    args = parser.parse_args()
    paths = [str(p) for p in sorted((args.polnear / "dev" / "text").glob("*.txt"))]
    paths = paths[: args.articles]
    db = Path(tempfile.mkdtemp(prefix="profile-")) / "news.db"
    instrument()
    profiler = Profiler(interval=0.005)
    with Store(db) as store:
        pipeline.load_nlp()  # the model loads before the clock starts
        profiler.start()
        started = time.perf_counter()
        counts = pipeline.ingest_into(store, read(paths), workers=1)
        total = time.perf_counter() - started
        profiler.stop()
    print(f"{counts['ingested']} articles ingested in {total:.1f} s (one process)\n")
    print("| stage | seconds | share |")
    print("| --- | ---: | ---: |")
    spent["spaCy parse (the rest)"] = total - sum(spent.values())
    for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {seconds:.1f} | {seconds / total:.0%} |")
    print()
    print(profiler.output_text(unicode=False, color=False, time="percent_of_total"))
    if args.html:
        args.html.write_text(profiler.output_html())


if __name__ == "__main__":
    main()
