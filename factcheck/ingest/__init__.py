"""Ingestion: files and folders to :class:`claims.Article` records.

    >>> from factcheck.ingest import load, read_article
    >>> loaded = load(["examples"])                       # doctest: +SKIP
    >>> [a.id for a in loaded.articles], loaded.skipped  # doctest: +SKIP

Formats, by extension:

- ``.txt``: a ``key: value`` header (url, outlet, published, byline, title; other keys
  are ignored) and a blank line before the body; or raw text copied from a news page,
  whose headline, outlet, byline, dateline, captions, credits and author bio are
  recognised and kept out of the body (cues in ``lexicons/furniture.json``).
- ``.html`` / ``.htm``: main text and metadata by trafilatura, offline.
- ``.json`` (an object, a list of objects, or ``{"articles": [...]}``) and ``.jsonl``
  (an object per line): records with ``text`` or ``body`` and the same metadata keys.
  A bad record or line is skipped with its number in the reason; the others load.

``Article.body`` holds the paragraphs separated by one blank line, otherwise verbatim.
``Article.id`` is the file stem (``<stem>#<n>`` or the record's own id for several
records in one file); ids that clash in a batch get a suffix derived from the source.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

import attrs

from factcheck._errors import InputError, MalformedInputError, PathNotFoundError
from factcheck.claims import Article, Skipped
from factcheck.ingest._readers import SUFFIXES, read_file
from factcheck.ingest._source import DEFAULT_MAX_BYTES

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "Loaded", "load", "read_article", "read_articles"]

# Text files in a folder that describe the folder rather than hold an article. (Only
# .txt: a scraped site keeps real articles in files such as story/index.html.)
_NOT_ARTICLES = frozenset({"readme", "index", "license", "licence", "changelog", "notice",
                           "contributing", "authors", "copying", "manifest"})

PathArg = str | PathLike[str]


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _skips(items: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Loaded:
    """The articles read from a batch of paths, and the inputs that could not be read."""

    articles: tuple[Article, ...] = attrs.field(converter=_articles)
    skipped: tuple[Skipped, ...] = attrs.field(converter=_skips)


def read_articles(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Every article in one file; bad records of a JSON/JSONL file are in ``skipped``.

    Raises the InputError (naming the file) when the file cannot be read at all.
    """
    source = os.fspath(path)
    outcomes = read_file(Path(source), source, max_bytes)
    return Loaded(articles=[o for o in outcomes if isinstance(o, Article)],
                  skipped=[_skipped(o) for o in outcomes if isinstance(o, InputError)])


def read_article(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The one article in a file, or an InputError subclass that names the file."""
    source = os.fspath(path)
    outcomes = read_file(Path(source), source, max_bytes)
    articles = [o for o in outcomes if isinstance(o, Article)]
    if len(outcomes) == 1 and articles:
        return articles[0]
    if not articles:
        first = next(o for o in outcomes if isinstance(o, InputError))
        raise first
    raise MalformedInputError(f"holds {len(outcomes)} records; use read_articles() or load()",
                              source=source)


def _skipped(exc: InputError) -> Skipped:
    return Skipped(source=exc.source or "", reason=str(exc))


def _walk(folder: Path) -> list[Path]:
    """The readable files under ``folder``, sorted by path; hidden entries and folder
    notes (README, INDEX, ...) are left out, and symlinked folders are not followed."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for name in files:
            p = Path(root, name)
            suffix = p.suffix.lower()
            if (not name.startswith(".") and suffix in SUFFIXES
                    and not (suffix == ".txt" and p.stem.casefold() in _NOT_ARTICLES)):
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


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


def load(paths: Iterable[PathArg] | PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read every file given and every readable file under every folder given.

    Folders are searched recursively, in sorted order; there only .txt, .html, .htm,
    .json and .jsonl files are read. A file named explicitly is always read, and one of
    another type is skipped as unsupported. A path that does not exist raises
    PathNotFoundError before anything is read; every other problem is an entry in
    ``Loaded.skipped`` and the batch goes on. A file found twice is read once.
    """
    given = [paths] if isinstance(paths, str | PathLike) else list(paths)
    for p in given:
        if not os.path.lexists(p):
            raise PathNotFoundError("no such file or directory", source=os.fspath(p))
    files: list[tuple[Path, str]] = []  # the path, and its source: as given or as found
    for p in given:
        path = Path(os.fspath(p))
        if path.is_dir():
            files.extend((f, str(f)) for f in _walk(path))
        else:
            files.append((path, os.fspath(p)))
    articles: list[Article] = []
    skipped: list[Skipped] = []
    done: set[Path] = set()
    for f, source in files:
        real = f.resolve()
        if real in done:
            continue
        done.add(real)
        try:
            outcomes = read_file(f, source, max_bytes)
        except InputError as exc:
            skipped.append(_skipped(exc))
            continue
        for o in outcomes:
            if isinstance(o, Article):
                articles.append(o)
            else:
                skipped.append(_skipped(o))
    return Loaded(articles=_unique_ids(articles), skipped=skipped)
