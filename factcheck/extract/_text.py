"""Text geometry: paragraphs, quotations and sentences, all as absolute offsets.

Quotes are found per paragraph, so an unbalanced quote mark spoils at most
the rest of its own paragraph. Sentences are split on a copy of the text
whose quoted words are masked, so a quotation never splits its sentence.
"""

from __future__ import annotations

import re

import attrs

from factcheck.extract._lexicon import word_set

__all__ = ["Quote", "mask", "paragraphs", "quotes", "sentences"]

_PARA = re.compile(r"\n\s*\n")
OPEN_MARKS = "“"
CLOSE_MARKS = "”"
STRAIGHT = '"'
_BEFORE_OPEN = set(" \t\n([{—–-:/")
# a sentence ends at . ! ? (closing quotes/brackets may follow) before a space and a capital,
# a digit or an opening quote
_END = re.compile(r"([.!?]+)([\"”’')\]]*)(\s+)(?=[\"“‘(\[]|[A-Z0-9])")


@attrs.frozen
class Quote:
    """Quoted words: ``start:end`` is inside the marks; ``open``/``close`` are the marks."""

    open: int
    start: int
    end: int
    close: int | None  # None: the quote was never closed in its paragraph


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``body``."""
    spans, pos = [], 0
    for m in _PARA.finditer(body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def _is_opening(text: str, i: int, start: int) -> bool:
    ch = text[i]
    if ch in OPEN_MARKS:
        return True
    if ch in CLOSE_MARKS:
        return False
    # a straight mark opens after a space or bracket and before a word
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _BEFORE_OPEN and not after.isspace()


_MARKS = re.compile("[" + re.escape(OPEN_MARKS + CLOSE_MARKS + STRAIGHT) + "]")


def quotes(text: str, start: int, end: int) -> list[Quote]:
    """Double-quoted passages in ``text[start:end]`` (one paragraph)."""
    found: list[Quote] = []
    open_at: int | None = None
    for mark in _MARKS.finditer(text, start, end):  # (only the marks: a loop per char was slow)
        i = mark.start()
        ch = text[i]
        if open_at is None:
            if _is_opening(text, i, start):
                open_at = i
            continue  # a stray closing mark: ignore it
        if ch in OPEN_MARKS or (ch == STRAIGHT and _is_opening(text, i, start)
                                and text[i - 1].isspace()):
            # an opening mark while a quote is open: the earlier mark was stray
            open_at = i
            continue
        if i > open_at + 1:
            found.append(Quote(open_at, open_at + 1, i, i))
        open_at = None
    if open_at is not None:
        tail = text[open_at + 1:end].rstrip()
        if tail:  # unclosed: runs to the paragraph's end and no further
            found.append(Quote(open_at, open_at + 1, open_at + 1 + len(tail), None))
    return found


def mask(text: str, spans: list[Quote]) -> str:
    """``text`` with quoted words replaced by ``x`` (same length, so offsets hold)."""
    chars = list(text)
    for q in spans:
        for i in range(q.start, q.end):
            if not chars[i].isspace():
                chars[i] = "x"
    return "".join(chars)


# a full stop with no space after it, between a lower-case word and a capitalized one:
# "... in Ukraine.In a statement" (pasted text); never inside "U.S." or "Politico.com"
_GLUED = re.compile(r"(?<=[a-z]{2})([.!?])([\"”’')\]]*)()(?=[A-Z][a-z])")
# words that open a sentence, so an initialism before them ends one ("in the U.S. The ...")
_OPENERS = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That",
                      "These", "Those", "In", "On", "At", "But", "And", "However", "Meanwhile",
                      "His", "Her", "Its", "Their", "There", "Some", "Many", "According",
                      "After", "Before", "When", "While", "As", "If", "Earlier", "Later",
                      "Last", "Still", "Yet", "Also", "Both", "Asked", "Speaking"})


def _abbreviation_before(text: str, dot: int) -> bool:
    m = re.search(r"(?:^|[^\w.])([A-Za-z.]+)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if "." in word or len(word) == 1:
        # an initialism ("U.S.", "J."): it ends the sentence only before a word that opens one
        nxt = re.match(r"[.!?]?[\"”’')\]]*\s+([A-Z][a-z]*)\b", text[dot:dot + 30])
        return not (nxt and nxt.group(1) in _OPENERS and len(word) > 1)
    return word in word_set("roles", "abbreviations")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, stripped of surrounding space.

    A regex splitter with an abbreviation list (``roles.json``): about as good as
    pysbd on news text for what extraction needs, and far faster (see README).
    """
    spans, pos = [], start
    found = sorted([*_END.finditer(text, start, end), *_GLUED.finditer(text, start, end)],
                   key=lambda m: m.start())
    for m in found:
        if m.start(1) < pos:
            continue
        if m.group(1) == "." and _abbreviation_before(text, m.start(1)):
            continue
        spans.append((pos, m.end(2)))
        pos = m.end(3)
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out
