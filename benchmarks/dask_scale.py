"""The Dask path on this machine: 1 worker against 2 (processes), same corpus.

Builds a corpus as ``extract_throughput.py`` does and runs
``factcheck._dask.analyze_bag`` on a ``distributed.LocalCluster`` of 1, then 2
single-threaded worker processes, printing wall time, articles/s and whether the
result equals the single-process ``analyze``. Needs ``factcheck-news[dask]``.

    python benchmarks/dask_scale.py [--articles 500] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_throughput import build_corpus

import factcheck
from factcheck._pipeline import Options


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        from distributed import Client, LocalCluster

        from factcheck._dask import analyze_bag, paths_bag
    except ImportError as exc:
        print(f"skipped: {exc} (pip install 'factcheck-news[dask]')")
        return 0
    with tempfile.TemporaryDirectory(prefix="factcheck-dask-") as tmp:
        folder = Path(tmp) / "corpus"
        build_corpus(folder, args.articles, args.seed)
        start = time.perf_counter()
        single = factcheck.analyze([folder], options=Options(jobs=1))
        one = time.perf_counter() - start
        print(f"{len(single.articles)} articles; single process, --jobs 1: {one:.1f} s")
        for n in (int(w) for w in args.workers.split(",")):
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster):
                start = time.perf_counter()
                result = analyze_bag(paths_bag([folder], npartitions=4 * n))
                secs = time.perf_counter() - start
            print(f"dask, {n} worker(s): {secs:.1f} s, {len(result.articles) / secs:.1f} "
                  f"articles/s, equal to single process: {result == single}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
