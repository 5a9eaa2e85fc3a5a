"""HTML pages: main text and metadata by trafilatura (offline), then the page cleaner."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from factcheck._errors import MalformedInputError
from factcheck.ingest._fields import Meta, read_published
from factcheck.ingest._page import clean_page
from factcheck.ingest._source import decode, html_charset

__all__ = ["read_html"]


def _extract(text: str, source: str) -> Mapping[str, Any]:
    import trafilatura  # slow to import (~0.3 s): only batches with HTML pay for it

    try:
        with warnings.catch_warnings():
            # trafilatura truth-tests lxml elements internally; not ours to fix or show.
            warnings.simplefilter("ignore", FutureWarning)
            doc = trafilatura.bare_extraction(
                text, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, include_links=False, deduplicate=False,
                # Dates from the page's own metadata, not guessed from its text.
                date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise MalformedInputError(f"malformed HTML: {exc}", source=source) from exc
    if doc is None:
        raise MalformedInputError("HTML with no extractable text", source=source)
    # trafilatura >= 2 returns a Document, older versions a dict.
    fields: Mapping[str, Any] = doc if isinstance(doc, Mapping) else doc.as_dict()
    return fields


def _field(fields: Mapping[str, Any], key: str) -> str | None:
    value = fields.get(key)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def read_html(data: bytes | str, source: str) -> tuple[list[str], Meta]:
    """The body paragraphs and metadata of one HTML page (its declared charset honoured)."""
    notes: tuple[str, ...] = ()
    if isinstance(data, bytes):
        charset, note = html_charset(data, source)
        notes = (note,) if note else ()
        text = decode(data, source, charset)
    else:
        text = data
    fields = _extract(text, source)
    raw = fields.get("text")
    lines = [ln.strip() for ln in raw.split("\n") if ln.strip()] if isinstance(raw, str) else []
    if not lines:
        raise MalformedInputError("HTML with no extractable text", source=source)
    date = _field(fields, "date")
    day, date_notes = read_published(date) if date else (None, ())
    known = Meta(title=_field(fields, "title"), outlet=_field(fields, "sitename"),
                 byline=_field(fields, "author"), url=_field(fields, "url"),
                 published=day, notes=(*notes, *date_notes))
    return clean_page(lines, known=known)
