"""Scale: throughput on one core and all cores, peak memory by corpus size, incremental adds.

Prints, in one run on the same files (a corpus built as ``extract_throughput.py``
builds it: the example articles replicated with names swapped, paragraphs
shuffled and dates moved):

1. articles/s and words/s of extraction and of the whole analysis, ``--jobs 1``
   and all cores; wire-copy detection off (the corpus is replicated text: finding
   its copies would flatter matching) and then on, for comparison;
2. the same for textacy + spaCy ``en_core_web_sm`` (quotation triples), when
   installed (``pip install textacy`` and the model); skipped with a note if not;
3. peak memory (max RSS) of a whole run, report written, at each ``--memory`` size,
   each in a fresh process;
4. the corpus store: adding 100 articles to a store of ``--store`` articles, against
   a one-shot analysis of them all.

Wall time and CPU time are both printed: on a shared machine the CPU figures (words
per CPU second) are the stable ones. Not a test: nothing is asserted. Targets (issue 9):
>= 18x the peer's words/s with all cores; 20,000 articles under 1 GB; an add of 100 under
a tenth of the one-shot time.

    python benchmarks/scale.py                          # 1,000 articles; memory 1k, 5k
    python benchmarks/scale.py --memory 1000,5000,20000 --store 1000,5000
    python benchmarks/scale.py --articles 0 --memory '' --store 1000 --store-corpus distinct
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_throughput import build_corpus

import factcheck
from factcheck._parallel import available_cores, extract_stream
from factcheck._pipeline import Options, analyze_articles
from factcheck.claims import Article
from factcheck.extract import extract

T = TypeVar("T")


def _cpu() -> float:
    """CPU seconds of this process (pool workers are not its children: the forkserver's)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


_LAST_CPU = 0.0


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    """``fn()`` and its wall time; its CPU time is left in ``_LAST_CPU``."""
    global _LAST_CPU
    start, cpu = time.perf_counter(), _cpu()
    value = fn()
    _LAST_CPU = _cpu() - cpu
    return value, time.perf_counter() - start


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _words(articles: Sequence[Article]) -> int:
    return sum(len(a.body.split()) for a in articles)


def _row(label: str, articles: int, words: int, seconds: float, note: str = "",
         cpu: bool = True) -> float:
    rate = words / seconds if seconds else float("inf")
    cpu_rate = f"{_LAST_CPU:>9.1f}{words / _LAST_CPU:>12,.0f}" if cpu and _LAST_CPU else \
        f"{'-':>9}{'-':>12}"
    print(f"  {label:<34}{articles:>7}{seconds:>9.2f}{articles / seconds:>11.1f}"
          f"{rate:>12,.0f}{cpu_rate}  {note}")
    return rate


def throughput(articles: list[Article]) -> float | None:
    cores = available_cores()
    words = _words(articles)
    print(f"\n1. throughput: {len(articles)} articles, {words:,} words, {cores} cores")
    print(f"  {'stage':<34}{'articles':>7}{'seconds':>9}{'articles/s':>11}{'words/s':>12}"
          f"{'CPU s':>9}{'words/CPU s':>12}")
    for art in articles[:10]:
        extract(art)  # warm-up: lexicons load on first use
    best = None
    for jobs in sorted({1, cores}):
        _, secs = _timed(lambda j=jobs: list(extract_stream(articles, jobs=j, copies=False)))
        rate = _row(f"extract, --jobs {jobs}", len(articles), words, secs, cpu=jobs == 1)
        best = max(best or 0.0, rate)
        for copies in (False, True):
            result, secs = _timed(lambda j=jobs, c=copies: analyze_articles(
                articles, options=Options(jobs=j, copies=c)))
            copied = sum(a.copy_of is not None for a in result.articles)
            _row(f"analyze, --jobs {jobs}, copies {'on' if copies else 'off'}",
                 len(articles), words, secs,
                 f"{len(result.claims)} claims, {len(result.clusters)} propositions"
                 + (f", {copied} articles found as copies" if copies else ""), cpu=jobs == 1)
    return best


def peer(articles: list[Article], ours: float | None) -> None:
    print("\n2. peer: textacy + spaCy en_core_web_sm (direct quotations), one core")
    try:
        import spacy
        import textacy.extract
        nlp = spacy.load("en_core_web_sm")
    except Exception as exc:  # not installed: the benchmark says so and goes on
        print(f"  skipped: {type(exc).__name__}: {exc}\n  (pip install textacy && "
              "python -m spacy download en_core_web_sm)")
        return
    words = _words(articles)

    def run() -> int:
        found = 0
        for doc in nlp.pipe(a.body for a in articles):
            found += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        return found

    found, secs = _timed(run)
    rate = _row("textacy direct_quotations", len(articles), words, secs, f"{found} quotations")
    if ours:
        print(f"  factcheck extraction (all cores) / peer: {ours / rate:.1f}x words/s")


_CHILD = """
import resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {bench!r})
from extract_throughput import build_corpus
import factcheck
from factcheck._pipeline import Options
size = int(sys.argv[1])
with tempfile.TemporaryDirectory() as tmp:
    build_corpus(Path(tmp) / "c", size, 7)
    start = time.perf_counter()
    result = factcheck.analyze([Path(tmp) / "c"], options=Options(copies=False))
    out = Path(tmp) / "report.json"
    write = getattr(factcheck, "write_report", None)
    if write is not None:
        write(result, "json", out)
    else:
        out.write_text(factcheck.render(result, "json"), encoding="utf-8")
    secs = time.perf_counter() - start
    print(size, round(secs, 1), len(result.claims), out.stat().st_size,
          resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def memory(sizes: Sequence[int]) -> None:
    print("\n3. peak memory of a whole run (analyze, all cores, copies off; JSON report "
          "written), a fresh process per size")
    print(f"  {'articles':>8}{'seconds':>9}{'claims':>9}{'report MB':>11}{'RSS MB':>9}"
          f"{'worker MB':>11}")
    code = _CHILD.format(bench=str(Path(__file__).resolve().parent))
    for size in sizes:
        done = subprocess.run([sys.executable, "-c", code, str(size)], capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            print(f"  {size:>8}  failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        n, secs, claims, report, rss, worker = done.stdout.split()
        print(f"  {int(n):>8}{float(secs):>9.1f}{int(claims):>9}"
              f"{int(report) / 2**20:>11.1f}{int(rss):>9}{int(worker):>11}")


def incremental(articles: list[Article], base: int, what: str, profile: bool = False) -> None:
    print(f"\n4. corpus store, {what}: add 100 articles to a store of {base} (articles "
          "already read; one process; CPU seconds)")
    if len(articles) < base + 100:
        print(f"  skipped: the corpus has {len(articles)} articles, fewer than {base + 100}")
        return
    one_job = Options(jobs=1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "desk.sqlite"
        with factcheck.Store(db, options=one_job) as store:
            report, secs = _timed(lambda: store.add_articles(articles[:base]))
            print(f"  first add of {base}: {_LAST_CPU:.1f} CPU s, {secs:.1f} s wall "
                  f"({report.claims} claims)")
            profiler = cProfile.Profile() if profile else None
            if profiler is not None:
                profiler.enable()
            report, secs = _timed(lambda: store.add_articles(articles[base:base + 100]))
            add_cpu = _LAST_CPU
            if profiler is not None:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            whole, _ = _timed(store.result)
            print(f"  add of 100 to {base}: {add_cpu:.1f} CPU s, {secs:.1f} s wall "
                  f"({report.claims} claims, {report.rejudged} of {len(whole.clusters)} "
                  "propositions judged again)")
            print(f"  read the whole store back: {_LAST_CPU:.1f} CPU s")
        _, secs = _timed(lambda: analyze_articles(articles[:base + 100], options=one_job))
        print(f"  one-shot analysis of {base + 100}: {_LAST_CPU:.1f} CPU s, {secs:.1f} s wall;"
              f" add / one-shot = {add_cpu / _LAST_CPU:.2f} (target < 0.10)")


def _distinct(count: int) -> list[Article]:
    """About ``count`` articles of distinct stories, from the matcher benchmark's generator."""
    from match_scale import corpus
    articles, _, _ = corpus(count * 9)  # about nine claims an article
    return sorted(articles, key=lambda a: a.id)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory", default="1000,5000",
                        help="corpus sizes for peak memory, comma-separated ('' for none)")
    parser.add_argument("--store", default="1000",
                        help="store sizes for the incremental add, comma-separated "
                             "(0 or '': skip)")
    parser.add_argument("--store-corpus", choices=["both", "replicated", "distinct"],
                        default="both", help="which corpus the incremental add runs on")
    parser.add_argument("--profile-add", action="store_true",
                        help="print where the time of each add of 100 goes (cProfile)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, factcheck {factcheck.__version__}, "
          f"{available_cores()} cores available")
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        stores = [int(s) for s in args.store.split(",") if s.strip() and int(s)]
        build_corpus(folder, max([args.articles, *(n + 100 for n in stores)]), args.seed)
        everything = sorted(factcheck.load([folder]).articles, key=lambda a: a.id)
        articles = everything[:args.articles]
        if articles:
            best = throughput(articles)
            peer(articles, best)
        sizes = [int(s) for s in args.memory.split(",") if s.strip()]
        if sizes:
            memory(sizes)
        for base in stores:
            if args.store_corpus in ("both", "replicated"):
                incremental(everything, base, "replicated corpus (every story everywhere)",
                            args.profile_add)
            if args.store_corpus in ("both", "distinct"):
                incremental(_distinct(base + 100), base,
                            "distinct stories (match_scale.py generator)", args.profile_add)
    print(json.dumps({"rss_mb_driver": round(_rss_mb())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
