"""Throughput: our extraction against the bare spaCy parse, workers, memory, and two baselines.

    python benchmarks/throughput.py ../shared/data/polnear [--articles 500] [--cpu]

On the same PolNeAR articles (dev first, then train), prints a Markdown table of:
- the bare spaCy pipeline (`nlp.pipe`, same model, same components);
- `whatweknow` clean + parse + every extractor, with 1 and 2 worker processes;
- peak memory of the run and of each worker;
- textacy's `direct_quotations` and quantulum3 side by side (speed and what they find), when
  installed (`pip install textacy quantulum3`; neither is a dependency of whatweknow).

`--cpu` times the bare parse and the 1-worker run in this process's CPU seconds instead of
wall time, and leaves out the 2-worker run and the baselines: on cores other work shares, the
ratio of extraction to the bare parse stays readable.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from whatweknow import clean, load_nlp, load_settings, read, run
from whatweknow.model import Extraction


def texts(polnear: Path, limit: int) -> list[str]:
    files = sorted((polnear / "dev" / "text").glob("*.txt")) + sorted(
        (polnear / "train" / "text").glob("*.txt")
    )
    return [str(f) for f in files[:limit]]


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def row(name: str, seconds: float, docs: int, words: int, note: str = "") -> str:
    return f"| {name} | {docs / seconds:.2f} | {words / seconds:,.0f} | {seconds:.1f} | {note} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="../shared/data/polnear")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--cpu", action="store_true", help="CPU seconds, one process")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    paths = texts(args.polnear, args.articles)
    documents = [clean(a) for a in read(paths)]
    words = sum(len(d.text.split()) for d in documents)
    nlp = load_nlp()
    print(
        f"{len(documents)} PolNeAR articles, {words:,} words; model {nlp.meta['name']} "
        f"{nlp.meta['version']}, components {', '.join(nlp.pipe_names)}\n"
    )
    print("| run | docs/s | words/s | seconds | notes |")
    print("| --- | ---: | ---: | ---: | --- |")

    started = clock()
    # the batch size our pipeline uses (spaCy's default of 1,000 would hold every Doc at once)
    for _ in nlp.pipe((d.text for d in documents), batch_size=load_settings()["nlp"]["batch_size"]):
        pass
    bare = clock() - started
    print(row("bare spaCy `nlp.pipe`", bare, len(documents), words, "the reference"))

    timings = {}
    ours = {"direct": 0, "statements": 0, "figures": 0}
    for workers in (1,) if args.cpu else (1, 2):
        started = clock()
        found = 0
        for result in run(read(paths), nlp=nlp if workers == 1 else None, workers=workers):
            if isinstance(result, Extraction):
                found += 1
                if workers == 1:
                    ours["statements"] += len(result.statements)
                    ours["direct"] += sum(1 for s in result.statements if s.form == "direct")
                    ours["figures"] += len(result.figures)
        timings[workers] = clock() - started
        ratio = bare / timings[1] if workers == 1 else timings[1] / timings[workers]
        note = (
            f"{ratio:.2f} of the bare parse's speed"
            if workers == 1
            else f"{ratio:.2f}x the 1-worker run"
        )
        print(row(f"whatweknow, {workers} worker(s)", timings[workers], found, words, note))
    print(
        f"\nPeak memory: main process {peak_mb():.0f} MB; largest worker "
        f"{peak_mb(resource.RUSAGE_CHILDREN):.0f} MB.\n"
    )
    print(
        f"whatweknow found {ours['statements']} statements ({ours['direct']} direct quotes) and "
        f"{ours['figures']} figures."
    )
    if not args.cpu:
        baselines(documents)


def baselines(documents: list) -> None:
    nlp = load_nlp()
    try:
        from textacy.extract import direct_quotations
    except ImportError:
        print("textacy: not installed (pip install textacy).")
    else:
        found = refused = 0
        started = time.perf_counter()
        for doc in nlp.pipe(d.text for d in documents):
            try:
                found += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy bails out on an odd number of quote marks
                refused += 1
        seconds = time.perf_counter() - started
        print(
            f"textacy direct_quotations (parse included): {len(documents) / seconds:.2f} docs/s, "
            f"{found} direct quotations found; {refused} document(s) refused (unbalanced quotes)."
        )
    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3).")
    else:
        sentences = [s for d in documents[:100] for s in d.text.split("\n\n")]
        started = time.perf_counter()
        try:
            found = sum(len(quantulum.parse(s)) for s in sentences)
        except Exception as err:  # its pickled classifier breaks with newer scikit-learn
            print(f"quantulum3 failed: {type(err).__name__}: {err}")
            return
        seconds = time.perf_counter() - started
        print(
            f"quantulum3 on {len(sentences)} paragraphs: {len(sentences) / seconds:.1f} "
            f"paragraphs/s, {found} quantities found."
        )


if __name__ == "__main__":
    main()
