"""Article metadata as the readers find it, and the one place an Article is built."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from factcheck._errors import MalformedInputError
from factcheck.claims import Article
from factcheck.ingest._dates import parse_date

__all__ = ["ALIASES", "KNOWN_KEYS", "Meta", "build", "meta_from"]

# Canonical field -> the keys that may carry it in a header or a JSON record, best first.
ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "uid"),
    "url": ("url", "link", "canonical_url", "href"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "publication",
               "newspaper", "agency"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate",
                  "datepublished", "date_published", "published_date", "pub_date"),
    "byline": ("byline", "author", "authors", "by", "writer"),
    "title": ("title", "headline"),
}
KNOWN_KEYS = frozenset(k for keys in ALIASES.values() for k in keys)


@attrs.frozen(kw_only=True)
class Meta:
    """What is known about an article besides its body; None where nothing is."""

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    id: str | None = None

    def fill(self, other: Meta) -> Meta:
        """These fields, with the gaps filled from ``other``."""
        return Meta(**{f.name: getattr(self, f.name) if getattr(self, f.name) is not None
                       else getattr(other, f.name) for f in attrs.fields(Meta)})


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


def meta_from(fields: Mapping[str, object]) -> Meta:
    """The metadata in a header or record; keys are matched case-insensitively by alias."""
    folded = {str(k).casefold(): v for k, v in fields.items()}
    found: dict[str, str | None] = {}
    for field, keys in ALIASES.items():
        found[field] = next((t for t in (_text(folded.get(k)) for k in keys) if t), None)
    published = found.pop("published")
    return Meta(published=parse_date(published) if published else None, **found)


def build(*, id: str, source: str, paragraphs: Sequence[str], meta: Meta,
          empty_reason: str = "no article text") -> Article:
    """The Article; paragraphs are joined by one blank line, as every offset assumes."""
    body = "\n\n".join(p for p in paragraphs if p.strip())
    if not body.strip():
        raise MalformedInputError(empty_reason, source=source)
    return Article(id=id, source=source, body=body, outlet=meta.outlet, byline=meta.byline,
                   title=meta.title, published=meta.published, url=meta.url)
