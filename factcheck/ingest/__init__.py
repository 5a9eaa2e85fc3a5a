"""Ingestion: files, folders and in-memory text to :class:`claims.Article` records.

    >>> from factcheck.ingest import load, read_article
    >>> loaded = load(["examples"])                       # doctest: +SKIP
    >>> [a.id for a in loaded.articles], loaded.skipped  # doctest: +SKIP

Formats, by extension:

- ``.txt``: a ``key: value`` header (url, outlet, published, byline, title; other keys
  are ignored) and a blank line before the body; or raw text copied from a news page,
  whose headline, outlet, byline, dateline, captions, credits and author bio are
  recognised and kept out of the body (cues in ``lexicons/en/furniture.json``).
- ``.html`` / ``.htm``: main text and metadata by trafilatura, offline.
- ``.json`` (an object, a list of objects, or ``{"articles": [...]}``) and ``.jsonl``
  (an object per line): records with ``text`` or ``body`` and the same metadata keys
  (news-please and newspaper3k field names too). A bad record or line is skipped with
  its number in the reason; the others load. At most ``max_records`` per file.

``Article.body`` holds the paragraphs separated by one blank line, otherwise verbatim.
``Article.id`` is the file stem (``<stem>#<n>`` or the record's own id for several
records in one file); ids that clash in a batch get a suffix derived from the source.

Nothing in one input stops a batch: every exception raised while reading a file or a
record becomes its entry in ``Loaded.skipped``. What was read but is doubtful (a date
refused, no outlet) is a :class:`claims.Notice` in ``Loaded.warnings``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from os import PathLike
from pathlib import Path
from typing import BinaryIO

import attrs

from factcheck._errors import InputError, InputWarning, MalformedInputError, debugging
from factcheck.claims import Article, Notice, Skipped
from factcheck.ingest._fields import Meta, build, clean_text, read_published
from factcheck.ingest._html import read_html as _read_html
from factcheck.ingest._json import DEFAULT_MAX_RECORDS, record_article
from factcheck.ingest._readers import SUFFIXES, Outcome, read_data, read_file, sniff, text_article
from factcheck.ingest._source import DEFAULT_MAX_BYTES, check_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_RECORDS",
    "STDIN",
    "SUFFIXES",
    "Loaded",
    "load",
    "read_article",
    "read_articles",
    "read_html",
    "read_record",
    "read_text",
]

# Files in a folder that describe the folder rather than hold an article, by stem, in
# any format but HTML (a scraped site keeps real articles in files such as
# story/index.html). Passed over without a word, like hidden files.
_NOT_ARTICLES = frozenset({"readme", "index", "license", "licence", "changelog", "notice",
                           "contributing", "authors", "copying", "manifest"})
STDIN = "-"  # the path that means standard input, when ``load`` is given a stream

PathArg = str | PathLike[str]


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _skips(items: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(items)


def _notices(items: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Loaded:
    """The articles read from a batch of paths, the inputs that could not be read, and
    warnings about what was read."""

    articles: tuple[Article, ...] = attrs.field(converter=_articles)
    skipped: tuple[Skipped, ...] = attrs.field(converter=_skips)
    warnings: tuple[Notice, ...] = attrs.field(default=(), converter=_notices)


def _skipped(exc: InputError) -> Skipped:
    return Skipped(source=clean_text(exc.source or ""), reason=clean_text(str(exc)))


def _split(outcomes: Iterable[Outcome]) -> Loaded:
    outs = list(outcomes)
    return Loaded(articles=[o for o in outs if isinstance(o, Article)],
                  skipped=[_skipped(o) for o in outs if isinstance(o, InputError)],
                  warnings=[o for o in outs if isinstance(o, Notice)])


def read_articles(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_records: int = DEFAULT_MAX_RECORDS) -> Loaded:
    """Every article in one file; bad records of a JSON/JSONL file are in ``skipped``.

    Raises the InputError (naming the file) when the file cannot be read at all.
    """
    source = os.fspath(path)
    return _split(read_file(Path(source), source, max_bytes, max_records=max_records))


def read_article(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The one article in a file, or an InputError subclass that names the file."""
    source = os.fspath(path)
    outcomes = [o for o in read_file(Path(source), source, max_bytes)
                if not isinstance(o, Notice)]
    articles = [o for o in outcomes if isinstance(o, Article)]
    if len(outcomes) == 1 and articles:
        return articles[0]
    if not articles:
        raise next(o for o in outcomes if isinstance(o, InputError))
    raise MalformedInputError(f"holds {len(outcomes)} records; use read_articles() or load()",
                              source=source)


