"""Command line: ``factcheck analyze PATH... [--format FMT] [-o FILE]``.

Argument parsing and printing only; the work is done by the library. Each
subcommand is one ``_add_<name>`` function (its arguments) and one ``_<name>``
function (its run); the options the library takes are gathered in one place each
(:func:`_load_options`, :func:`_pipeline_options`, :func:`_report_options`).

Errors of one input never end a run: they are skipped entries (exit 1). Errors of
the run itself end it with one line on standard error and no traceback: a usage
error exits 2 (argparse), an unwritable report or any other failure exits 3.
User data (file names, article text) is printed with markup off and control
characters replaced, so a file named ``[/bold].txt`` or text holding ``ESC]0;``
cannot break or drive the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs
from rich.console import Console
from rich.progress import track
from rich.text import Text

from factcheck._errors import FactCheckError, OutputError, debugging
from factcheck._pipeline import Options, analyze_articles
from factcheck.claims import Article, Result
from factcheck.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS, STDIN, Loaded, load
from factcheck.knowledge import Knowledge
from factcheck.report import FORMATS, ReportOptions, render, write_report
from factcheck.report.summary import cut as _cut  # noqa: F401  (tests/test_cli.py uses it)
from factcheck.report.summary import summary

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "main", "output_format"]

PROGRESS_FROM = 50  # articles; below this a progress bar is only noise
SHOWN_WARNINGS = 20  # warnings printed one by one; the rest are counted (all are in the report)
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as shells report SIGINT

# The format a report file's name asks for when --format is not given (longest first).
SUFFIX_FORMATS: tuple[tuple[str, str], ...] = (
    (".claimreview.json", "claimreview"),
    (".jsonld", "claimreview"),
    (".json", "json"),
    (".html", "html"),
    (".htm", "html"),
    (".markdown", "markdown"),
    (".md", "markdown"),
)
# C0 and C1 controls (ESC starts terminal sequences), bidirectional overrides (which
# can make a printed name read as another) and lone surrogates (unprintable).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain(text: str) -> str:
    """``text`` safe for a terminal: control characters and surrogates become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def output_format(output: Path | None, fmt: str | None) -> str | None:
    """The report format: ``fmt`` if given, else the one the output's name implies
    (JSON for a name without a known suffix), else None (the summary table)."""
    if fmt or output is None:
        return fmt
    name = output.name.lower()
    return next((f for suffix, f in SUFFIX_FORMATS if name.endswith(suffix)), "json")


def _version() -> str:
    try:
        return metadata.version("factcheck-news")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        from factcheck import __version__
        return __version__


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


# -- analyze ----------------------------------------------------------------------------------

def _add_analyze(sub: Any) -> None:
    an = sub.add_parser(
        "analyze", help="extract, match and judge the claims in articles",
        description="Read .txt, .html, .json and .jsonl files (folders are searched "
                    "recursively; '-' reads standard input) and report claims and verdicts.")
    an.set_defaults(run=_analyze)
    an.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    an.add_argument("-f", "--format", choices=sorted(FORMATS), default=None,
                    help="report format (default: from the -o file's extension, json if it "
                         "has none; a summary table without -o)")
    an.add_argument("-o", "--output", type=Path, help="write the report to this file")
    an.add_argument("--organisation", default="factcheck",
                    help="author organisation of ClaimReview markup (default: %(default)s)")
    an.add_argument("--organisation-url", metavar="URL",
                    help="the organisation's web site (ClaimReview)")
    an.add_argument("--base-url", metavar="URL",
                    help="the page that publishes the reviews: each ClaimReview url is "
                         "this page at the proposition's anchor")
    an.add_argument("--review-date", type=_iso_date, metavar="YYYY-MM-DD",
                    help="datePublished of the reviews (default: today)")
    an.add_argument("--all", dest="include_all", action="store_true",
                    help="ClaimReview for every checkable proposition, not only the "
                         "contested and denied ones")
    an.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip input files larger than N bytes (default: %(default)s)")
    an.add_argument("--max-records", type=_positive, default=DEFAULT_MAX_RECORDS, metavar="N",
                    help="read at most N records of one .json/.jsonl file; the rest are "
                         "skipped (default: %(default)s)")
    an.add_argument("--knowledge", type=Path, action="append", default=[], metavar="FILE",
                    help="a knowledge file (JSON Lines: people, bodies, aliases) read on top "
                         "of the shipped knowledge base; may be given more than once")
    _add_jobs(an)
    an.add_argument("--scheduler", metavar="ADDRESS",
                    help="extract, match and judge on a Dask cluster: a scheduler address "
                         "(tcp://host:8786) or 'local' (needs factcheck-news[dask])")
    an.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar, no warnings, no notes")


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-j", "--jobs", type=_positive, default=None, metavar="N",
                        help="extraction processes (default: the cores available)")


def _load_options(args: argparse.Namespace) -> dict[str, Any]:
    return {"max_bytes": args.max_bytes, "max_records": args.max_records}


