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
from factcheck.claims import Article
from factcheck.ingest._fields import build, meta_from
from factcheck.ingest._page import clean_page
from factcheck.ingest._text import blocks, paragraphs

__all__ = ["read_json", "read_jsonl"]

TEXT_KEYS = ("text", "body", "content", "article", "maintext")


def _record(value: object, *, where: str, source: str, default_id: str) -> Article:
    """One record as an Article; ``where`` ("record 2", "line 7") goes into errors."""
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
                 empty_reason=f"{where}: nothing but page furniture")


def _records(items: list[tuple[int, object]], label: str, source: str, stem: str,
             single: bool) -> Iterator[Article | InputError]:
    """Each record's Article or error; ids are ``<stem>#<n>`` unless the file holds one."""
    for n, value in items:
        try:
            yield _record(value, where=f"{label} {n}", source=source,
                          default_id=stem if single else f"{stem}#{n}")
        except InputError as exc:
            yield exc


def _bad_json(exc: json.JSONDecodeError, source: str, line: int | None = None,
              base: int = 0) -> MalformedInputError:
    where = (f"line {line}: bad JSON at column {exc.colno}" if line is not None
             else f"bad JSON at line {exc.lineno} column {exc.colno}")
    return MalformedInputError(f"{where}: {exc.msg}", source=source, offset=base + exc.pos)


def read_json(text: str, source: str, stem: str) -> list[Article | InputError]:
    """The records of a .json file: an object, a list of objects, or ``{"articles": [...]}``."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
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
    return list(_records(list(enumerate(data, 1)), "record", source, stem, len(data) == 1))


def read_jsonl(text: str, source: str, stem: str) -> list[Article | InputError]:
    """The records of a .jsonl file, one per non-blank line; a bad line is one error."""
    items: list[tuple[int, object]] = []
    errors: list[tuple[int, InputError]] = []
    offset = 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append((n, _bad_json(exc, source, n, offset)))
            except RecursionError:
                errors.append((n, MalformedInputError(f"line {n}: JSON nested too deeply",
                                                      source=source, offset=offset)))
        offset += len(line) + 1
    if not items and not errors:
        raise EmptyInputError("no records", source=source)
    single = len(items) + len(errors) == 1
    found = zip((n for n, _ in items), _records(items, "line", source, stem, single),
                strict=True)
    merged = sorted([*found, *errors], key=lambda pair: pair[0])
    return [outcome for _, outcome in merged]
