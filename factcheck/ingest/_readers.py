"""One reader per format behind one function: a file to its articles (or their errors)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck._errors import InputError, MalformedInputError, UnsupportedInputError
from factcheck.claims import Article
from factcheck.ingest._fields import build, meta_from
from factcheck.ingest._html import read_html
from factcheck.ingest._json import read_json, read_jsonl
from factcheck.ingest._page import clean_page
from factcheck.ingest._source import decode, read_bytes
from factcheck.ingest._text import blocks, paragraphs, split_header

__all__ = ["SUFFIXES", "article_id", "read_file"]

Outcome = Article | InputError


def article_id(path: Path) -> str:
    """The id of a file's only article: its stem (its name if the stem is blank)."""
    return path.stem if path.stem.strip() else path.name


def _txt(data: bytes, source: str, stem: str) -> list[Outcome]:
    text = decode(data, source)
    header = split_header(text)
    if header is None:  # raw page text: the cleaner finds title, outlet, byline, date
        lines = [p for block in blocks(text) for p in paragraphs(block)]
        body, meta = clean_page(lines)
        return [build(id=stem, source=source, paragraphs=body, meta=meta,
                      empty_reason="nothing but page furniture")]
    fields, rest = header
    if not rest.strip():
        raise MalformedInputError("header block with no body", source=source)
    lines = [p for block in blocks(rest) for p in paragraphs(block)]
    body, meta = clean_page(lines, meta_from(fields), find_head=None)
    return [build(id=stem, source=source, paragraphs=body, meta=meta,
                  empty_reason="nothing but page furniture after the header")]


def _html(data: bytes, source: str, stem: str) -> list[Outcome]:
    body, meta = read_html(data, source)
    return [build(id=stem, source=source, paragraphs=body, meta=meta,
                  empty_reason="HTML with no article text")]


def _json(data: bytes, source: str, stem: str) -> list[Outcome]:
    return read_json(decode(data, source), source, stem)


def _jsonl(data: bytes, source: str, stem: str) -> list[Outcome]:
    return read_jsonl(decode(data, source), source, stem)


SUFFIXES: dict[str, Callable[[bytes, str, str], list[Outcome]]] = {
    ".txt": _txt, ".html": _html, ".htm": _html, ".json": _json, ".jsonl": _jsonl,
}


def read_file(path: Path, source: str, max_bytes: int) -> list[Outcome]:
    """Every article in one file, in file order, with an error in place of each bad record.

    Raises the InputError of a file that cannot be read at all.
    """
    reader = SUFFIXES.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedInputError(
            f"unsupported file type {path.suffix or '(none)'!r}; expected one of "
            f"{', '.join(sorted(SUFFIXES))}", source=source)
    return reader(read_bytes(path, source, max_bytes), source, article_id(path))
