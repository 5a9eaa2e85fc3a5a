"""One reader per format behind one function: a file to its articles (or their errors)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from factcheck._errors import (
    InputError,
    MalformedInputError,
    UnsupportedInputError,
    debugging,
)
from factcheck.claims import Article, Notice
from factcheck.ingest._fields import Meta, build, meta_from
from factcheck.ingest._html import read_html
from factcheck.ingest._json import DEFAULT_MAX_RECORDS, read_json, read_jsonl
from factcheck.ingest._page import clean_page
from factcheck.ingest._source import decode, read_bytes
from factcheck.ingest._text import blocks, paragraphs, split_header

__all__ = ["SUFFIXES", "Outcome", "article_id", "read_data", "read_file", "sniff", "text_article"]

Outcome = Article | InputError | Notice
Reader = Callable[[bytes, str, str, int], list[Outcome]]


def article_id(path: Path) -> str:
    """The id of a file's only article: its stem (its name if the stem is blank)."""
    return path.stem if path.stem.strip() else path.name


def text_article(text: str, source: str, stem: str, given: Meta | None = None,
                 ) -> list[Article | Notice]:
    """A .txt file's article: a header and body, or raw page text the cleaner reads.

    ``given`` metadata (from a caller) wins over the header's and the text's.
    """
    header = split_header(text)
    given = given or Meta()
    if header is None:  # raw page text: the cleaner finds title, outlet, byline, date
        lines = [p for block in blocks(text) for p in paragraphs(block)]
        # Metadata given with the text means someone has cleaned it, like a header does.
        cleaned = any(x is not None for x in (given.title, given.outlet, given.byline,
                                              given.published))
        body, meta = clean_page(lines, given, find_head=None if cleaned else True)
        return build(id=given.id or stem, source=source, paragraphs=body, meta=meta,
                     empty_reason="nothing but page furniture")
    fields, rest = header
    if not rest.strip():
        raise MalformedInputError("header block with no body", source=source)
    lines = [p for block in blocks(rest) for p in paragraphs(block)]
    body, meta = clean_page(lines, given.fill(meta_from(fields)), find_head=None)
    return build(id=given.id or stem, source=source, paragraphs=body, meta=meta,
                 empty_reason="nothing but page furniture after the header")


def _txt(data: bytes, source: str, stem: str, max_records: int) -> list[Outcome]:
    return list(text_article(decode(data, source), source, stem))


def _html(data: bytes, source: str, stem: str, max_records: int) -> list[Outcome]:
    body, meta = read_html(data, source)
    return list(build(id=stem, source=source, paragraphs=body, meta=meta,
                      empty_reason="HTML with no article text"))


def _json(data: bytes, source: str, stem: str, max_records: int) -> list[Outcome]:
    return read_json(decode(data, source), source, stem, max_records=max_records)


def _jsonl(data: bytes, source: str, stem: str, max_records: int) -> list[Outcome]:
    return read_jsonl(decode(data, source), source, stem, max_records=max_records)


SUFFIXES: dict[str, Reader] = {
    ".txt": _txt, ".html": _html, ".htm": _html, ".json": _json, ".jsonl": _jsonl,
}


def sniff(data: bytes) -> str:
    """The suffix whose reader suits bytes of unknown origin (standard input): JSON Lines
    if every non-blank line is a JSON object, JSON if the whole is an object or list,
    HTML if it opens with a tag, else text."""
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return ".txt"  # the text reader names the bad byte
    if text.startswith(("{", "[")):
        lines = [ln for ln in text.split("\n") if ln.strip()]
        try:
            if len(lines) > 1 and all(isinstance(json.loads(ln), dict) for ln in lines):
                return ".jsonl"
        except ValueError:
            pass
        return ".json"
    head = text[:2048].lower()
    if head.startswith("<!doctype") or (head.startswith("<") and "<html" in head):
        return ".html"
    return ".txt"


def read_data(data: bytes, source: str, stem: str, suffix: str, *,
              max_records: int = DEFAULT_MAX_RECORDS) -> list[Outcome]:
    """Every article in ``data`` read as a file with ``suffix`` would be.

    Any exception a reader raises becomes an InputError naming ``source``: one bad
    input is never more than one skipped entry.
    """
    reader = SUFFIXES[suffix]
    try:
        return reader(data, source, stem, max_records)
    except InputError:
        raise
    except Exception as exc:  # a bug or a library's surprise on hostile input
        if debugging():
            raise
        raise InputError(f"could not be read: {type(exc).__name__}: {exc}",
                         source=source) from exc


def read_file(path: Path, source: str, max_bytes: int, *,
              max_records: int = DEFAULT_MAX_RECORDS) -> list[Outcome]:
    """Every article in one file, in file order, with an error in place of each bad record.

    Raises the InputError of a file that cannot be read at all.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedInputError(
            f"unsupported file type {path.suffix or '(none)'!r}; expected one of "
            f"{', '.join(sorted(SUFFIXES))}", source=source)
    return read_data(read_bytes(path, source, max_bytes), source, article_id(path), suffix,
                     max_records=max_records)


