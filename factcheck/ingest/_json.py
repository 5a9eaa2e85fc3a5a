"""JSON (one record or a list) and JSON Lines (one record per line) to articles.

A record is an object with ``text`` or ``body`` and optional metadata (see
``_fields.ALIASES``). A bad record (or, in JSON Lines, a bad line) does not stop the
file: it is reported as an error naming the file and the record or line, and the
other records still load. A .json file that is not valid JSON at all is one error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from factcheck._errors import EmptyInputError, InputError, MalformedInputError
from factcheck.claims import Article, Notice
from factcheck.ingest._fields import build, meta_from
from factcheck.ingest._page import clean_page
from factcheck.ingest._text import blocks, paragraphs

__all__ = ["DEFAULT_MAX_RECORDS", "TEXT_KEYS", "read_json", "read_jsonl", "record_article"]

TEXT_KEYS = ("text", "body", "content", "article", "maintext")
# Records read from one .json/.jsonl file; the rest are one skipped entry. Bounds the
# memory one file can take whatever its records look like.
DEFAULT_MAX_RECORDS = 10_000

Outcome = Article | InputError | Notice


def record_article(value: object, *, where: str, source: str, default_id: str,
                   ) -> list[Article | Notice]:
    """One record as an Article and its warnings; ``where`` ("record 2") goes into errors."""
    if not isinstance(value, Mapping):
        raise MalformedInputError(f"{where}: expected an object, got {type(value).__name__}",
                                  source=source)
    fields = {str(k).casefold(): v for k, v in value.items()}
    text = next((fields[k] for k in TEXT_KEYS if isinstance(fields.get(k), str)), None)
    if text is None:
        raise MalformedInputError(f"{where}: no 'text' or 'body' string", source=source)
    if not text.strip():
        raise EmptyInputError(f"{where}: empty text", source=source)
    lines = [p for block in blocks(text) for p in paragraphs(block)]
    paras, meta = clean_page(lines, meta_from(fields), find_head=None)
    return build(id=meta.id or default_id, source=source, paragraphs=paras, meta=meta,
                 empty_reason=f"{where}: nothing but page furniture", where=where)


def _records(items: list[tuple[int, object]], label: str, source: str, stem: str,
             single: bool) -> Iterator[tuple[int, Outcome]]:
    """Each record's Article and warnings, or its error; ids are ``<stem>#<n>`` unless
    the file holds one record."""
    for n, value in items:
        where = f"{label} {n}"
        try:
            found = record_article(value, where=where, source=source,
                                   default_id=stem if single else f"{stem}#{n}")
        except InputError as exc:
            yield n, exc
        except Exception as exc:  # any failure is this record's, never the batch's
            yield n, MalformedInputError(f"{where}: {type(exc).__name__}: {exc}",
                                         source=source)
        else:
            yield from ((n, o) for o in found)


def _bad_json(exc: ValueError, source: str, line: int | None = None,
              base: int = 0) -> MalformedInputError:
    if not isinstance(exc, json.JSONDecodeError):
        where = f"line {line}: " if line is not None else ""
        # Python refuses integers of over 4,300 digits (a guard against slow parsing)
        why = ("a number with more digits than Python reads (4300)"
               if "digits" in str(exc) else str(exc))
        return MalformedInputError(f"{where}bad JSON: {why}", source=source)
    where = (f"line {line}: bad JSON at column {exc.colno}" if line is not None
             else f"bad JSON at line {exc.lineno} column {exc.colno}")
    return MalformedInputError(f"{where}: {exc.msg}", source=source, offset=base + exc.pos)


def _over(count: int, label: str, max_records: int, source: str) -> MalformedInputError:
    return MalformedInputError(
        f"{count} {label}s; only the first {max_records} are read (the limit per file)",
        source=source)


def read_json(text: str, source: str, stem: str, *,
              max_records: int = DEFAULT_MAX_RECORDS) -> list[Outcome]:
    """The records of a .json file: an object, a list of objects, or ``{"articles": [...]}``."""
    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise _bad_json(exc, source) from exc
    except RecursionError as exc:
        raise MalformedInputError("JSON nested too deeply", source=source) from exc
    if isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list):
        raise MalformedInputError("expected a JSON object or a list of objects", source=source)
    if not data:
        raise EmptyInputError("no records", source=source)
    items = list(enumerate(data[:max_records], 1))
    out: list[Outcome] = [o for _, o in _records(items, "record", source, stem, len(data) == 1)]
    if len(data) > max_records:
        out.append(_over(len(data), "record", max_records, source))
    return out


def read_jsonl(text: str, source: str, stem: str, *,
               max_records: int = DEFAULT_MAX_RECORDS) -> list[Outcome]:
    """The records of a .jsonl file, one per non-blank line; a bad line is one error."""
    items: list[tuple[int, object]] = []
    errors: list[tuple[int, Outcome]] = []
    offset, count = 0, 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            count += 1
            if count > max_records:
                offset += len(line) + 1
                continue
            try:
                items.append((n, json.loads(line)))
            except ValueError as exc:
                errors.append((n, _bad_json(exc, source, n, offset)))
            except RecursionError:
                errors.append((n, MalformedInputError(f"line {n}: JSON nested too deeply",
                                                      source=source, offset=offset)))
        offset += len(line) + 1
    if not items and not errors:
        raise EmptyInputError("no records", source=source)
    single = count == 1
    merged = sorted([*_records(items, "line", source, stem, single), *errors],
                    key=lambda pair: pair[0])
    out = [outcome for _, outcome in merged]
    if count > max_records:
        out.append(_over(count, "line", max_records, source))
    return out
