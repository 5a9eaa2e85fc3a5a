"""Plain text: lines, paragraphs and the optional ``key: value`` header block."""

from __future__ import annotations

import re
from itertools import pairwise

from factcheck.ingest._fields import KNOWN_KEYS

__all__ = ["blocks", "paragraphs", "split_header"]

_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(?P<value>.*)$")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]$")
# Hard-wrapped prose: lines of at least this many characters, cut at a column up to the max.
_WRAP_MIN, _WRAP_MAX = 30, 100


def blocks(text: str) -> list[list[str]]:
    """The text's blocks (runs of non-blank lines), each line stripped of edge whitespace."""
    out: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _hard_wrapped(block: list[str]) -> bool:
    """Whether the block is one paragraph cut into lines at a fixed column.

    Each line but the last must be long, and so full that the next line's first word
    would not have fitted on it; text copied from a page has no such regularity.
    """
    if len(block) < 2:
        return False
    width = max(len(line) for line in block)
    if width > _WRAP_MAX:
        return False
    for line, after in pairwise(block):
        if len(line) < _WRAP_MIN or len(line) + 1 + len(after.split()[0]) <= width:
            return False
    return any(not _SENTENCE_END.search(line) for line in block[:-1])


def paragraphs(block: list[str]) -> list[str]:
    """The paragraphs of one block: one per line, unless the block is hard-wrapped prose.

    Text copied from a page has one paragraph per line; a hard-wrapped file (lines cut
    near a fixed column) is one paragraph per block, its line breaks read as spaces.
    """
    return [" ".join(block)] if _hard_wrapped(block) else list(block)


def split_header(text: str) -> tuple[dict[str, str], str] | None:
    """``(fields, body)`` if the text opens with a header block, else None.

    A header is a run of ``key: value`` lines ended by a blank line (or the end of the
    text), with at least one key this library knows; unknown keys are kept and ignored.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    end = 0
    for end, line in enumerate(lines):  # noqa: B007 - end is used after the loop
        if not line.strip():
            break
        found = _HEADER_LINE.match(line.strip())
        if not found:
            return None
        fields.setdefault(found["key"].casefold(), found["value"].strip())
    else:
        end = len(lines)
    if not fields or not KNOWN_KEYS.intersection(fields):
        return None
    return fields, "\n".join(lines[end:])
