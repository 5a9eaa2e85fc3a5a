"""Peak Python memory of writing the JSON report: streamed (write_report) vs one string.

Replicates the report fixture (tests/fixtures/reports/result.json) N times and
writes it both ways, under tracemalloc. Prints figures; asserts nothing.

    python benchmarks/report_memory.py [N]        # default N = 3000 copies
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import attrs

import factcheck.claims as claims
from factcheck.report import render, write_report

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "reports" / "result.json"


def _replicated(n: int) -> claims.Result:
    base = claims.loads(FIXTURE.read_text(encoding="utf-8"), claims.Result)
    return attrs.evolve(
        base,
        articles=[attrs.evolve(a, id=f"{a.id}-{i}") for i in range(n) for a in base.articles],
        claims=[attrs.evolve(c, id=f"{c.id}-{i}", article=f"{c.article}-{i}")
                for i in range(n) for c in base.claims])


def _peak(write: bool, result: claims.Result, out: Path) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    if write:
        write_report(result, "json", out)
    else:
        out.write_text(render(result, "json"), encoding="utf-8")
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak, seconds


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    result = _replicated(n)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        streamed = _peak(True, result, out)
        size = out.stat().st_size / 1e6
        whole = _peak(False, result, out)
    print(f"{len(result.articles)} articles, {len(result.claims)} claims, report {size:.1f} MB")
    print(f"{'write_report (streamed)':28} peak {streamed[0]:8.1f} MB  {streamed[1]:6.2f} s")
    print(f"{'render() as one string':28} peak {whole[0]:8.1f} MB  {whole[1]:6.2f} s")


if __name__ == "__main__":
    main()
