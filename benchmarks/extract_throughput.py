"""Throughput of ingestion, extraction and the whole analysis on a synthetic corpus.

Builds a corpus of ``--articles`` articles (default 1,000) in a temporary folder by
replicating the example articles (the two seeds and the dev articles) with variations:
people's names swapped, body paragraphs shuffled (the lead stays first), publication
dates shifted; most are written as .txt (header or raw page text, as the originals),
some as .html pages and as .jsonl records. Then it times, on one core:

- ingest:  ``factcheck.load`` over the corpus folder (per format, then in total)
- extract: ``factcheck.extract.extract`` per loaded article
- analyze: ``factcheck.analyze`` over the folder (ingest, extract, match, verify)

and prints articles/s, characters of body per second, claims found and peak memory.
The target for extraction is >= 100 articles/s on one core. Not a test: no assertion.

    python benchmarks/extract_throughput.py [--articles N] [--seed S] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import factcheck
from factcheck.claims import Article
from factcheck.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples", ROOT.parent / "shared" / "eval" / "articles"]

# Names in the example articles, and made-up names to put in their place. Surnames are
# swapped with their full names so that "Kirby said" follows "John Kirby".
PEOPLE = ["John Kirby", "Antony Blinken", "Matthew Miller", "Dmitry Peskov", "Vladimir Putin",
          "Jens Stoltenberg", "Sergey Lavrov", "Wang Yi", "Evan Medeiros", "Bert Koenders",
          "Alexander Bortnikov", "David Cameron", "Volodymyr Zelensky", "Dmytro Kuleba",
          "Daniel Hagari", "Mykhailo Podoliak", "Yevgeny Prigozhin", "Alexei Navalny"]
INVENTED = ["Maria Okafor", "Tomas Lindqvist", "Aiko Tanaka", "Rafael Mendes", "Ingrid Halvorsen",
            "Samir Haddad", "Lena Kowalczyk", "Diego Fuentes", "Hana Novak", "Oren Levi",
            "Priya Raman", "Jonas Becker", "Elif Aydin", "Marek Dvorak", "Nadia Petrenko",
            "Kofi Mensah", "Sofia Greco", "Arjun Mehta", "Clara Moreau", "Ivan Sokolov"]

T = TypeVar("T")


# --- corpus ----------------------------------------------------------------------------

def _bases() -> list[tuple[Path, str, Article]]:
    """Each example file with its text and the article ingestion makes of it."""
    out = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            out.append((path, path.read_text(encoding="utf-8"), factcheck.read_article(path)))
    if not out:
        sys.exit("no example articles found under " + ", ".join(map(str, SOURCES)))
    return out


def _swap_names(text: str, rng: random.Random) -> str:
    """Every known person's full name and surname replaced by an invented one."""
    chosen = rng.sample(INVENTED, k=len(PEOPLE) if len(PEOPLE) <= len(INVENTED) else 1)
    pairs: dict[str, str] = {}
    for old, new in zip(PEOPLE, chosen, strict=False):
        pairs[old] = new
        pairs[old.split()[-1]] = new.split()[-1]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(pairs, key=len,
                                                                      reverse=True))) + r")\b")
    return pattern.sub(lambda m: pairs[m.group(1)], text)


def _shuffle_body(text: str, body: list[str], rng: random.Random) -> str:
    """The file's body paragraphs (not its headline, byline or bio) in a new order."""
    lines = text.split("\n")
    paragraphs = set(body[1:])  # the lead paragraph stays where it is
    slots = [i for i, line in enumerate(lines) if line.strip() in paragraphs]
    moved = [lines[i] for i in slots]
    rng.shuffle(moved)
    for i, line in zip(slots, moved, strict=True):
        lines[i] = line
    return "\n".join(lines)


def _shift_dates(text: str, published: dt.date | None, days: int) -> tuple[str, dt.date | None]:
    """The header date or dateline moved by ``days``."""
    if published is None:
        return text, None
    new = published + dt.timedelta(days=days)
    text = text.replace(f"published: {published.isoformat()}", f"published: {new.isoformat()}")
    old_line = f"{published:%b}. {published.day}, {published.year}"
    text = text.replace(old_line, f"{new:%b}. {new.day}, {new.year}")
    return text, new


def _html_page(art: Article, body: str) -> str:
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    title = html.escape(art.title or art.outlet or art.id)
    date = f'<meta property="article:published_time" content="{art.published}">' \
        if art.published else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{html.escape(art.outlet or "")}">{date}'
            f'</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{title}</h1>\n{paras}\n</article>"
            f"<footer>Copyright {html.escape(art.outlet or '')}</footer></body></html>")


