"""How parse and extraction time grow with one document's length: linear, or worse?

    python benchmarks/long_document.py ../shared/data/polnear [--sizes 25000,50000,...]
    python benchmarks/long_document.py ../shared/data/polnear --profile 200000

Builds one long text from PolNeAR's dev articles (their paragraphs joined by blank lines, in
file order, until the size is reached), cleans it, and times the spaCy parse (in parts of
`nlp.PART_CHARS` characters, as `wwk` does) apart from each extractor, each size in a fresh
process with the model loaded before the clock starts. Times are the process's CPU seconds
(steadier than wall time on shared cores; one thread). Prints seconds, seconds per 100,000
characters (flat when the time is linear in the length), extraction over parse and the
process's peak memory. `--profile SIZE` runs one size under cProfile and prints the functions
that take the extraction's time (the parse left out).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZES = (25_000, 50_000, 100_000, 200_000, 300_000)
STAGES = ("entities", "statements", "figures", "events", "questions")


def long_text(polnear: Path, size: int) -> str:
    """PolNeAR's dev articles, paragraphs joined by blank lines, up to `size` characters
    (the articles again from the first when they run out)."""
    files = sorted((polnear / "dev" / "text").glob("*.txt"))
    if not files:
        raise SystemExit(f"{polnear}: no PolNeAR articles under dev/text/")
    paragraphs: list[str] = []
    length = 0
    while True:
        for path in files:
            for paragraph in path.read_text("utf-8").split("\n\n"):
                paragraph = paragraph.strip()
                if not paragraph:
                    continue
                if length + len(paragraph) + 2 > size:
                    return "\n\n".join(paragraphs)
                paragraphs.append(paragraph)
                length += len(paragraph) + 2


def measure(polnear: Path, size: int, profile: bool = False) -> dict[str, Any]:
    """One size, in this process: cleaning, the parse and each extractor, timed apart."""
    from whatweknow import clean
    from whatweknow.model import Article
    from whatweknow.nlp import load_nlp, parse

    # the package, not the `extract` function `whatweknow` exports
    extractor = importlib.import_module("whatweknow.extract")
    nlp = load_nlp()
    # one short article first, so the extractors' lazy loading (dateparser, word lists) is
    # not counted as time that grows with the length
    warm = clean(Article(long_text(polnear, 5_000), "warm.txt", "text", published="2016-10-01"))
    extractor.extract_doc(warm, next(parse(nlp, [warm.text])), nlp)
    started = time.process_time()
    document = clean(Article(long_text(polnear, size), "long.txt", "text", published="2016-10-01"))
    spent = {"clean": time.process_time() - started, **{stage: 0.0 for stage in STAGES}}

    def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - started

        return wrapper

    for name in ("build_index", *STAGES[1:]):
        stage = "entities" if name == "build_index" else name
        setattr(extractor, name, timed(stage, getattr(extractor, name)))
    started = time.process_time()
    doc = next(parse(nlp, [document.text]))
    spent["parse"] = time.process_time() - started
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    extraction = extractor.extract_doc(document, doc, nlp)
    if profiler:
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    found = {s: len(getattr(extraction, s)) for s in STAGES}
    return {"chars": len(document.text), **spent, "peak_mb": peak, "found": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="../shared/data/polnear")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="characters")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="cProfile one size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's size
    args = parser.parse_args()
    if args.profile:
        measure(args.polnear, args.profile, profile=True)
        return
    if args.one:
        print(json.dumps(measure(args.polnear, args.one)))
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    print(
        "| characters | clean s | parse s | extract s | parse s/100k | extract s/100k "
        "| extract/parse | " + " | ".join(f"{s} s" for s in STAGES) + " | peak MB |"
    )
    print("| ---: " * (8 + len(STAGES)) + "|")
    for size in (int(s) for s in args.sizes.split(",")):
        child = subprocess.run(
            [sys.executable, __file__, str(args.polnear), "--one", str(size)],
            capture_output=True,
            text=True,
            env=env,
        )
        if child.returncode:
            raise SystemExit(f"size {size}: the measuring process failed:\n{child.stderr}")
        row = json.loads(child.stdout.strip().splitlines()[-1])
        chars = row["chars"]
        extract = sum(row[s] for s in STAGES)
        per = 100_000 / chars
        print(
            f"| {chars:,} | {row['clean']:.1f} | {row['parse']:.1f} | {extract:.1f} "
            f"| {row['parse'] * per:.2f} | {extract * per:.2f} | {extract / row['parse']:.2f} | "
            + " | ".join(f"{row[s]:.1f}" for s in STAGES)
            + f" | {row['peak_mb']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
