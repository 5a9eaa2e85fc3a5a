"""Article metadata as the readers find it, and the one place an Article is built."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

import attrs

from factcheck._errors import MalformedInputError
from factcheck.claims import Article, Notice
from factcheck.ingest._dates import read_date

__all__ = ["ALIASES", "KNOWN_KEYS", "Meta", "build", "clean_text", "meta_from", "read_published"]

# Canonical field -> the keys that may carry it in a header or a JSON record, best first.
# Besides the usual names: news-please (date_publish, source_domain, maintext, authors)
# and newspaper3k (publish_date, source_url, text, authors) exports.
ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "uid"),
    "url": ("url", "link", "canonical_url", "href"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "publication",
               "newspaper", "agency", "source_domain", "source_url"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate",
                  "datepublished", "date_published", "published_date", "pub_date",
                  "date_publish", "publish_date"),
    "byline": ("byline", "author", "authors", "by", "writer"),
    "title": ("title", "headline"),
}
KNOWN_KEYS = frozenset(k for keys in ALIASES.values() for k in keys)

# A lone surrogate (JSON "\ud800", an undecodable file name) cannot be written as UTF-8;
# each becomes U+FFFD, one code point for one, so offsets into the text still hold.
_SURROGATE = re.compile("[\ud800-\udfff]")
# An outlet given as a site address (newspaper3k's source_url): its host names it.
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/?$", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (length unchanged)."""
    return _SURROGATE.sub("\ufffd", text)


@attrs.frozen(kw_only=True)
class Meta:
    """What is known about an article besides its body; None where nothing is.

    ``notes`` are warnings about the metadata: a date refused, a charset not honoured.
    """

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    id: str | None = None
    notes: tuple[str, ...] = ()

    def fill(self, other: Meta) -> Meta:
        """These fields, with the gaps filled from ``other`` (notes of both kept)."""
        values = {f.name: getattr(self, f.name) if getattr(self, f.name) is not None
                  else getattr(other, f.name) for f in attrs.fields(Meta) if f.name != "notes"}
        return Meta(**values, notes=(*self.notes, *other.notes))


def _text(value: object) -> str | None:
    """A metadata value as one line of text: lists of names are joined, blanks are None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        out = " ".join(str(value).split())
        return out or None
    if isinstance(value, Sequence):
        parts = [p for p in (_text(v) for v in value) if p]
        return ", ".join(parts) or None
    if isinstance(value, Mapping):  # {"name": "Jane Doe", ...} as schema.org writes authors
        return _text(value.get("name"))
    return None


def read_published(value: str) -> tuple[dt.date | None, tuple[str, ...]]:
    """A publication date given as metadata, and the warning if it was refused."""
    day, problem = read_date(value)
    return day, ((f"publication date refused: {problem}",) if problem else ())


def meta_from(fields: Mapping[str, object]) -> Meta:
    """The metadata in a header or record; keys are matched case-insensitively by alias."""
    folded = {str(k).casefold(): v for k, v in fields.items()}
    found: dict[str, str | None] = {}
    for field, keys in ALIASES.items():
        found[field] = next((t for t in (_text(folded.get(k)) for k in keys) if t), None)
    published = found.pop("published")
    day, notes = read_published(published) if published else (None, ())
    outlet = found.pop("outlet")
    site = _SITE.match(outlet) if outlet else None
    return Meta(published=day, notes=notes, outlet=site["host"] if site else outlet, **found)


def _missing(article: Article, refused: bool) -> str | None:
    """What the article lacks that later stages need; a refused date is said already."""
    gaps = [what for what, value in (("outlet", article.outlet),
                                     ("publication date", article.published))
            if value is None and not (refused and what == "publication date")]
    if not gaps:
        return None
    undated = "publication date" in gaps
    why = " (a weekday or 'yesterday' in it cannot be dated)" if undated else ""
    return f"no {' and no '.join(gaps)} found{why}"


def build(*, id: str, source: str, paragraphs: Sequence[str], meta: Meta,
          empty_reason: str = "no article text", where: str | None = None,
          ) -> list[Article | Notice]:
    """The Article, then its warnings (``where`` names the record in a file of several).

    Paragraphs are joined by one blank line, as every offset assumes; every string is
    made writable (see :func:`clean_text`).
    """
    body = clean_text("\n\n".join(p for p in paragraphs if p.strip()))
    if not body.strip():
        raise MalformedInputError(empty_reason, source=source)

    def opt(value: str | None) -> str | None:
        return clean_text(value) if value is not None else None

    article = Article(id=clean_text(id), source=clean_text(source), body=body,
                      outlet=opt(meta.outlet), byline=opt(meta.byline), title=opt(meta.title),
                      published=meta.published, url=opt(meta.url))
    missing = _missing(article, any(n.startswith("publication date") for n in meta.notes))
    prefix = f"{where}: " if where else ""
    notes = [*meta.notes, *([missing] if missing else [])]
    return [article, *(Notice(source=article.source, message=clean_text(prefix + n))
                       for n in notes)]
