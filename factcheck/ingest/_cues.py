"""The page-furniture lexicon (``lexicons/en/furniture.json``), loaded and compiled once."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import attrs

__all__ = ["Cues", "cues", "squash"]

_EDGE = re.compile(r"^[\s•·*\-–—>|#]+|[\s.:;,!|•·*\-–—]+$")


def squash(line: str) -> str:
    """A line as furniture lists spell it: edge bullets and punctuation off, case folded."""
    return " ".join(_EDGE.sub("", line).split()).casefold()


@attrs.frozen(kw_only=True)
class Cues:
    """Compiled cues; see the ``_doc`` of ``furniture.json`` for what each one marks."""

    furniture_lines: frozenset[str]
    furniture: re.Pattern[str]
    separator: re.Pattern[str]
    date_cues: dict[str, int]  # cue word -> rank (lower wins)
    date_cue: re.Pattern[str]
    byline: re.Pattern[str]
    byline_trim: tuple[re.Pattern[str], ...]
    credit_words: frozenset[str]
    credit: re.Pattern[str]
    caption: re.Pattern[str]
    contrib: re.Pattern[str]
    bio: tuple[re.Pattern[str], ...]
    bio_outlet: tuple[re.Pattern[str], ...]
    name_particles: frozenset[str]
    not_name_words: frozenset[str]


def _all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching where any of ``patterns`` does: one scan per line, not one each."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def cues() -> Cues:
    """The furniture cues, read from the package data on first use."""
    folder = resources.files("factcheck.lexicons").joinpath("en")
    text = folder.joinpath("furniture.json").read_text("utf-8")
    data = json.loads(text)
    dates = {k.casefold(): int(v) for k, v in data["date_cues"].items() if not k.startswith("_")}
    # Longest cue first so that "last updated" wins over "updated".
    alternatives = "|".join(re.escape(k) for k in sorted(dates, key=len, reverse=True))
    return Cues(
        furniture_lines=frozenset(squash(x) for x in data["furniture_lines"]),
        furniture=_any(data["furniture_patterns"]),
        separator=re.compile(data["separator_pattern"]),
        date_cues=dates,
        date_cue=re.compile(rf"^\W*(?P<cue>{alternatives})\b\s*[:\-–—]?\s*", re.IGNORECASE),
        byline=re.compile(data["byline_pattern"], re.IGNORECASE),
        byline_trim=_all(data["byline_trim_patterns"]),
        credit_words=frozenset(w.casefold() for w in data["credit_words"]),
        credit=re.compile(data["credit_pattern"]),
        caption=_any(data["caption_patterns"]),
        contrib=_any(data["contrib_patterns"]),
        bio=_all(data["bio_patterns"]),
        bio_outlet=_all(data["bio_outlet_patterns"]),
        name_particles=frozenset(data["name_particles"]),
        not_name_words=frozenset(data["not_name_words"]),
    )