# -- in memory ---------------------------------------------------------------------------

def _warn(found: list[Article | Notice]) -> Article:
    """The article of one reader's outcome; its notices become InputWarnings."""
    for o in found:
        if isinstance(o, Notice):
            warnings.warn(f"{o.source}: {o.message}", InputWarning, stacklevel=4)
    article = next(o for o in found if isinstance(o, Article))
    return article


def _guarded(source: str, read: Callable[[], list[Article | Notice]]) -> Article:
    try:
        return _warn(read())
    except InputError:
        raise
    except Exception as exc:  # the same rule as for files: an InputError naming the input
        raise InputError(f"could not be read: {type(exc).__name__}: {exc}",
                         source=source) from exc


def _given(*, url: str | None, outlet: str | None, published: str | dt.date | None,
           title: str | None, byline: str | None, id: str | None) -> Meta:
    notes: tuple[str, ...] = ()
    day: dt.date | None
    if isinstance(published, dt.datetime):
        day = published.date()
    elif isinstance(published, dt.date):
        day = published
    else:
        day, notes = read_published(published) if published else (None, ())
    return Meta(url=url, outlet=outlet, published=day, title=title, byline=byline, id=id,
                notes=notes)


def _default_id(kind: str, data: str | bytes) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return f"{kind}-{hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:10]}"


def read_text(text: str, *, id: str | None = None, url: str | None = None,
              outlet: str | None = None, published: str | dt.date | None = None,
              title: str | None = None, byline: str | None = None,
              source: str | None = None) -> Article:
    """An article from text in memory, cleaned exactly as a ``.txt`` file is.

    The text may open with a ``key: value`` header or be raw page text whose headline,
    byline and furniture the cleaner removes; metadata given here wins over both.
    ``id`` defaults to a hash of the text, ``source`` to ``url`` or ``"<text>"``.
    A problem with the input raises an InputError; a refused date or a missing outlet
    is an :class:`InputWarning`.
    """
    src = source or url or "<text>"
    meta = _given(url=url, outlet=outlet, published=published, title=title, byline=byline,
                  id=id)
    return _guarded(src, lambda: text_article(text, src, _default_id("text", text), meta))


def read_html(html: str | bytes, *, id: str | None = None, url: str | None = None,
              outlet: str | None = None, published: str | dt.date | None = None,
              title: str | None = None, byline: str | None = None,
              source: str | None = None) -> Article:
    """An article from an HTML page in memory, read exactly as an ``.html`` file is.

    Bytes are decoded by the page's declared charset, as from a file. Metadata given
    here wins over the page's own.
    """
    src = source or url or "<html>"
    given = _given(url=url, outlet=outlet, published=published, title=title, byline=byline,
                   id=id)

    def read() -> list[Article | Notice]:
        data = check_bytes(html, src, DEFAULT_MAX_BYTES) if isinstance(html, bytes) else html
        body, meta = _read_html(data, src)
        return build(id=given.id or _default_id("html", html), source=src, paragraphs=body,
                     meta=given.fill(meta), empty_reason="HTML with no article text")

    return _guarded(src, read)


def read_record(record: Mapping[str, object], *, id: str | None = None,
                source: str | None = None) -> Article:
    """An article from one JSON-style record (a dict), read exactly as a ``.json`` one is.

    Field names are those of the JSON reader (``text``/``body``/``maintext``, ``title``,
    ``outlet``/``source_domain``, ``published``/``date_publish``/``publish_date``, ...).
    """
    src = source or "<record>"
    default = id or _default_id("record", repr(sorted(map(str, record))) + repr(
        record.get("text") or record.get("body") or record.get("maintext")))

    def read() -> list[Article | Notice]:
        found = record_article(record, where="record", source=src, default_id=default)
        return [attrs.evolve(o, id=clean_text(id)) if id and isinstance(o, Article) else o
                for o in found]

    return _guarded(src, read)


# -- batches -----------------------------------------------------------------------------