def _pipeline_options(args: argparse.Namespace) -> Options:
    return Options(jobs=getattr(args, "jobs", None))


def _report_options(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(organisation=args.organisation,
                         organisation_url=args.organisation_url, base_url=args.base_url,
                         review_date=args.review_date, include_all=args.include_all)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _check_output(path: Path) -> None:
    """Fail before the work, not after it, when the report cannot go to ``path``."""
    if path.is_dir():
        raise OutputError("is a folder, not a file", source=str(path))
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot create it: {parent} is a file, not a folder",
                                  source=str(path))
            break


def _emit(result: Result, fmt: str | None, args: argparse.Namespace, out: Console,
          err: Console) -> None:
    """The summary table (no format), the report file (-o) or the report on stdout."""
    if fmt is None:
        _summary(result, out)
    elif args.output is not None:
        write_report(result, fmt, args.output, _report_options(args))
        if not args.quiet:
            _say(err, "wrote", "green",
                 f"{fmt} report to {args.output}: {len(result.articles)} articles, "
                 f"{len(result.claims)} claims, {len(result.clusters)} propositions")
    else:
        text = render(result, fmt, _report_options(args))
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
        sys.stdout.flush()


def _summary(result: Result, console: Console) -> None:
    console.print(summary(result))


def _say(console: Console, label: str, style: str, text: str) -> None:
    console.print(Text.assemble((label, style), " ", plain(text)), highlight=False)


def _progress(count: int, err: Console) -> Callable[[Iterable[Article]], Iterable[Article]]:
    def progress(arts: Iterable[Article]) -> Iterable[Article]:
        return track(arts, description="extracting", console=err, total=count)
    return progress


def _notes(result: Result, err: Console, quiet: bool) -> None:
    for skipped in result.skipped:
        _say(err, "skipped", "yellow", skipped.reason)
    if quiet:
        return
    for notice in result.warnings[:SHOWN_WARNINGS]:
        _say(err, "warning", "magenta", f"{notice.source}: {notice.message}")
    hidden = len(result.warnings) - SHOWN_WARNINGS
    if hidden > 0:
        err.print(f"... and {hidden} more warnings (all are in the JSON report)",
                  highlight=False, markup=False)


def _analyze(args: argparse.Namespace, out: Console, err: Console) -> int:
    fmt = output_format(args.output, args.format)
    if args.output is not None:
        _check_output(args.output)
    stdin = sys.stdin.buffer if any(str(p) == STDIN for p in args.paths) else None
    knowledge = Knowledge.load(*args.knowledge) if getattr(args, "knowledge", None) else None
    loaded: Loaded = load(args.paths, stdin=stdin, **_load_options(args))
    progress = None
    if not args.quiet and len(loaded.articles) >= PROGRESS_FROM:
        progress = _progress(len(loaded.articles), err)
    if getattr(args, "scheduler", None):
        from factcheck._dask import analyze_on  # dask is an optional extra
        result = analyze_on(args.scheduler, loaded.articles)
    else:
        result = analyze_articles(loaded.articles, progress=progress,
                                  options=_pipeline_options(args), knowledge=knowledge)
    result = attrs.evolve(result, skipped=(*loaded.skipped, *result.skipped),
                          warnings=(*loaded.warnings, *result.warnings))
    _emit(result, fmt, args, out, err)
    _notes(result, err, args.quiet)
    if result.skipped:
        err.print(f"{len(result.skipped)} input(s) skipped, {len(result.articles)} analyzed"
                  + (f", {len(result.warnings)} warning(s)" if result.warnings else ""),
                  highlight=False, markup=False)
        return EXIT_SKIPPED
    if not result.articles:
        err.print("no articles found in the paths given", highlight=False, markup=False)
        return EXIT_SKIPPED
    if result.warnings and not args.quiet:
        err.print(f"{len(result.articles)} analyzed, {len(result.warnings)} warning(s)",
                  highlight=False, markup=False)
    return EXIT_OK


# -- add / report: the corpus store ---------------------------------------------------------

def _add_add(sub: Any) -> None:
    ad = sub.add_parser(
        "add", help="add articles to a corpus store and re-judge what they touch",
        description="Read the files under PATH, add the articles not yet in the store "
                    "(the same URL, or outlet and text, is skipped and said so), and "
                    "re-judge the propositions the new claims touch. With --refresh, first "
                    "extract again the stored articles another factcheck version made.")
    ad.set_defaults(run=_add)
    ad.add_argument("--db", type=Path, required=True, metavar="FILE",
                    help="the store (an SQLite file; created if absent)")
    ad.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    ad.add_argument("--refresh", action="store_true",
                    help="extract again the stored articles whose claims another version of "
                         "factcheck (or another knowledge base) made, then judge the store "
                         "again")
    ad.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="skip input files larger than N bytes (default: %(default)s)")
    _add_jobs(ad)
    ad.add_argument("-q", "--quiet", action="store_true", help="no notes")


