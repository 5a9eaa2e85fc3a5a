"""Stance: does the speaker state the content, or deny it?

A denial verb (deny, reject, dismiss, refute) denies. So does a denial cue
in the content: "groundless", "no evidence" wherever they stand, and words
such as "lie" or "provocation" when they are said *of* something ("All this
is an absolute lie", "called ... politically motivated", "as fakes") rather
than used in passing ("his usual fabrication of lies").
"""

from __future__ import annotations

import re
from functools import cache

from claims import Stance
from factcheck.extract._lexicon import lexicon

__all__ = ["points_back", "stance_of"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("denial_cues")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    linker = alt(data["linkers"])
    predicate = re.compile(
        rf"(?:^|(?<![\w-])(?:{linker}))[\s“”\"‘’']*(?:(?:{linker})[\s“”\"‘’']*)*"
        rf"(?:{alt(data['predicate'])})(?![\w-])", re.IGNORECASE)
    anywhere = re.compile(rf"(?<![\w-])(?:{alt(data['anywhere'])})(?![\w-])", re.IGNORECASE)
    backref = re.compile(
        rf"^(?:(?:this|that|these|those|such|the|all|its|their|his|her)\s+)+"
        rf"(?:[\w-]+\s+)?(?:{alt(data['backref'])})\b", re.IGNORECASE)
    return predicate, anywhere, backref


_NAMING_VERBS = frozenset({"call", "describe", "brand", "characterize", "consider", "qualify",
                           "condemn"})


def stance_of(content: str, verb_stance: str = "asserts", cue: str = "",
              lemma: str = "") -> Stance:
    """The stance of a statement from its verb's stance and the words of its content."""
    if verb_stance == Stance.DENIES.value:
        return Stance.DENIES
    predicate, anywhere, _ = _patterns()
    if lemma in _NAMING_VERBS and _bare_cue().search(content):
        return Stance.DENIES  # "called Bortnikov's allegations nonsense"
    text = f"{cue} {content}" if cue else content
    if anywhere.search(text) or predicate.search(text):
        return Stance.DENIES
    return Stance.ASSERTS


@cache
def _bare_cue() -> re.Pattern[str]:
    words = lexicon("denial_cues")["predicate"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def points_back(content: str) -> bool:
    """Whether a denial's object is an earlier claim ("those assertions", "this accusation").

    Only a short object points back: "it destroyed the dam" states its own content.
    """
    text = content.strip(" “”\"'.")
    words = text.split()
    if len(words) == 1:
        return words[0].lower() in {"it", "them", "this", "that", "these", "those"}
    return len(words) <= 4 and bool(_patterns()[2].match(text))