def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The readable files under ``folder``, sorted by path, and what was passed over.

    Hidden entries, ``__pycache__``-style folders and folder notes (README, INDEX, ...)
    are left out silently; files of other types, folders that cannot be read and links
    to folders (which are not followed) are returned as skipped.
    """
    found: list[Path] = []
    passed: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        where = os.fspath(exc.filename) if exc.filename else os.fspath(folder)
        passed.append(Skipped(source=clean_text(where), reason=clean_text(
            f"{where}: folder not read: {exc.strerror or exc}")))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        keep = []
        for d in dirs:
            if d.startswith((".", "__")):
                continue
            if os.path.islink(os.path.join(root, d)):
                where = os.path.join(root, d)
                passed.append(Skipped(source=clean_text(where), reason=clean_text(
                    f"{where}: link to a folder, not followed (name it to read it)")))
                continue
            keep.append(d)
        dirs[:] = keep
        for name in files:
            p = Path(root, name)
            suffix = p.suffix.lower()
            if name.startswith(".") or (suffix != ".html" and suffix != ".htm"
                                        and p.stem.casefold() in _NOT_ARTICLES):
                continue
            if suffix in SUFFIXES:
                found.append(p)
            else:
                where = str(p)
                passed.append(Skipped(source=clean_text(where), reason=clean_text(
                    f"{where}: not read: file type {p.suffix or '(none)'!r} is not one of "
                    f"{', '.join(sorted(SUFFIXES))}")))
    return sorted(found, key=lambda p: p.relative_to(folder).parts), passed


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Articles with ids unique in the batch; every holder of a clashing id gets a suffix
    from a hash of its source and position, so the result does not depend on order."""
    counts = Counter(a.id for a in articles)
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for art in articles:
        if counts[art.id] > 1:
            key = (art.id, art.source)
            digest = hashlib.sha1(f"{art.source}\0{seen[key]}".encode(),
                                  usedforsecurity=False).hexdigest()[:8]
            seen[key] += 1
            art = attrs.evolve(art, id=f"{art.id}~{digest}")
        out.append(art)
    return out


def _read_stream(stream: BinaryIO, max_bytes: int, max_records: int) -> list[Outcome]:
    source = "<stdin>"
    try:
        data = check_bytes(stream.read(max_bytes + 1), source, max_bytes)
        return read_data(data, source, "stdin", sniff(data), max_records=max_records)
    except InputError as exc:
        return [exc]
    except OSError as exc:
        return [InputError(f"cannot read: {exc.strerror or exc}", source=source)]


def load(paths: Iterable[PathArg] | PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES,
         max_records: int = DEFAULT_MAX_RECORDS, stdin: BinaryIO | None = None) -> Loaded:
    """Read every file given and every readable file under every folder given.

    Folders are searched recursively, in sorted order; there only .txt, .html, .htm,
    .json and .jsonl files are read, and other files are listed as skipped (hidden
    files and folder notes such as README are passed over silently). A file named
    explicitly is always read, and one of another type is skipped as unsupported. A
    path that does not exist, a symlink loop, a file that cannot be read: each is an
    entry in ``Loaded.skipped`` and the batch goes on. A file found twice is read once.
    With ``stdin``, the path ``"-"`` reads that stream (see :func:`sniff` for how its
    format is told).
    """
    given = [paths] if isinstance(paths, str | PathLike) else list(paths)
    outcomes: list[Outcome] = []
    skipped: list[Skipped] = []
    files: list[tuple[Path, str]] = []  # the path, and its source: as given or as found
    for p in given:
        source = os.fspath(p)
        if stdin is not None and source == STDIN:
            outcomes.extend(_read_stream(stdin, max_bytes, max_records))
            continue
        path = Path(source)
        try:
            exists, is_dir = os.path.lexists(path), path.is_dir()
        except (OSError, ValueError) as exc:  # a name with NUL, a path too long
            skipped.append(_skipped(InputError(f"cannot read: {exc}", source=source)))
            continue
        if not exists:
            skipped.append(_skipped(InputError("no such file or directory", source=source)))
        elif is_dir:
            found, passed = _walk(path)
            files.extend((f, str(f)) for f in found)
            skipped.extend(passed)
        else:
            files.append((path, source))
    done: set[Path] = set()
    for f, source in files:
        try:
            real = f.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
            why = "symlink loop" if "loop" in str(exc).lower() else f"{exc}"
            skipped.append(_skipped(InputError(f"cannot resolve the path: {why}",
                                               source=source)))
            continue
        if real in done:
            continue
        done.add(real)
        try:
            outcomes.extend(read_file(f, source, max_bytes, max_records=max_records))
        except InputError as exc:
            outcomes.append(exc)
        except Exception as exc:  # never lose the batch to one file
            if debugging():
                raise
            outcomes.append(InputError(f"could not be read: {type(exc).__name__}: {exc}",
                                       source=source))
    loaded = _split(outcomes)
    return Loaded(articles=_unique_ids(list(loaded.articles)),
                  skipped=[*skipped, *loaded.skipped], warnings=loaded.warnings)
