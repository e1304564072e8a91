"""`wwk batch` on a Dask LocalCluster with 1 and 2 workers: the same shards, timed.

    pip install 'whatweknow[batch]'
    python benchmarks/dask_scaling.py ../shared/data/polnear [--articles 200] [--shards 8]

Writes the PolNeAR dev and train articles as JSONL shards, then runs `wwk batch SHARDS OUT
--local N` for each N in a fresh output folder (a fresh process each time: cluster start-up and
model loading included) and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_shards(polnear: Path, articles: int, shards: int, folder: Path) -> int:
    files = sorted((polnear / "dev" / "text").glob("*.txt"))
    files += sorted((polnear / "train" / "text").glob("*.txt"))
    files = files[:articles]
    words = 0
    for number in range(shards):
        with (folder / f"shard-{number:03d}.jsonl").open("w") as out:
            for path in files[number::shards]:
                text = path.read_text("utf-8")
                words += len(text.split())
                out.write(json.dumps({"text": text, "url": f"file://{path.name}"}) + "\n")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="../shared/data/polnear")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dask-scaling-"))
    (workdir / "in").mkdir()
    words = write_shards(args.polnear, args.articles, args.shards, workdir / "in")
    print(f"{args.articles} PolNeAR articles, {words:,} words, in {args.shards} JSONL shards\n")
    print("| LocalCluster workers | seconds | docs/s | words/s | speed-up |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    first = None
    for workers in args.workers:
        out = workdir / f"out-{workers}"
        command = [sys.executable, "-m", "whatweknow", "batch", str(workdir / "in" / "*.jsonl")]
        command += [str(out), "--local", str(workers)]
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        first = first or seconds
        print(
            f"| {workers} | {seconds:.1f} | {args.articles / seconds:.2f} | "
            f"{words / seconds:,.0f} | {first / seconds:.2f}x |"
        )


if __name__ == "__main__":
    main()
