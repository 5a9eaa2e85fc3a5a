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

from factcheck.claims import Stance
from factcheck.extract._lexicon import lexicon
from factcheck.extract._speakers import party_of_phrase

__all__ = ["points_back", "stance_of"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("denial_cues")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    linker = alt(data["linkers"])
    # a linker, then at most a few fillers ("completely and utterly"), then the cue
    filler = rf"(?:(?:{linker})|\w+ly|and|so|very|quite|totally)"
    predicate = re.compile(
        rf"(?:^|(?<![\w-])(?:{linker}))\s+(?:{filler}\s+){{0,4}}"
        rf"(?:{alt(data['predicate'])})(?![\w-])(?!\s+flag)", re.IGNORECASE)
    anywhere = re.compile(rf"(?<![\w-])(?:{alt(data['anywhere'])})(?![\w-])", re.IGNORECASE)
    backref = re.compile(
        rf"^(?:(?:this|that|these|those|such|the|all|its|their|his|her|[\w-]+['’]s)\s+)+"
        rf"(?:[\w-]+\s+)?(?:{alt(data['backref'])})\b", re.IGNORECASE)
    return predicate, anywhere, backref


_QUOTE_MARKS = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")
_NAMING_VERBS = frozenset({"call", "describe", "brand", "characterize", "consider", "qualify",
                           "condemn"})


@cache
def _own_negated_deed() -> re.Pattern[str]:
    deeds = lexicon("denial_cues")["deeds"]
    alt = "|".join(re.escape(w) for w in sorted(deeds, key=len, reverse=True))
    return re.compile(
        r"(?:^|,\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)(?:was|were|is|are|has|have|had|did|does|do|will|"
        r"would)?\s*(?:not|never|n[o’']t)\s+(?:been\s+|be\s+|ever\s+)?(?:" + alt + r")\b",
        re.IGNORECASE)


def _own_side_denies(content: str, party: str | None) -> bool:
    """ "The Israeli army was not conducting air operations" said by IL: a denial of a deed."""
    m = _own_negated_deed().search(content.strip(" “”\"'"))
    if not m:
        return False
    subject = m.group("subject").strip()
    if re.fullmatch(r"(?:we|our\s+\w+(?:\s+\w+)?)", subject, re.IGNORECASE):
        return True
    return party is not None and party_of_phrase(subject) == party


def stance_of(content: str, verb_stance: str = "asserts", cue: str = "",
              lemma: str = "", party: str | None = None) -> Stance:
    """The stance of a statement from its verb's stance, its content and who says it."""
    if verb_stance == Stance.DENIES.value:
        return Stance.DENIES
    if _own_side_denies(content, party):
        return Stance.DENIES
    predicate, anywhere, _ = _patterns()
    content = _QUOTE_MARKS.sub("", content)  # "“categorically” rejected" reads as words
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
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?!\s+flag)", re.IGNORECASE)


def points_back(content: str) -> bool:
    """Whether a denial's object is an earlier claim ("those assertions", "this accusation").

    Only a short object points back: "it destroyed the dam" states its own content.
    """
    text = content.strip(" “”\"'.")
    words = text.split()
    if len(words) == 1:
        return words[0].lower() in {"it", "them", "this", "that", "these", "those"}
    return len(words) <= 4 and bool(_patterns()[2].match(text))
