"""Command line: ``factcheck analyze PATH... [--format FMT] [-o FILE]``.

Argument parsing and printing only; the work is done by the library. Every
:class:`FactCheckError` is caught once, here, and printed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from factcheck._errors import FactCheckError
from factcheck._pipeline import analyze_articles
from factcheck.claims import Article, Result
from factcheck.ingest import DEFAULT_MAX_BYTES, load
from factcheck.report import FORMATS, render

__all__ = ["main"]

PROGRESS_FROM = 50  # articles; below this a progress bar is only noise
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Who claims what, when: attributed claims and verdicts from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="extract, match and judge the claims in articles",
                        description="Read .txt, .html, .json and .jsonl files (folders are "
                                    "searched recursively) and report claims and verdicts.")
    an.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    an.add_argument("-f", "--format", choices=sorted(FORMATS), default=None,
                    help="report format (default: json with -o, a summary table without)")
    an.add_argument("-o", "--output", type=Path, help="write the report to this file")
    an.add_argument("--organisation", default="factcheck",
                    help="author organisation of ClaimReview markup (default: %(default)s)")
    an.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip input files larger than N bytes (default: %(default)s)")
    an.add_argument("-q", "--quiet", action="store_true", help="no progress bar or notes")
    return parser


def _summary(result: Result, console: Console) -> None:
    table = Table(title=f"{len(result.clusters)} propositions from {len(result.claims)} claims"
                        f" in {len(result.articles)} articles")
    for col in ("verdict", "statement", "asserted by", "denied by"):
        table.add_column(col)
    for cl in sorted(result.clusters, key=lambda c: (c.opinion, c.verdict.value, c.id)):
        if len(cl.claims) < 2 and not cl.denied_by:
            continue  # singletons would drown the table; the JSON report has them all
        verdict = f"{cl.verdict.value}{' (opinion)' if cl.opinion else ''}"
        table.add_row(verdict, cl.statement[:90],
                      ", ".join(p.party for p in cl.asserted_by),
                      ", ".join(p.party for p in cl.denied_by))
    console.print(table)


def _analyze(args: argparse.Namespace, out: Console, err: Console) -> int:
    loaded = load(args.paths, max_bytes=args.max_bytes)
    progress = None
    if not args.quiet and len(loaded.articles) >= PROGRESS_FROM:
        def progress(arts: Iterable[Article]) -> Iterable[Article]:
            return track(arts, description="extracting", console=err,
                         total=len(loaded.articles))
    result = analyze_articles(loaded.articles, progress=progress)
    result = Result(articles=result.articles, claims=result.claims,
                    clusters=result.clusters, skipped=loaded.skipped)
    fmt = args.format or ("json" if args.output else None)
    if fmt is None:
        _summary(result, out)
    else:
        text = render(result, fmt, organisation=args.organisation)
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
            if not args.quiet:
                err.print(f"wrote {fmt} report to {args.output}: {len(result.articles)} "
                          f"articles, {len(result.claims)} claims, "
                          f"{len(result.clusters)} propositions")
        else:
            sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    for skipped in result.skipped:
        err.print(f"[yellow]skipped[/] {skipped.reason}", highlight=False, markup=True)
    if result.skipped:
        err.print(f"{len(result.skipped)} input(s) skipped, "
                  f"{len(result.articles)} analyzed", highlight=False)
        return EXIT_SKIPPED
    if not result.articles:
        err.print("no articles found in the paths given", highlight=False)
        return EXIT_SKIPPED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factcheck`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    out, err = Console(), Console(stderr=True)
    try:
        return _analyze(args, out, err)
    except FactCheckError as exc:
        err.print(f"factcheck: error: {exc}", highlight=False, markup=False)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
