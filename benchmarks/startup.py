"""Start-up costs: importing the command line, the first extraction, a cold pool.

Each figure comes from a fresh process (best of ``--repeat``), as a user meets it:

1. ``import factcheck.cli`` (what every command pays before it reads a file);
2. the first ``extract()`` call of a process (lexicons, knowledge, compiled patterns),
   and a later one, for comparison;
3. extraction of a corpus (default: ``--articles`` replicated example articles, as
   ``extract_throughput.py`` builds it; or the ``paths`` given) in a cold process
   with ``--jobs 1`` and ``--jobs 2``: wall time from the process's start (imports,
   reading and warm-up included), and how soon the first result came
   (``--jobs 2`` starts the pool's fork server, which warms itself while this process
   extracts the first articles).

Wall times on a shared machine move by a tenth or more from run to run: compare
figures from one run. Not a test: nothing is asserted.

    python benchmarks/startup.py                      # 216 replicated articles
    python benchmarks/startup.py --articles 1000 --repeat 2
    python benchmarks/startup.py ../shared/seeds ../shared/eval/articles
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

IMPORT = "import time; t = time.perf_counter(); import factcheck.cli; " \
         "print(time.perf_counter() - t)"
# (not _warmup's sample: importing that module runs the first call itself)
FIRST_CALL = """
import time
from factcheck.claims import Article
from factcheck.extract import extract
art = Article(id="a", source="a", published="2024-03-05", body=(
    "GENEVA, March 5 (Reuters) - Talks failed on Tuesday, France's foreign minister "
    "Jean Dupont said. The Kremlin denied the report, a spokesman for the Russian "
    "defence ministry said."))
t = time.perf_counter(); extract(art); first = time.perf_counter() - t
t = time.perf_counter(); extract(art); print(first, time.perf_counter() - t)
"""
POOL = """
import sys, time
t = time.perf_counter()  # imports included: the two runs import different modules first
from factcheck._parallel import extract_stream
from factcheck.ingest import load
def main():
    arts = load(sys.argv[2:]).articles
    first = None
    for _ in extract_stream(arts, jobs=int(sys.argv[1])):
        first = time.perf_counter() - t if first is None else first
    print(len(arts), time.perf_counter() - t, first)
if __name__ == "__main__":
    main()
"""


def _run(code: str, *args: str) -> list[float]:
    """The figures a fresh child process prints (run from the root folder)."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(code)  # a file, not -c: the pool's workers import the main module by path
    try:
        out = subprocess.run([sys.executable, f.name, *args], capture_output=True, text=True,
                             check=True, cwd=HERE.parent).stdout
    finally:
        os.unlink(f.name)
    return [float(x) for x in out.split()]


def _best(code: str, repeat: int, *args: str) -> list[float]:
    runs = [_run(code, *args) for _ in range(repeat)]
    return min(runs, key=lambda r: r[0] if len(r) < 3 else r[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="article files or folders (default: built)")
    parser.add_argument("--articles", type=int, default=216, help="corpus size when built")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per figure")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, best of {args.repeat} fresh processes")
    (imp,) = _best(IMPORT, args.repeat)
    print(f"  import factcheck.cli               {imp:>7.2f} s")
    first, later = _best(FIRST_CALL, args.repeat)
    print(f"  first extract() of a process       {first:>7.2f} s   (a later call: "
          f"{later * 1000:.0f} ms)")
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.abspath(p) for p in args.paths]
        if not paths:
            sys.path.insert(0, str(HERE))
            from extract_throughput import build_corpus

            build_corpus(Path(tmp) / "c", args.articles, 7)
            paths = [str(Path(tmp) / "c")]
        for jobs in (1, 2):
            n, wall, first_result = _best(POOL, args.repeat, str(jobs), *paths)
            print(f"  extract {int(n)} articles, --jobs {jobs}   {wall:>7.2f} s   (first result "
                  f"after {first_result:.2f} s; from a cold start: imports, reading, warm-up)")


if __name__ == "__main__":
    main()
