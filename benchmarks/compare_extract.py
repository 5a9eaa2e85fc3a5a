"""Extraction speed of this tree beside another checkout, on the same articles.

    python benchmarks/compare_extract.py [--cpu] --other /path/to/old/checkout PATH...

Each side runs in its own process pinned to its own core (``taskset``-style affinity
where the OS offers it), three passes, best pass reported: articles/s and chars/s.
``--cpu`` times each pass in CPU seconds of its process (``time.process_time``): on a
machine other work shares, the steadier figure.
Each child puts its checkout first on ``sys.path``, so neither imports the other's code.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {int(sys.argv[2]) % (os.cpu_count() or 1)})
import factcheck
from factcheck.ingest import load
arts = load(sys.argv[3:]).articles
extract = factcheck.extract
extract(arts[0])  # warm the lexicons and the knowledge base
chars = sum(len(a.body) for a in arts)
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    claims = sum(len(extract(a)) for a in arts)
    best = min(best, time.perf_counter() - t)
print(f"{sys.argv[1]}: {len(arts)} articles, {claims} claims, "
      f"{len(arts) / best:,.1f} articles/s, {chars / best:,.0f} chars/s")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--cpu", action="store_true", help="time in CPU seconds, not wall time")
    parser.add_argument("paths", nargs="+", help="article files or folders")
    args = parser.parse_args()
    child = CHILD.replace("time.perf_counter()", "time.process_time()") if args.cpu else CHILD
    here = Path(__file__).resolve().parents[1]
    paths = [os.path.abspath(p) for p in args.paths]  # the children run from the root folder
    procs = [subprocess.Popen([sys.executable, "-c", child, str(root), str(core), *paths],
                              cwd=os.sep)
             for core, root in enumerate((args.other.resolve(), here))]
    for p in procs:
        p.wait()


if __name__ == "__main__":
    main()