def build_corpus(folder: Path, count: int, seed: int) -> dict[str, int]:
    """Write ``count`` varied articles under ``folder`` (txt/, html/, jsonl/); file counts."""
    rng = random.Random(seed)
    bases = _bases()
    for sub in ("txt", "html", "jsonl"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    records: list[str] = []
    written = {"txt": 0, "html": 0, "jsonl": 0}
    for n in range(count):
        path, text, art = bases[n % len(bases)]
        text = _shuffle_body(text, art.body.split("\n\n"), rng)
        text, published = _shift_dates(text, art.published, rng.randint(-400, 400))
        text = _swap_names(text, rng)
        kind = rng.choices(["txt", "html", "jsonl"], weights=[8, 1, 1])[0]
        if kind != "txt" and art.outlet is None:
            kind = "txt"
        name = f"{n:05d}_{path.stem}"
        if kind == "txt":
            (folder / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")
        else:
            varied = factcheck.read_article(_write_tmp(folder, text))
            if kind == "html":
                (folder / "html" / f"{name}.html").write_text(
                    _html_page(varied, varied.body), encoding="utf-8")
            else:
                records.append(json.dumps({
                    "id": name, "text": varied.body, "outlet": varied.outlet,
                    "title": varied.title, "byline": varied.byline,
                    "published": published.isoformat() if published else None}))
        written[kind] += 1
    (folder / "scratch.txt").unlink(missing_ok=True)
    (folder / "jsonl" / "corpus.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return written


def _write_tmp(folder: Path, text: str) -> Path:
    path = folder / "scratch.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- measuring -------------------------------------------------------------------------

def _timed(fn: Callable[[], T], trace: bool) -> tuple[T, float, int | None]:
    """``fn()``, its wall time, and (with ``trace``) the peak of memory it allocated."""
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    value = fn()
    elapsed = time.perf_counter() - start
    peak = None
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return value, elapsed, peak


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is KB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _row(stage: str, articles: int, chars: int, seconds: float, peak: int | None,
         extra: str = "") -> None:
    rate = articles / seconds if seconds else float("inf")
    crate = chars / seconds if seconds else float("inf")
    traced = f"{peak / 2**20:8.1f}" if peak is not None else "       -"
    print(f"{stage:<16}{articles:>7}{seconds:>9.3f}{rate:>12.1f}{crate:>14,.0f}"
          f"{traced}{_rss_mb():>10.1f}  {extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the variations")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace the peak allocation of each stage (slower)")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):  # one core, so the figures are per core
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        corpus = Path(tmp)
        start = time.perf_counter()
        written = build_corpus(corpus, args.articles, args.seed)
        print(f"corpus: {sum(written.values())} articles ({written['txt']} txt, "
              f"{written['html']} html, {written['jsonl']} in one jsonl) built in "
              f"{time.perf_counter() - start:.1f} s in {corpus}")
        print(f"python {sys.version.split()[0]}, factcheck {factcheck.__version__}, "
              f"one core (pid {os.getpid()})\n")
        print(f"{'stage':<16}{'articles':>7}{'seconds':>9}{'articles/s':>12}{'chars/s':>14}"
              f"{'peak MB':>8}{'RSS MB':>10}")

        # Warm-up: imports, lexicons and trafilatura load outside the timings.
        if written["html"]:
            factcheck.analyze([corpus / "html"])

        total_s, loaded = 0.0, list[Article]()
        for sub in ("txt", "html", "jsonl"):
            got, secs, peak = _timed(partial(factcheck.load, [corpus / sub]), args.tracemalloc)
            total_s += secs
            loaded.extend(got.articles)
            _row(f"ingest {sub}", len(got.articles), sum(len(a.body) for a in got.articles),
                 secs, peak, f"{len(got.skipped)} skipped" if got.skipped else "")
        chars = sum(len(a.body) for a in loaded)
        _row("ingest (all)", len(loaded), chars, total_s, None)

        for art in loaded[:20]:  # warm-up: the extractor's lexicons load on first use
            extract(art)
        claims, secs, peak = _timed(lambda: [c for a in loaded for c in extract(a)],
                                    args.tracemalloc)
        _row("extract", len(loaded), chars, secs, peak, f"{len(claims)} claims")

        result, secs, peak = _timed(lambda: factcheck.analyze([corpus]), args.tracemalloc)
        _row("analyze", len(result.articles), sum(len(a.body) for a in result.articles),
             secs, peak, f"{len(result.claims)} claims, {len(result.clusters)} clusters")
    print("\npeak MB: tracemalloc peak of the stage (with --tracemalloc, which slows every "
          "rate by 2-3x);\nRSS MB: peak resident memory of the process so far."
          "\ntarget: extract >= 100 articles/s on one core.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