def _add(args: argparse.Namespace, out: Console, err: Console) -> int:
    from factcheck.store import Store
    if not args.paths and not args.refresh:
        _error(err, "add: give a PATH to read, or --refresh")
        return EXIT_USAGE
    skipped = False
    with Store(args.db, options=_pipeline_options(args), max_bytes=args.max_bytes) as store:
        if args.refresh:
            again = store.refresh()
            for item in again.skipped:
                _say(err, "skipped", "yellow", item.reason)
            skipped = bool(again.skipped)
            if not args.quiet:
                _say(err, "refreshed", "green",
                     f"{len(again.refreshed)} articles extracted again ({again.claims} "
                     f"claims); {again.rejudged} propositions judged again")
        report = store.add(args.paths) if args.paths else None
    if report is not None:
        for item in report.skipped:
            _say(err, "skipped", "yellow", item.reason)
        skipped = skipped or bool(report.skipped)
        if not args.quiet:
            for dup in report.duplicates:
                _say(err, "in store", "cyan", dup.reason)
            _say(err, "added", "green",
                 f"{len(report.added)} articles ({report.claims} claims) to {args.db}; "
                 f"{len(report.duplicates)} already there; {report.rejudged} propositions "
                 f"judged again; {report.articles} articles in the store")
        _warn_stale(err, args.db, report.stale)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _warn_stale(err: Console, db: Path, stale: int) -> None:
    """Claims another extractor made are kept as they were: say so, and how to renew them."""
    if stale:
        _say(err, "warning", "yellow",
             f"{db}: {stale} stored articles were extracted by another version of factcheck "
             f"(or another knowledge base); `factcheck add --db {db} --refresh` extracts "
             "them again")


def _add_report(sub: Any) -> None:
    rp = sub.add_parser(
        "report", help="render a corpus store, or a slice of it",
        description="Write the report of every article in the store, or of the "
                    "propositions a --since, --story or --party slice selects.")
    rp.set_defaults(run=_report)
    rp.add_argument("--db", type=Path, required=True, metavar="FILE", help="the store")
    rp.add_argument("-f", "--format", choices=sorted(FORMATS), default=None,
                    help="report format (default: from the -o file's extension)")
    rp.add_argument("-o", "--output", type=Path, help="write the report to this file")
    rp.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD",
                    help="propositions with a claim dated on or after this day")
    rp.add_argument("--story", metavar="WORDS",
                    help="propositions from articles whose headline has these words, or "
                         "from the article of this id")
    rp.add_argument("--party", metavar="ID", help="propositions this party asserts or denies")
    rp.add_argument("--organisation", default="factcheck",
                    help="author organisation of ClaimReview markup (default: %(default)s)")
    rp.add_argument("--organisation-url", metavar="URL",
                    help="the organisation's web site (ClaimReview)")
    rp.add_argument("--base-url", metavar="URL",
                    help="the page that publishes the reviews (ClaimReview url)")
    rp.add_argument("--review-date", type=_iso_date, metavar="YYYY-MM-DD",
                    help="datePublished of the reviews (default: today)")
    rp.add_argument("--all", dest="include_all", action="store_true",
                    help="ClaimReview for every checkable proposition")
    rp.add_argument("-q", "--quiet", action="store_true", help="no notes")


def _report(args: argparse.Namespace, out: Console, err: Console) -> int:
    from factcheck._errors import StoreError
    from factcheck.store import Store
    if not args.db.is_file():
        raise StoreError("no such store", source=str(args.db))
    fmt = output_format(args.output, args.format)
    if args.output is not None:
        _check_output(args.output)
    with Store(args.db) as store:
        result = store.result(since=args.since, story=args.story, party=args.party)
        stale = len(store.stale())
    _emit(result, fmt, args, out, err)
    _warn_stale(err, args.db, stale)
    return EXIT_OK


# -- the command ------------------------------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Who claims what, when: attributed claims and verdicts from news articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_analyze(sub)
    _add_add(sub)
    _add_report(sub)
    return parser


def _error(err: Console, message: str) -> None:
    err.print(Text(f"factcheck: error: {plain(message)}"), highlight=False)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factcheck`` command; returns the exit status.

    Set ``FACTCHECK_DEBUG=1`` to see the traceback of an unexpected error.
    """
    args = _parser().parse_args(argv)
    # notes on stderr are one line each, however long: greppable, and countable by tests
    out, err = Console(), Console(stderr=True, soft_wrap=True)
    try:
        status: int = args.run(args, out, err)
        return status
    except FactCheckError as exc:
        _error(err, str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error(err, "interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `factcheck ... | head`: the reader left; say nothing more
        # so that the interpreter's own final flush finds nowhere to fail
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        if debugging():
            raise
        _error(err, f"unexpected {type(exc).__name__}: {exc} (FACTCHECK_DEBUG=1 shows where)")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
